import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../contracts/ticket.js';
import { at, atDate, makeData, makeTicket } from '../service-levels/__fixtures__/support-fixtures.js';
import { performanceTrends } from './performance-trends.js';

// Period: 4 weeks from T0; the previous period is the 4 weeks before.
const period = { from: at(0), to: at(672) };
let serial = 0;
const ticket = (weekHour: number, category: string, fields: Partial<Ticket> = {}) => makeTicket(`K${(serial += 1)}`, { createdHour: weekHour, category, ...fields });
const escalated = (hour: number, category: string, tags: string[] = []) => ticket(hour, category, { escalated: true, tags });

// Escalations per week 1, 2, 3, 4: billing 2, login 8 (all tagged sso). Plus 5 quiet password tickets.
// Previous period: escalations billing 4, login 1; quiet password 2, login 3.
const tickets = [
  escalated(10, 'billing'),
  escalated(180, 'billing'),
  escalated(181, 'login', ['sso']),
  ...[340, 341, 342].map((hour) => escalated(hour, 'login', ['sso'])),
  ...[510, 511, 512].map((hour) => escalated(hour, 'login', ['sso'])),
  ticket(513, 'login', { tags: ['escalated', 'sso'] }),
  ...[1, 2, 3, 4, 5].map((hour) => ticket(hour, 'password')),
  ...[-600, -500, -400, -300].map((hour) => escalated(hour, 'billing')),
  escalated(-200, 'login'),
  ...[-100, -90].map((hour) => ticket(hour, 'password')),
  ...[-80, -70, -60].map((hour) => ticket(hour, 'login')),
];

describe('performanceTrends', () => {
  const trends = performanceTrends({ data: makeData({ tickets }), now: atDate(700), period });

  it('counts escalations per week with a robust slope', () => {
    // Weekly 1, 2, 3, 4: every pairwise slope is 1 and every pair concordant (τ = 1).
    expect(trends.weeks).toHaveLength(4);
    expect(trends.escalations).toMatchObject({ perWeek: [1, 2, 3, 4], total: 10, previousTotal: 5, change: { absolute: 5, relative: 1 }, slopePerWeek: 1, kendallTau: 1, direction: 'rising' });
    expect(trends.escalations.rate).toBeCloseTo(10 / 15);
    expect(trends.explanation).toContain('10 escalations in the period (5 in the previous one), rising at 1 per week.');
  });

  it('tabulates categories per week and ranks the growing ones', () => {
    expect(trends.categoriesByWeek.map((row) => [row.category, row.total])).toEqual([
      ['login', 8],
      ['password', 5],
      ['billing', 2],
    ]);
    expect(trends.categoriesByWeek[0]!.perWeek).toEqual([0, 1, 3, 4]);
    // login 4 → 8 (+4), password 2 → 5 (+3); billing fell.
    expect(trends.topGrowingCategories.map((row) => [row.category, row.current, row.previous])).toEqual([
      ['login', 8, 4],
      ['password', 5, 2],
    ]);
    const narrow = performanceTrends({ data: makeData({ tickets }), now: atDate(700), period, config: { weeklyCategories: 1 } });
    expect(narrow.categoriesByWeek.map((row) => [row.category, row.total])).toEqual([
      ['login', 8],
      ['other', 7],
    ]);
  });

  it('names the categories and tags whose share of escalations grew most', () => {
    // sso: 8/10 now vs 0/5 before (+0.8); login: 8/10 vs 1/5 (+0.6); billing has only 2 now (< 3).
    expect(trends.rootCauses.map((cause) => [cause.kind, cause.key])).toEqual([
      ['tag', 'sso'],
      ['category', 'login'],
    ]);
    expect(trends.rootCauses[1]!.shareChange).toBeCloseTo(0.6);
  });

  it('is flat on a steady series and empty without tickets', () => {
    const steady = [0, 200, 400, 600].map((hour) => escalated(hour, 'billing'));
    expect(performanceTrends({ data: makeData({ tickets: steady }), now: atDate(700), period }).escalations).toMatchObject({ slopePerWeek: 0, direction: 'flat' });
    const empty = performanceTrends({ data: makeData({ tickets: [] }), now: atDate(700) });
    expect(empty.weeks).toHaveLength(13);
    expect(empty.escalations).toMatchObject({ total: 0, rate: null, direction: 'flat' });
    expect(empty.rootCauses).toEqual([]);
  });
});
