import type { Ticket } from '../../contracts/ticket.js';
import type { ReportWindow } from './report-window.js';

/** Statuses whose tickets are still being worked (every SLA clock can still move). */
export const OPEN_STATUSES: ReadonlySet<Ticket['status']> = new Set(['new', 'open', 'pending', 'on_hold']);

/** Parsed instants of a ticket list, by position: parse each ISO string at most once per list. */
export interface TicketTimeIndex {
  tickets: readonly Ticket[];
  /** `createdAt` in epoch ms, by position. */
  createdMs: Float64Array;
  /** Positions of tickets not solved or closed. */
  openPositions: readonly number[];
  solvedMs(position: number): number | null;
  updatedMs(position: number): number;
  /** When the CSAT rating was given; null when the ticket has none. */
  ratedMs(position: number): number | null;
  /** Positions of tickets created in `[fromMs, toMs)`, in list order. */
  createdIn(window: ReportWindow): number[];
}

const NOT_PARSED = Number.NEGATIVE_INFINITY;
const indexes = new WeakMap<readonly Ticket[], TicketTimeIndex>();

/**
 * The time index of a ticket list, built in one pass and remembered per list object: a dashboard that
 * runs several reports over the same data parses `createdAt` once. Other dates are parsed on first use.
 * Treat the list as immutable once indexed.
 */
export function ticketTimeIndex(tickets: readonly Ticket[]): TicketTimeIndex {
  const cached = indexes.get(tickets);
  if (cached) return cached;
  const count = tickets.length;
  const createdMs = new Float64Array(count);
  const openPositions: number[] = [];
  for (let position = 0; position < count; position += 1) {
    const ticket = tickets[position]!;
    createdMs[position] = Date.parse(ticket.createdAt);
    if (OPEN_STATUSES.has(ticket.status)) openPositions.push(position);
  }
  const lazy = (read: (ticket: Ticket) => string | null | undefined) => {
    const values = new Float64Array(count).fill(NOT_PARSED);
    return (position: number): number | null => {
      let value = values[position]!;
      if (value === NOT_PARSED) {
        const text = read(tickets[position]!);
        value = text ? Date.parse(text) : Number.NaN;
        values[position] = value;
      }
      return Number.isNaN(value) ? null : value;
    };
  };
  const solvedMs = lazy((ticket) => ticket.solvedAt);
  const updatedOrNull = lazy((ticket) => ticket.updatedAt);
  const index: TicketTimeIndex = {
    tickets,
    createdMs,
    openPositions,
    solvedMs,
    updatedMs: (position) => updatedOrNull(position) ?? createdMs[position]!,
    ratedMs: lazy((ticket) => ticket.csat?.ratedAt),
    createdIn: (window) => {
      const positions: number[] = [];
      for (let position = 0; position < count; position += 1) {
        const created = createdMs[position]!;
        if (created >= window.fromMs && created < window.toMs) positions.push(position);
      }
      return positions;
    },
  };
  indexes.set(tickets, index);
  return index;
}
