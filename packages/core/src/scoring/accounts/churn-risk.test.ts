import { describe, expect, it } from 'vitest';
import type { Account } from '../../contracts/index.js';
import { daysAgo, makeAccount, makeData, makeMeeting, makeNps, NOW, weeklySnapshots } from './__fixtures__/account-fixtures.js';
import { arrAtRisk, summarizeArrAtRisk } from './arr-at-risk.js';
import { rankChurnRisk } from './churn-risk.js';
import { scorePortfolioHealth } from './portfolio-health.js';

const healthy: Partial<Account> = { csmPulse: 'healthy', champion: { name: 'Ann' }, invoiceStatus: 'current', contractTrajectory: 'expansion' };
const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });

// Present weights for each account: seats 15, momentum 10, escalations 6, NPS 10, pulse 5, touchpoint 7, champion 8, invoices 6, contract 4 = 71.
const data = makeData({
  accounts: [
    // Champion left 45 days ago: (7100 − 800)/71 = 88.7, capped at 49 → red. Thirty days ago it was 15 days, not critical → 89 green.
    makeAccount({ id: 'red', arr: usd(1_000_000), ...healthy, champion: { name: 'Bo', leftOn: daysAgo(45).slice(0, 10) } }),
    // Seats 50/100 → 0, pulse poor → 0, NPS detractor → 0: (7100 − 1500 − 500 − 1000)/71 = 57.7 → 58 yellow, then and now.
    makeAccount({ id: 'yellow', arr: usd(2_000_000), ...healthy, csmPulse: 'poor' }),
    makeAccount({ id: 'green', arr: usd(4_000_000), ...healthy }),
    makeAccount({ id: 'euro', arr: { amountCents: 9_000_000, currency: 'EUR' }, ...healthy, csmPulse: 'poor' }),
  ],
  usage: [
    ...weeklySnapshots('red', Array.from({ length: 16 }, () => 90)),
    ...weeklySnapshots('yellow', Array.from({ length: 16 }, () => 50)),
    ...weeklySnapshots('green', Array.from({ length: 16 }, () => 90)),
    ...weeklySnapshots('euro', Array.from({ length: 16 }, () => 90)),
  ],
  npsResponses: [makeNps('red', 10, daysAgo(100)), makeNps('yellow', 3, daysAgo(100)), makeNps('green', 10, daysAgo(100)), makeNps('euro', 10, daysAgo(100))],
  meetings: ['red', 'yellow', 'green', 'euro'].flatMap((id) => [makeMeeting(id, daysAgo(10)), makeMeeting(id, daysAgo(40))]),
});

describe('churn risk, Stage 0', () => {
  const ranked = rankChurnRisk(data, NOW);

  it('ranks by band then 100 − H and shows no probability', () => {
    expect(ranked.stage).toBe(0);
    expect(ranked.accounts.map((risk) => [risk.accountId, risk.riskBand, risk.riskScore])).toEqual([
      ['red', 'high', 51],
      ['yellow', 'medium', 42],
      ['euro', 'low', 7],
      ['green', 'low', 0],
    ]);
    expect(ranked.accounts.every((risk) => risk.probability === null)).toBe(true);
  });

  it('lists the critical flag first, then the health drivers', () => {
    const red = ranked.accounts[0]!;
    expect(red.drivers[0]).toMatchObject({ key: 'champion', critical: true });
    expect(red.drivers[0]!.reason).toContain('left 45 days ago');
    const yellow = ranked.accounts[1]!;
    // seats 15·100/71 = 21.1, NPS 10·100/71 = 14.1, pulse 5·100/71 = 7.0
    expect(yellow.drivers.map((driver) => driver.key)).toEqual(['seatUtilisation', 'nps', 'csmPulse']);
    expect(yellow.drivers[0]!.pointsLost).toBeCloseTo(1500 / 71, 10);
    expect(red.previous).toMatchObject({ riskBand: 'low', healthBand: 'green', riskScore: 11 });
  });

  it('rolls up ARR at risk as a labelled heuristic with last month for comparison', () => {
    const summary = summarizeArrAtRisk(ranked.accounts, 'USD');
    // Red 1,000,000 + 0.3 × Yellow 2,000,000 = 1,600,000; a month ago only Yellow: 600,000
    expect(summary).toMatchObject({ method: 'heuristic', arrAtRiskCents: 1_600_000, previousArrAtRiskCents: 600_000, changeCents: 1_000_000, totalArrCents: 7_000_000 });
    expect(summary.methodNote).toMatch(/^Heuristic/);
    expect(summary.byRiskBand.high).toEqual({ accountCount: 1, arrCents: 1_000_000 });
    expect(summary.byHealthBand.green).toEqual({ accountCount: 1, arrCents: 4_000_000 });
    // expected loss (100 − H)/100 · 0.5 · ARR: yellow 42 % · 0.5 · 2,000,000 = 420,000; red 51 % · 0.5 · 1,000,000 = 255,000
    expect(summary.topExpectedLoss.map((entry) => [entry.accountId, entry.expectedLossCents])).toEqual([
      ['yellow', 420_000],
      ['red', 255_000],
    ]);
    expect(summary.excludedOtherCurrency).toEqual({ accountCount: 1, currencies: ['EUR'] });
  });

  it('gives the same roll-up when it scores health itself, explaining only the named accounts', () => {
    const summary = arrAtRisk(data, NOW);
    expect(summary.arrAtRiskCents).toBe(1_600_000);
    expect(summary.topExpectedLoss.map((entry) => entry.accountId)).toEqual(['yellow', 'red']);
    expect(summary.topExpectedLoss[1]!.topDriver).toMatch(/^Critical: champion Bo left 45 days ago/);
    expect(summary.topExpectedLoss[0]!.topDriver).toContain('50 of 100 seats active');
  });
});

describe('churn risk, Stage 1 (logistic model hook)', () => {
  const logisticModel = { version: 'lr-test', intercept: -1, coef: { healthScore: -1 }, mean: { healthScore: 70 }, scale: { healthScore: 10 } };
  const health = scorePortfolioHealth(data, NOW);
  const ranked = rankChurnRisk(data, NOW, { config: { logisticModel }, health });
  const probability = (score: number) => 1 / (1 + Math.exp(-(-1 - (score - 70) / 10)));

  it('shows a probability, bands by it and explains with contributions', () => {
    const yellow = ranked.accounts.find((risk) => risk.accountId === 'yellow')!;
    // H 58: z = −1 − (58 − 70)/10 = 0.2 → p = 0.5498 → high
    expect(yellow.probability).toBeCloseTo(probability(58), 12);
    expect(yellow).toMatchObject({ stage: 1, riskBand: 'high', riskScore: 55, expectedLossMethod: 'model' });
    expect(yellow.drivers[0]).toMatchObject({ key: 'healthScore', contribution: expect.closeTo(1.2, 10) });
    expect(yellow.drivers[0]!.reason).toBe('healthScore = 58 raises the odds of churn ×3.32');
    const green = ranked.accounts.find((risk) => risk.accountId === 'green')!;
    expect(green.protectiveFactor).toMatchObject({ key: 'healthScore', oddsMultiplier: expect.closeTo(Math.exp(-3), 10) });
    expect(green.riskBand).toBe('low');
  });

  it('sums ARR × p for the model roll-up', () => {
    const summary = arrAtRisk(data, NOW, { config: { logisticModel }, health });
    const expected = 1_000_000 * probability(49) + 2_000_000 * probability(58) + 4_000_000 * probability(100);
    expect(summary.method).toBe('model');
    expect(summary.arrAtRiskCents).toBe(Math.round(expected));
  });
});
