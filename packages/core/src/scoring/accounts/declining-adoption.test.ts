import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAccount, makeData, NOW, weeklySnapshots } from './__fixtures__/account-fixtures.js';
import { indexAccountData } from './account-index.js';
import { assessAccountAdoption, assessAdoptionTrend, findDecliningAdoption, isAdoptionFlagged } from './declining-adoption.js';
import { weekEndsOf } from './weekly-usage.js';
import type { WeeklyUsage } from './weekly-usage.js';

function series(activeUsers: (number | null)[], featureUses: Record<string, (number | null)[]> = {}): WeeklyUsage {
  return { activeUsers, licences: activeUsers.map(() => 100), featureUses };
}

const repeat = (value: number, count: number) => Array.from({ length: count }, () => value);

describe('declining adoption: account rules', () => {
  it('flags last-4 / prior-4 ≤ 0.80, including exactly 0.80', () => {
    // prior 50, last 38 → 0.76
    expect(assessAdoptionTrend(series([...repeat(50, 8), ...repeat(38, 4)]))).toMatchObject({ ratioRule: true, declining: true, recentToPriorRatio: 0.76 });
    // prior 50, last 40 → 0.80 (≤ holds)
    expect(assessAdoptionTrend(series([...repeat(50, 8), ...repeat(40, 4)])).declining).toBe(true);
    // prior 50, last 41 → 0.82
    expect(assessAdoptionTrend(series([...repeat(50, 8), ...repeat(41, 4)])).declining).toBe(false);
  });

  it('flags a steady slide through Kendall τ and Theil–Sen when the ratio rule misses it', () => {
    // 100 − 3k: last 4 mean 71.5 / prior 83.5 = 0.856 (ratio misses); τ = −1, slope −3 / median 83.5 = −3.59 %/week
    const sliding = assessAdoptionTrend(series(Array.from({ length: 12 }, (_, week) => 100 - 3 * week)));
    expect(sliding.ratioRule).toBe(false);
    expect(sliding.kendallTau).toBe(-1);
    expect(sliding.slopePercentOfMedianPerWeek).toBeCloseTo(-300 / 83.5, 10);
    expect(sliding).toMatchObject({ trendRule: true, declining: true });
    expect(sliding.reasons[0]).toContain('Kendall τ -1');
    // 100 − 2k: slope −2 / median 89 = −2.25 %/week, not steep enough
    expect(assessAdoptionTrend(series(Array.from({ length: 12 }, (_, week) => 100 - 2 * week))).declining).toBe(false);
  });

  it('withholds the flag when the prior mean is under 5 users, and without data', () => {
    const small = assessAdoptionTrend(series([...repeat(4, 8), ...repeat(1, 4)]));
    expect(small).toMatchObject({ ratioRule: true, suppressed: true, declining: false });
    const empty = assessAdoptionTrend(series(repeat(0, 12).map(() => null)));
    expect(empty).toMatchObject({ recentToPriorRatio: null, kendallTau: null, declining: false, suppressed: true });
  });

  it('skips weeks without a snapshot', () => {
    const gappy = assessAdoptionTrend(series([50, null, 50, 50, 50, null, 50, 50, 30, null, 30, 30]));
    // prior weeks 4–7 present: 50, 50, 50 → 50; last 4 present: 30, 30, 30 → ratio 0.6
    expect(gappy.recentToPriorRatio).toBeCloseTo(0.6);
    expect(gappy.declining).toBe(true);
  });
});

describe('declining adoption: features', () => {
  it('flags a feature used in ≥ 3 of the 4 weeks before the last 2, then silent', () => {
    const weekly = series(repeat(50, 12), {
      reports: [0, 0, 0, 0, 0, 0, 4, 2, 0, 1, 0, 0], // weeks 6–9: used 3 of 4; weeks 10–11: 0 → declining
      api: [0, 0, 0, 0, 0, 0, 4, 0, 0, 1, 0, 0], // used 2 of 4 → no
      alerts: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1], // used last week → no
    });
    const trend = assessAdoptionTrend(weekly);
    expect(trend.decliningFeatures.map((decline) => decline.feature)).toEqual(['reports']);
    expect(trend.decliningFeatures[0]).toMatchObject({ weeksUsedOfPrior: 3, priorWeeklyUses: [4, 2, 0, 1] });
    expect(trend.declining).toBe(false);
  });

  it('does not call a week without data "no use"', () => {
    const weekly = series([...repeat(50, 11), null], { reports: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, null] });
    expect(assessAdoptionTrend(weekly).decliningFeatures).toEqual([]);
  });
});

describe('findDecliningAdoption over a dataset', () => {
  it('lists declining accounts worst first, then feature-only ones', () => {
    const data = makeData({
      accounts: ['steady', 'falling', 'crashing', 'feature'].map((id) => makeAccount({ id })),
      usage: [
        ...weeklySnapshots('steady', repeat(60, 12)),
        ...weeklySnapshots('falling', [...repeat(60, 8), ...repeat(45, 4)]),
        ...weeklySnapshots('crashing', [...repeat(60, 8), ...repeat(20, 4)]),
        ...weeklySnapshots('feature', repeat(60, 12), { features: (week): Record<string, number> => (week >= 6 && week < 10 ? { reports: 3 } : { reports: 0 }) }),
      ],
    });
    const result = findDecliningAdoption(data, NOW);
    expect(result.assessedCount).toBe(4);
    expect(result.accounts.map((account) => account.accountId)).toEqual(['crashing', 'falling', 'feature']);
    expect(result.accounts[0]!.recentToPriorRatio).toBeCloseTo(20 / 60);
    // One account assessed on its own reads the same as in the list, and a steady one is assessed but not flagged.
    const index = indexAccountData(data);
    expect(assessAccountAdoption(index.byAccountId.get('crashing')!, NOW.getTime())).toEqual(result.accounts[0]);
    expect(isAdoptionFlagged(assessAccountAdoption(index.byAccountId.get('steady')!, NOW.getTime()))).toBe(false);
  });

  it('names when each weekly bucket ends, oldest first, the last at the as-of instant', () => {
    expect(weekEndsOf(Date.parse('2026-03-15T00:00:00Z'), 3)).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-08T00:00:00.000Z', '2026-03-15T00:00:00.000Z']);
  });
});

describe('declining adoption: properties', () => {
  it('lowering the last 4 weeks never clears the ratio rule', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5, max: 500 }), { minLength: 12, maxLength: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, factor) => {
        const before = assessAdoptionTrend(series(values));
        const lowered = assessAdoptionTrend(series(values.map((value, week) => (week >= 8 ? value * factor : value))));
        return !before.ratioRule || lowered.ratioRule;
      }),
    );
  });
});
