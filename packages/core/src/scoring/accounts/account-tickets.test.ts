import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../contracts/ticket.js';
import { openTicketCounts, ticketsByAccount } from './account-tickets.js';

const ticket = (id: string, accountId: string, status: Ticket['status'], priority: Ticket['priority'] = 'normal') => ({ id, accountId, status, priority }) as Ticket;

describe('tickets by account', () => {
  it('counts the open tickets of the wanted accounts, and the urgent or high ones', () => {
    const counts = openTicketCounts([ticket('1', 'a', 'open', 'urgent'), ticket('2', 'a', 'pending', 'low'), ticket('3', 'a', 'solved', 'high'), ticket('4', 'b', 'open', 'high')], new Set(['a']));
    expect(counts).toEqual(new Map([['a', { all: 2, urgentOrHigh: 1 }]]));
  });

  it('groups by account, keeps those with enough open tickets, most open first', () => {
    const tickets = [ticket('1', 'a', 'open'), ticket('2', 'b', 'open'), ticket('3', 'b', 'new'), ticket('4', 'c', 'open'), ticket('5', 'c', 'pending'), ticket('6', 'c', 'solved'), ticket('7', 'd', 'solved')];
    expect(ticketsByAccount(tickets, { minimumOpen: 2 }).map((group) => [group.accountId, group.openCount, group.tickets.length])).toEqual([
      ['c', 2, 3],
      ['b', 2, 2],
    ]);
    expect(ticketsByAccount(tickets, { minimumOpen: 0, accountId: 'd' })).toEqual([{ accountId: 'd', tickets: [tickets[6]], openCount: 0 }]);
  });
});
