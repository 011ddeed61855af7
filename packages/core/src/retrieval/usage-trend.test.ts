import { describe, expect, it } from 'vitest';
import { week } from './__fixtures__/account-builders.js';
import { accountUsageTrend } from './usage-trend.js';

const now = new Date('2026-03-10T12:00:00Z');

describe('accountUsageTrend', () => {
  it('compares the last 4 weeks with the 4 before, per snapshot', () => {
    const snapshots = [
      ...['2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09'].map((end) => week(end, 50)),
      week('2026-02-16', 40),
      week('2026-02-23', 42),
      week('2026-03-02', 38),
      week('2026-03-09', 40),
      week('2026-03-12', 99), // ends after now
      week('2026-01-12', 99), // before both windows
      week('2026-03-09', 1, 'acc-2'),
    ];
    const trend = accountUsageTrend(snapshots, 'acc-1', now);
    // Recent: (40 + 42 + 38 + 40) / 4 = 40; prior: 50; change (40 − 50) / 50 = −20 %.
    expect(trend.recent).toEqual({ from: '2026-02-11', to: '2026-03-10', snapshots: 4, averageActiveUsers: 40, averageLogins: 200, averageLicences: 100, utilisationRate: 0.4 });
    expect(trend.prior).toMatchObject({ from: '2026-01-14', to: '2026-02-10', snapshots: 4, averageActiveUsers: 50 });
    expect(trend.activeUsersChangePercent).toBeCloseTo(-20, 12);
    expect(trend.loginsChangePercent).toBeCloseTo(-20, 12);
    // Theil–Sen over 50, 50, 50, 50, 40, 42, 38, 40: the 14th and 15th of the 28 sorted pairwise
    // slopes are −2 and −5/3, so the median is (−2 − 5/3) / 2 = −11/6.
    expect(trend.activeUsersSlopePerSnapshot).toBeCloseTo(-11 / 6, 12);
  });

  it('counts a snapshot ending today as recent and one ending 28 days ago as prior', () => {
    const trend = accountUsageTrend([week('2026-03-10', 10), week('2026-02-10', 20)], 'acc-1', now);
    expect(trend.recent?.snapshots).toBe(1);
    expect(trend.prior?.snapshots).toBe(1);
    expect(trend.activeUsersChangePercent).toBeCloseTo(-50, 12);
  });

  it('gives nulls without data or without a prior base', () => {
    expect(accountUsageTrend([], 'acc-1', now)).toEqual({ windowDays: 28, recent: null, prior: null, activeUsersChangePercent: null, loginsChangePercent: null, activeUsersSlopePerSnapshot: null });
    const fromZero = accountUsageTrend([week('2026-03-09', 5), week('2026-02-09', 0, 'acc-1', 0, 0)], 'acc-1', now);
    expect(fromZero.activeUsersChangePercent).toBeNull();
    expect(fromZero.prior?.utilisationRate).toBeNull();
  });
});
