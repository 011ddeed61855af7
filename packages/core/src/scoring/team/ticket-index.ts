import type { Ticket } from '../../contracts/ticket.js';

/** A ticket with one of its instants parsed, in a list sorted by that instant. */
export interface TimedTicket {
  ticket: Ticket;
  atMs: number;
}

/** The ticket list indexed once: open tickets by assignee, solved / rated / created tickets by time. */
export interface TicketIndex {
  openByAssignee: Map<string, Ticket[]>;
  /** Solved or closed tickets by `solvedAt`. */
  solvedByTime: TimedTicket[];
  /** Rated tickets by `csat.ratedAt`. */
  ratedByTime: TimedTicket[];
  /** Every ticket by `createdAt`. */
  createdByTime: TimedTicket[];
}

const SOLVED: ReadonlySet<Ticket['status']> = new Set(['solved', 'closed']);
const indexes = new WeakMap<readonly Ticket[], TicketIndex>();

/**
 * Indexes a ticket list in one pass. A frozen list (data sources hand those out) is indexed once and
 * remembered, so each dashboard refresh reuses it; a list that could change is indexed every call.
 */
export function indexTickets(tickets: readonly Ticket[]): TicketIndex {
  const cached = indexes.get(tickets);
  if (cached) return cached;
  const openByAssignee = new Map<string, Ticket[]>();
  const solvedByTime: TimedTicket[] = [];
  const ratedByTime: TimedTicket[] = [];
  const createdByTime: TimedTicket[] = [];
  for (const ticket of tickets) {
    createdByTime.push({ ticket, atMs: Date.parse(ticket.createdAt) });
    if (ticket.csat) ratedByTime.push({ ticket, atMs: Date.parse(ticket.csat.ratedAt) });
    if (SOLVED.has(ticket.status)) {
      if (ticket.solvedAt !== null) solvedByTime.push({ ticket, atMs: Date.parse(ticket.solvedAt) });
    } else if (ticket.assigneeId !== null) {
      const queue = openByAssignee.get(ticket.assigneeId);
      if (queue) queue.push(ticket);
      else openByAssignee.set(ticket.assigneeId, [ticket]);
    }
  }
  const byTime = (left: TimedTicket, right: TimedTicket) => left.atMs - right.atMs;
  const index = { openByAssignee, solvedByTime: solvedByTime.sort(byTime), ratedByTime: ratedByTime.sort(byTime), createdByTime: createdByTime.sort(byTime) };
  if (Object.isFrozen(tickets)) indexes.set(tickets, index);
  return index;
}

/** The entries of a time-sorted list with `fromMs <= atMs < toMs`, found by binary search. */
export function between(list: readonly TimedTicket[], fromMs: number, toMs: number): TimedTicket[] {
  return list.slice(firstAtOrAfter(list, fromMs), firstAtOrAfter(list, toMs));
}

function firstAtOrAfter(list: readonly TimedTicket[], ms: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.atMs < ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a ticket's status is solved or closed. */
export function isSolvedStatus(status: Ticket['status']): boolean {
  return SOLVED.has(status);
}
