import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../errors/access-errors.js';
import type { IntentParams } from '../../intents/params.js';
import type { AnswerContext } from '../answer-context.js';
import { npsWindowOf } from './account-nps.js';
import { byHealthAscending, daysUntilDate, forwardDaysOf, requireRevenueVisible } from './account-shapes.js';

const now = new Date('2026-03-10T15:30:00Z');
// Only the clock and the params are read by these helpers.
const contextWith = (params: IntentParams, canSeeRevenue = true) => ({ params, now, scope: { canSeeRevenue } }) as unknown as AnswerContext;

describe('daysUntilDate', () => {
  it('counts calendar days from the UTC day of now', () => {
    expect(daysUntilDate('2026-03-10', now.getTime())).toBe(0);
    // 10 March → 9 June: 21 + 30 + 31 + 9 = 91 days.
    expect(daysUntilDate('2026-06-09', now.getTime())).toBe(91);
    expect(daysUntilDate('2026-03-09', now.getTime())).toBe(-1);
  });
});

describe('forwardDaysOf', () => {
  it('reads days, then the end of the period, else the default', () => {
    expect(forwardDaysOf(contextWith({ days: 30, period: { label: 'x', from: now.toISOString(), to: '2026-12-31T00:00:00Z' } }), 90)).toBe(30);
    // 15:30 on 10 March to 00:00 on 1 April: 21 days and 8.5 hours → 22.
    expect(forwardDaysOf(contextWith({ period: { label: 'this month', from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' } }), 90)).toBe(22);
    expect(forwardDaysOf(contextWith({ period: { label: 'last month', from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' } }), 90)).toBe(0);
    expect(forwardDaysOf(contextWith({}), 90)).toBe(90);
  });
});

describe('npsWindowOf', () => {
  it('ends a period at now, and falls back to the default for a future one', () => {
    // 1 March 00:00 → 10 March 15:30 = 9.6458… days.
    const month = npsWindowOf(contextWith({ period: { label: 'this month', from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' } }));
    expect(month.end).toEqual(now);
    expect(month.days).toBeCloseTo(9 + 15.5 / 24, 10);
    expect(month.label).toBe('this month');
    expect(npsWindowOf(contextWith({ period: { label: 'next month', from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' } }))).toEqual({ end: now, days: 90, label: 'last 90 days' });
    expect(npsWindowOf(contextWith({ days: 30 })).days).toBe(30);
  });
});

describe('requireRevenueVisible', () => {
  it('refuses viewers who may not see revenue', () => {
    expect(() => requireRevenueVisible(contextWith({}, false), 'Churn risk')).toThrow(ForbiddenError);
    expect(() => requireRevenueVisible(contextWith({}, true), 'Churn risk')).not.toThrow();
  });
});

describe('byHealthAscending', () => {
  it('puts the worst first, unscored accounts last, ties by name', () => {
    const report = (accountName: string, score: number | null) => ({ accountName, score }) as Parameters<typeof byHealthAscending>[0];
    const sorted = [report('b', 70), report('c', null), report('a', 70), report('d', 20)].sort(byHealthAscending);
    expect(sorted.map((entry) => entry.accountName)).toEqual(['d', 'a', 'b', 'c']);
  });
});
