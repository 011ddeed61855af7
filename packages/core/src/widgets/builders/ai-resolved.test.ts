import { describe, expect, it } from 'vitest';
import { at, atDate, makeData, makeTicket } from '../../scoring/service-levels/__fixtures__/support-fixtures.js';
import { aiResolvedTickets } from '../../scoring/executive/ai-resolved-tickets.js';
import { answerIntent } from '../answer-intent.js';

describe('ai.resolved', () => {
  // Solved on day 0 (hours 2–6); `now` is ten days later, past every 7-day recontact window.
  const data = makeData({
    tickets: [
      makeTicket('AI-CLEAN', { createdHour: 1, solvedHour: 1, resolvedBy: 'ai' }),
      makeTicket('AI-LATE', { createdHour: 2, solvedHour: 3, resolvedBy: 'ai' }),
      // The customer wrote back the next day: a human had to step in, so the AI is not credited.
      makeTicket('AI-RECONTACTED', { createdHour: 3, solvedHour: 1, resolvedBy: 'ai', customerHours: [20] }),
      makeTicket('HUMAN', { createdHour: 4, replyHours: [1], solvedHour: 2 }),
    ],
  });
  const period = { from: at(0), to: at(24), label: 'that day' };
  const answer = answerIntent('ai.resolved', { data, viewer: { userId: 'ceo', persona: 'executive' }, now: atDate(240), params: { period } }).data as {
    aiResolvedCount: number;
    solvedCount: number;
    aiShareOfSolved: number | null;
    tickets: { id: string }[];
  };

  it('counts AI resolutions by the board rule, against every ticket solved in the period', () => {
    expect(answer.aiResolvedCount).toBe(2);
    expect(answer.solvedCount).toBe(4);
    expect(answer.aiShareOfSolved).toBe(0.5);
    expect(answer.aiResolvedCount).toBe(aiResolvedTickets({ data, now: atDate(240), period }).count);
  });

  it('lists the counted tickets, latest solve first', () => {
    expect(answer.tickets.map((row) => row.id)).toEqual(['AI-LATE', 'AI-CLEAN']);
  });
});
