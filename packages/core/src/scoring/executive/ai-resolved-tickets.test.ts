import { describe, expect, it } from 'vitest';
import { at } from '../service-levels/__fixtures__/support-fixtures.js';
import { BOARD_NOW, boardData } from './__fixtures__/board-fixture.js';
import { aiResolvedTickets } from './ai-resolved-tickets.js';
import { boardMetrics } from './board-metrics.js';

describe('aiResolvedTickets', () => {
  const data = boardData();

  it('counts AI solves without recontact, latest first', () => {
    // AI1 verified, AI2 provisional, AI3 recontacted (excluded); P3 is in the previous period.
    const report = aiResolvedTickets({ data, now: BOARD_NOW });
    expect(report).toMatchObject({ count: 2, verified: 1, provisional: 1, recontactedExcluded: 1, ticketIds: ['AI2', 'AI1'] });
    expect(report.perBucket.granularity).toBe('day');
    expect(report.perBucket.buckets.reduce((total, bucket) => total + bucket.count, 0)).toBe(2);
  });

  it('answers for one agent and one day', () => {
    // AI2 (assigned to a1) was solved at hour 1400.1.
    const today = { from: at(1392), to: at(1416) };
    expect(aiResolvedTickets({ data, now: BOARD_NOW, agentId: 'a1', period: today })).toMatchObject({ count: 1, ticketIds: ['AI2'] });
    expect(aiResolvedTickets({ data, now: BOARD_NOW, agentId: 'a2' }).count).toBe(0);
    expect(aiResolvedTickets({ data, now: BOARD_NOW, agentId: 'a1', period: today }).explanation).toContain('on tickets assigned to a1');
  });

  it("counts every solve of the period as the board's tickets handled, and the AI's share of them", () => {
    const report = aiResolvedTickets({ data, now: BOARD_NOW });
    expect(report.solvedCount).toBe(boardMetrics({ data, now: BOARD_NOW }).metrics.ticketsHandled.value);
    expect(report.shareOfSolved).toBe(report.count / report.solvedCount);
  });
});
