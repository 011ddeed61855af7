import type { Ticket } from '../../contracts/ticket.js';
import type { IndexedTicket } from './account-index.js';

/** Lower-cased texts of frozen tickets: frozen tickets cannot change, and dashboards scan the same ones again. */
const frozenTexts = new WeakMap<Ticket, string>();

/** The ticket's subject, description, category and tags in lower case, for keyword matching. */
export function lowerCaseTextOf(ticket: Ticket): string {
  const cached = frozenTexts.get(ticket);
  if (cached !== undefined) return cached;
  const text = `${ticket.subject} ${ticket.description} ${ticket.category} ${ticket.tags.join(' ')}`.toLowerCase();
  if (Object.isFrozen(ticket)) frozenTexts.set(ticket, text);
  return text;
}

/** The account's tickets created in `(nowMs − days, nowMs]`, newest first, reading only that tail of the sorted list. */
export function recentTickets(tickets: readonly IndexedTicket[], nowMs: number, days: number): IndexedTicket[] {
  const from = nowMs - days * 86_400_000;
  const recent: IndexedTicket[] = [];
  for (let position = tickets.length - 1; position >= 0; position -= 1) {
    const entry = tickets[position]!;
    if (entry.createdAtMs <= from) break;
    if (entry.createdAtMs <= nowMs) recent.push(entry);
  }
  return recent;
}
