import type { Ticket } from '../../contracts/ticket.js';

/**
 * Tickets of a list sorted by one of their instants, as two typed columns (position in the list, epoch ms):
 * 12 bytes a ticket instead of an object with a boxed number.
 */
export class TimeSortedTickets {
  constructor(
    private readonly tickets: readonly Ticket[],
    private readonly positions: Int32Array,
    private readonly instants: Float64Array,
  ) {}

  /** Sorts `positions` of `tickets` by `instants` (epoch ms, by position), stable. */
  static of(tickets: readonly Ticket[], positions: readonly number[], instantOf: (position: number) => number): TimeSortedTickets {
    const instants = positions.map(instantOf);
    const order = positions.map((_, rank) => rank).sort((left, right) => instants[left]! - instants[right]! || left - right);
    return new TimeSortedTickets(tickets, Int32Array.from(order, (rank) => positions[rank]!), Float64Array.from(order, (rank) => instants[rank]!));
  }

  get length(): number {
    return this.positions.length;
  }

  ticket(rank: number): Ticket {
    return this.tickets[this.positions[rank]!]!;
  }

  atMs(rank: number): number {
    return this.instants[rank]!;
  }

  /** The ranks `[first, end)` of the tickets with `fromMs <= atMs < toMs`, found by binary search. */
  range(fromMs: number, toMs: number): [first: number, end: number] {
    return [this.firstAtOrAfter(fromMs), this.firstAtOrAfter(toMs)];
  }

  private firstAtOrAfter(ms: number): number {
    let low = 0;
    let high = this.instants.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.instants[middle]! < ms) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** The ticket list indexed once: open tickets by assignee, solved / rated / created tickets by time. */
export interface TicketIndex {
  openByAssignee: Map<string, Ticket[]>;
  /** Solved or closed tickets by `solvedAt`. */
  solvedByTime: TimeSortedTickets;
  /** Rated tickets by `csat.ratedAt`. */
  ratedByTime: TimeSortedTickets;
  /** Every ticket by `createdAt`. */
  createdByTime: TimeSortedTickets;
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
  const solved: number[] = [];
  const rated: number[] = [];
  const every: number[] = [];
  tickets.forEach((ticket, position) => {
    every.push(position);
    if (ticket.csat) rated.push(position);
    if (SOLVED.has(ticket.status)) {
      if (ticket.solvedAt !== null) solved.push(position);
    } else if (ticket.assigneeId !== null) {
      const queue = openByAssignee.get(ticket.assigneeId);
      if (queue) queue.push(ticket);
      else openByAssignee.set(ticket.assigneeId, [ticket]);
    }
  });
  const index: TicketIndex = {
    openByAssignee,
    solvedByTime: TimeSortedTickets.of(tickets, solved, (position) => Date.parse(tickets[position]!.solvedAt!)),
    ratedByTime: TimeSortedTickets.of(tickets, rated, (position) => Date.parse(tickets[position]!.csat!.ratedAt)),
    createdByTime: TimeSortedTickets.of(tickets, every, (position) => Date.parse(tickets[position]!.createdAt)),
  };
  if (Object.isFrozen(tickets)) indexes.set(tickets, index);
  return index;
}

/** Whether a ticket's status is solved or closed. */
export function isSolvedStatus(status: Ticket['status']): boolean {
  return SOLVED.has(status);
}
