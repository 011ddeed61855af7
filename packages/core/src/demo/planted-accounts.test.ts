import { describe, expect, it } from 'vitest';
import { accountCsat, daysUntil, isOpen, mean, weeklyActiveUsers } from './__fixtures__/demo-measures.js';
import { generateDemoDataset } from './index.js';

const demo = generateDemoDataset({ seed: 1, size: 'small' });
const { truth } = demo;
const accountsById = new Map(demo.accounts.map((account) => [account.id, account]));
const churnIds = truth.highChurnRiskAccountIds.map((entry) => entry.accountId);

// Mean weekly active users over the last 4 weeks and the 4 before.
function windows(accountId: string): { last: number; prior: number } {
  const weekly = weeklyActiveUsers(demo, accountId);
  return { last: mean(weekly.slice(-4)), prior: mean(weekly.slice(-8, -4)) };
}

describe('planted account signals', () => {
  it('names accounts that exist', () => {
    const ids = [...truth.decliningAdoptionAccountIds, ...churnIds, ...truth.upsellAccountIds, ...truth.renewalsWithin90DaysAccountIds];
    for (const id of ids) expect(accountsById.has(id), id).toBe(true);
  });

  it('lists exactly the accounts whose weekly active users drop 35 %+ from a base of 20+', () => {
    const recomputed = demo.accounts
      .filter((account) => {
        const { last, prior } = windows(account.id);
        return prior >= 20 && last <= 0.65 * prior;
      })
      .map((account) => account.id);
    expect(truth.decliningAdoptionAccountIds).toEqual(recomputed);
    // Three accounts whose only problem is the drop, plus the three churn risks.
    expect(truth.decliningAdoptionAccountIds).toHaveLength(6);
    expect(truth.decliningAdoptionAccountIds).toEqual(expect.arrayContaining(churnIds));
  });

  it('keeps every other account far from a decline (no 20 % drop)', () => {
    for (const account of demo.accounts.filter((candidate) => !truth.decliningAdoptionAccountIds.includes(candidate.id))) {
      const { last, prior } = windows(account.id);
      expect(last / prior, account.id).toBeGreaterThan(0.85);
    }
  });

  it('makes each churn risk unmistakable', () => {
    expect(churnIds).toHaveLength(3);
    for (const { accountId, reason } of truth.highChurnRiskAccountIds) {
      const account = accountsById.get(accountId)!;
      const { last, prior } = windows(accountId);
      expect(last / account.licences, accountId).toBeLessThan(0.4);
      expect(last / prior, accountId).toBeLessThan(0.65);
      expect(accountCsat(demo, accountId), accountId).toBeLessThan(0.5);
      expect(demo.tickets.filter((ticket) => ticket.accountId === accountId && ticket.escalated && isOpen(ticket)).length).toBeGreaterThanOrEqual(1);
      expect(daysUntil(demo, account.champion!.leftOn!), accountId).toBeLessThan(-30);
      expect(account.invoiceStatus).toBe('overdue');
      expect(account.invoiceDaysOverdue).toBeGreaterThanOrEqual(45);
      expect(account.contractTrajectory).toBe('contraction');
      expect(account.csmPulse).toBe('poor');
      expect(reason).toMatch(/champion .* left \d+ days ago/);
    }
  });

  it('plants healthy, growing, saturated promoters with no open issue as upsell candidates', () => {
    expect(truth.upsellAccountIds).toHaveLength(3);
    for (const accountId of truth.upsellAccountIds) {
      const account = accountsById.get(accountId)!;
      const weekly = weeklyActiveUsers(demo, accountId);
      expect(Math.min(...weekly.slice(-4)) / account.licences, accountId).toBeGreaterThanOrEqual(0.95);
      expect(mean(weekly.slice(-4))).toBeGreaterThan(mean(weekly.slice(-8, -4)));
      const scores = demo.npsResponses.filter((response) => response.accountId === accountId).map((response) => response.score);
      expect(scores.length).toBeGreaterThan(0);
      expect(Math.min(...scores)).toBeGreaterThanOrEqual(9);
      expect(demo.tickets.some((ticket) => ticket.accountId === accountId && isOpen(ticket))).toBe(false);
      expect(account).toMatchObject({ invoiceStatus: 'current', csmPulse: 'healthy', contractTrajectory: 'expansion' });
      expect(churnIds).not.toContain(accountId);
      expect(truth.decliningAdoptionAccountIds).not.toContain(accountId);
    }
  });

  it('lists exactly the renewals within 90 days of now', () => {
    const recomputed = demo.accounts.filter((account) => daysUntil(demo, account.renewalDate) >= 0 && daysUntil(demo, account.renewalDate) <= 90).map((account) => account.id);
    expect(truth.renewalsWithin90DaysAccountIds).toEqual(recomputed);
    expect(recomputed.length).toBeGreaterThanOrEqual(5);
    for (const account of demo.accounts) expect(daysUntil(demo, account.renewalDate)).toBeLessThanOrEqual(366);
  });
});
