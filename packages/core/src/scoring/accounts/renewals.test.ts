import { describe, expect, it } from 'vitest';
import type { Account } from '../../contracts/index.js';
import { dateDaysAgo, daysAgo, makeAccount, makeData, makeMeeting, makeNps, NOW, weeklySnapshots } from './__fixtures__/account-fixtures.js';
import { sortRenewals, upcomingRenewals } from './renewals.js';

const healthy: Partial<Account> = { csmPulse: 'healthy', champion: { name: 'Ann' }, invoiceStatus: 'current', contractTrajectory: 'expansion' };
const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });
const steady = (users: number) => Array.from({ length: 16 }, () => users);

const data = makeData({
  accounts: [
    // Health 58 (seats 50 %, pulse poor, NPS detractor; see churn-risk.test), renews in 30 days
    makeAccount({ id: 'risky', arr: usd(2_000_000), ...healthy, csmPulse: 'poor', renewalDate: dateDaysAgo(-30), renewalForecast: 'monitor' }),
    // Health 100, renews in 60 days, QBR a month ago
    makeAccount({ id: 'solid', arr: usd(4_000_000), ...healthy, renewalDate: dateDaysAgo(-60), renewalForecast: 'good' }),
    makeAccount({ id: 'happy', arr: usd(9_000_000), ...healthy, renewalDate: dateDaysAgo(-100) }),
    makeAccount({ id: 'past', renewalDate: dateDaysAgo(5) }),
    // No data at all: insufficient, counted at the neutral health 50; renews today
    makeAccount({ id: 'today', arr: usd(100_000), renewalDate: dateDaysAgo(0) }),
  ],
  usage: [...weeklySnapshots('risky', steady(50)), ...weeklySnapshots('solid', steady(90)), ...weeklySnapshots('happy', steady(90))],
  npsResponses: [makeNps('risky', 3, daysAgo(100)), makeNps('solid', 10, daysAgo(100)), makeNps('happy', 10, daysAgo(100))],
  meetings: [
    ...['risky', 'solid', 'happy'].flatMap((id) => [makeMeeting(id, daysAgo(10)), makeMeeting(id, daysAgo(40))]),
    makeMeeting('solid', daysAgo(30), 'qbr'),
  ],
});

describe('upcoming renewals (SCORING §7.2)', () => {
  const result = upcomingRenewals(data, NOW);
  const entry = (id: string) => result.renewals.find((renewal) => renewal.accountId === id)!;

  it('keeps the next 90 days and ranks by urgency · (expected loss + 0.5 · expansion value)', () => {
    // risky: urgency (120 − 30)/120 = 0.75; loss (100 − 58)/100 · 0.5 · 2,000,000 = 420,000; no expansion (health < 60) → 315,000
    // solid: urgency 0.5; loss 0; expansion (35·80 + 20·0 + 20·0 + 15·100 + 10·100)/100 = 53 → 4,000,000 · 0.53 · 0.2 = 424,000 → 0.5 · 0.5 · 424,000 = 106,000
    // today: urgency 1; loss (100 − 50)/100 · 0.5 · 100,000 = 25,000 → 25,000
    expect(result.renewals.map((renewal) => [renewal.accountId, renewal.priorityCents])).toEqual([
      ['risky', 315_000],
      ['solid', 106_000],
      ['today', 25_000],
    ]);
    expect(entry('risky')).toMatchObject({ daysToRenewal: 30, urgency: 0.75, expectedLossCents: 420_000, expansionScore: null, expansionValueCents: 0 });
    expect(entry('solid')).toMatchObject({ expansionScore: 53, expansionValueCents: 424_000, qbrInLastDays: true });
  });

  it('explains each renewal and flags forecasts the checkpoints need', () => {
    expect(entry('risky').why[0]).toBe(`renews in 30 days (${dateDaysAgo(-30)})`);
    expect(entry('risky').why).toContain('no QBR in the last 90 days');
    expect(entry('risky').forecast).toMatchObject({ value: 'monitor', needsAttention: true });
    expect(entry('solid').forecast.needsAttention).toBe(false);
    expect(entry('today').forecast.reason).toMatch(/missing/);
    expect(entry('today').riskBand).toBe('insufficient_data');
  });

  it('sorts by risk, value or expansion on request, ties by days to renewal', () => {
    const ids = (sortBy: 'risk' | 'value' | 'expansion') => sortRenewals(result.renewals, sortBy).map((renewal) => renewal.accountId);
    expect(ids('risk')).toEqual(['risky', 'today', 'solid']);
    expect(ids('value')).toEqual(['solid', 'risky', 'today']);
    expect(ids('expansion')).toEqual(['solid', 'today', 'risky']);
  });

  it('widens the window on request and is empty with no account', () => {
    expect(upcomingRenewals(data, NOW, { withinDays: 120 }).renewals.map((renewal) => renewal.accountId)).toContain('happy');
    expect(upcomingRenewals(makeData(), NOW).renewals).toEqual([]);
  });
});
