import type { Ticket } from '../../contracts/ticket.js';
import { isOpenStatus } from './ticket-state.js';

/** Open tickets of some accounts: all of them, and the urgent or high-priority ones. */
export function openTicketCounts(tickets: readonly Ticket[], accountIds: ReadonlySet<string>): Map<string, { all: number; urgentOrHigh: number }> {
  const open = new Map<string, { all: number; urgentOrHigh: number }>();
  for (const ticket of tickets) {
    if (!accountIds.has(ticket.accountId) || !isOpenStatus(ticket.status)) continue;
    const counts = open.get(ticket.accountId) ?? { all: 0, urgentOrHigh: 0 };
    counts.all += 1;
    if (ticket.priority === 'urgent' || ticket.priority === 'high') counts.urgentOrHigh += 1;
    open.set(ticket.accountId, counts);
  }
  return open;
}

/** One account's tickets, with how many are open. */
export interface AccountTickets {
  accountId: string;
  tickets: Ticket[];
  openCount: number;
}

/**
 * Tickets grouped by account, the accounts with at least `minimumOpen` open tickets only, most open first
 * (then most tickets, then id): "customers with multiple open tickets" (`minimumOpen` 2) or one account's
 * history (`accountId`, `minimumOpen` 0).
 */
export function ticketsByAccount(tickets: readonly Ticket[], options: { minimumOpen: number; accountId?: string }): AccountTickets[] {
  const byAccount = new Map<string, Ticket[]>();
  for (const ticket of tickets) {
    if (options.accountId !== undefined && ticket.accountId !== options.accountId) continue;
    const list = byAccount.get(ticket.accountId);
    if (list) list.push(ticket);
    else byAccount.set(ticket.accountId, [ticket]);
  }
  return [...byAccount]
    .map(([accountId, list]) => ({ accountId, tickets: list, openCount: list.filter((ticket) => isOpenStatus(ticket.status)).length }))
    .filter((group) => group.openCount >= options.minimumOpen)
    .sort((left, right) => right.openCount - left.openCount || right.tickets.length - left.tickets.length || left.accountId.localeCompare(right.accountId));
}
