import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from './index.js';

// Benchmark size: generation takes a few seconds, so this test gets a longer timeout (no timing assertion).
describe('generateDemoDataset at benchmark size', () => {
  it('generates 5,000 accounts and 100,000 tickets with every planted signal', { timeout: 120_000 }, () => {
    const started = performance.now();
    const dataset = generateDemoDataset({ seed: 7, size: { accounts: 5000, tickets: 100_000 } });
    const elapsedMs = performance.now() - started;
    console.info(`demo dataset { accounts: 5000, tickets: 100000 } generated in ${Math.round(elapsedMs)} ms`);

    expect(dataset.tickets).toHaveLength(100_000);
    expect(dataset.accounts).toHaveLength(5000);
    expect(dataset.usage).toHaveLength(5000 * 16);
    expect(new Set(dataset.tickets.map((ticket) => ticket.id)).size).toBe(100_000);
    expect(dataset.truth.highChurnRiskAccountIds).toHaveLength(200);
    expect(dataset.truth.upsellAccountIds).toHaveLength(200);
    expect(dataset.truth.atRiskTicketIds.length).toBeGreaterThanOrEqual(5);
    expect(Object.isFrozen(dataset.tickets[99_999]!.events)).toBe(true);
  });
});
