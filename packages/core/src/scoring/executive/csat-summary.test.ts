import { describe, expect, it } from 'vitest';
import { makeData } from '../service-levels/__fixtures__/support-fixtures.js';
import { BOARD_NOW, boardData } from './__fixtures__/board-fixture.js';
import { csatSummary } from './csat-summary.js';

describe('csatSummary', () => {
  const data = boardData();
  const summary = csatSummary({ data, now: BOARD_NOW, config: { worstCategoryMinRatings: 1 } });

  it('counts ratings by rating date against the previous period', () => {
    // Current: H1 good, H2 good, H3 bad → 2/3. Previous: P1 good → 1.
    expect(summary.current).toMatchObject({ good: 2, bad: 1 });
    expect(summary.current.rate).toBeCloseTo(2 / 3);
    expect(summary.previous).toMatchObject({ good: 1, bad: 0, rate: 1 });
    expect(summary.change.absolute).toBeCloseTo(-1 / 3);
    expect(summary.explanation).toContain('CSAT was 67% (2 good of 3 ratings), against 100% in the previous period.');
  });

  it('breaks ratings down by channel, category and team', () => {
    expect(summary.byChannel.map((group) => [group.key, group.good, group.bad])).toEqual([
      ['email', 1, 1],
      ['chat', 1, 0],
    ]);
    expect(summary.byCategory.map((group) => [group.key, group.rate])).toEqual([
      ['billing', 1],
      ['login', 0],
    ]);
    expect(summary.byTeam.map((group) => group.key)).toEqual(['team-1', 'team-2']);
  });

  it('ranks the worst categories by their shrunk rate', () => {
    // login: (0 + 10 · 2/3) / (1 + 10) = 0.606; billing: (2 + 10 · 2/3) / (2 + 10) = 0.722.
    expect(summary.worstCategories.map((group) => group.key)).toEqual(['login', 'billing']);
    expect(summary.worstCategories[0]!.shrunkRate).toBeCloseTo(20 / 3 / 11);
    expect(csatSummary({ data, now: BOARD_NOW }).worstCategories).toEqual([]);
  });

  it('reports sentiment and the recent bad comments', () => {
    // 8 tickets created in the period: H1 positive, H3 negative, 6 without sentiment.
    expect(summary.sentiment).toEqual([
      { sentiment: 'positive', tickets: 1, share: 0.125 },
      { sentiment: 'neutral', tickets: 0, share: 0 },
      { sentiment: 'negative', tickets: 1, share: 0.125 },
      { sentiment: 'very_negative', tickets: 0, share: 0 },
      { sentiment: 'unknown', tickets: 6, share: 0.75 },
    ]);
    expect(summary.recentBadComments).toEqual([{ ticketId: 'H3', ratedAt: expect.any(String), comment: 'Took too long', category: 'login', assigneeId: 'a1' }]);
  });

  it('filters by team and handles a period without ratings', () => {
    expect(csatSummary({ data, now: BOARD_NOW, filters: { teamId: 'team-2' } }).current).toMatchObject({ good: 0, bad: 1 });
    const empty = csatSummary({ data: makeData({ tickets: [] }), now: BOARD_NOW });
    expect(empty.current.rate).toBeNull();
    expect(empty.sentiment).toEqual([]);
    expect(empty.explanation).toMatch(/No satisfaction ratings/);
  });
});
