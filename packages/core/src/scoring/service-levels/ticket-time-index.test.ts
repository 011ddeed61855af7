import { describe, expect, it } from 'vitest';
import { at, makeTicket, T0_MS } from './__fixtures__/support-fixtures.js';
import { ticketStateAt } from './ticket-state-at.js';
import { ticketTimeIndex } from './ticket-time-index.js';

describe('ticketTimeIndex', () => {
  const tickets = [
    makeTicket('A', { createdHour: 1, solvedHour: 2, csat: { rating: 'good', ratedAt: at(5) } }),
    makeTicket('B', { createdHour: 30 }),
    makeTicket('C', { createdHour: -5, status: 'pending' }),
  ];

  it('indexes open tickets and creation times', () => {
    const index = ticketTimeIndex(tickets);
    expect(index.openPositions).toEqual([1, 2]);
    expect(index.createdIn({ fromMs: T0_MS, toMs: T0_MS + 24 * 3_600_000 })).toEqual([0]);
    expect(index.solvedMs(0)).toBe(T0_MS + 3 * 3_600_000);
    expect(index.solvedMs(1)).toBeNull();
    expect(index.ratedMs(0)).toBe(T0_MS + 5 * 3_600_000);
    expect(index.ratedMs(2)).toBeNull();
  });

  it('is built once per list', () => {
    expect(ticketTimeIndex(tickets)).toBe(ticketTimeIndex(tickets));
    expect(ticketTimeIndex([])).not.toBe(ticketTimeIndex([]));
  });
});

describe('ticketStateAt', () => {
  const ticket = makeTicket('A', {
    createdHour: 0,
    assigneeId: 'agent-2',
    extraEvents: [
      { type: 'assignment', hour: 1, assigneeId: 'agent-1' },
      { type: 'status', hour: 2, to: 'pending' },
      { type: 'assignment', hour: 3, assigneeId: 'agent-2' },
    ],
  });

  it('replays status and assignee up to the instant', () => {
    expect(ticketStateAt(ticket, T0_MS + 0.5 * 3_600_000)).toEqual({ status: 'new', assigneeId: null });
    expect(ticketStateAt(ticket, T0_MS + 2 * 3_600_000)).toEqual({ status: 'pending', assigneeId: 'agent-1' });
    expect(ticketStateAt(ticket, T0_MS + 9 * 3_600_000)).toEqual({ status: 'pending', assigneeId: 'agent-2' });
  });

  it('keeps the current assignee throughout when no assignment was recorded', () => {
    expect(ticketStateAt(makeTicket('B', { createdHour: 0, assigneeId: 'agent-9' }), T0_MS).assigneeId).toBe('agent-9');
  });
});
