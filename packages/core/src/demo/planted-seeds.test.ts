import { describe, expect, it } from 'vitest';
import { csatOf, loadOf } from './__fixtures__/demo-measures.js';
import { generateDemoDataset } from './index.js';

// The signals are planted by construction, not found by luck with seed 1.
describe.each([2, 3, 4])('planted signals with seed %i', (seed) => {
  const demo = generateDemoDataset({ seed, size: 'small' });
  const { truth } = demo;

  it('keeps 5–8 at-risk tickets and the overloaded and underloaded agents', () => {
    expect(truth.atRiskTicketIds.length).toBeGreaterThanOrEqual(5);
    expect(truth.atRiskTicketIds.length).toBeLessThanOrEqual(8);
    expect(loadOf(demo, truth.overloadedAgentId).load).toBeGreaterThanOrEqual(2);
    expect(loadOf(demo, truth.underloadedAgentId).open.length).toBeLessThanOrEqual(1);
  });

  it('keeps the best and worst agents apart from the rest', () => {
    const best = csatOf(demo, truth.bestAgentId);
    const worst = csatOf(demo, truth.worstAgentId);
    expect(best.ratings).toBeGreaterThanOrEqual(30);
    expect(worst.ratings).toBeGreaterThanOrEqual(30);
    expect(best.rate).toBeGreaterThanOrEqual(0.95);
    expect(worst.rate).toBeLessThanOrEqual(0.65);
  });

  it('keeps the account signals: six declining, three churn risks, three upsells, disjoint', () => {
    expect(truth.decliningAdoptionAccountIds).toHaveLength(6);
    expect(truth.highChurnRiskAccountIds).toHaveLength(3);
    expect(truth.upsellAccountIds).toHaveLength(3);
    const churn = new Set(truth.highChurnRiskAccountIds.map((entry) => entry.accountId));
    expect(truth.upsellAccountIds.some((id) => churn.has(id) || truth.decliningAdoptionAccountIds.includes(id))).toBe(false);
  });
});
