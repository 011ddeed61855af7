// Shared builders for the SLA engine tests. Not exported from the package.
import type { BusinessCalendar, InstantInput, SlaPolicy, TicketEventInput } from '../../index.js';

type Window = [string, string];

/** The same opening windows Monday to Friday. */
export function weekdays(timezone: string, windows: Window[], holidays?: string[]): BusinessCalendar {
  const weekly = { mon: windows, tue: windows, wed: windows, thu: windows, fri: windows };
  return holidays ? { timezone, weekly, holidays } : { timezone, weekly };
}

/** The same opening windows on all seven days. */
export function everyDay(timezone: string, windows: Window[], holidays?: string[]): BusinessCalendar {
  const weekly = { sun: windows, mon: windows, tue: windows, wed: windows, thu: windows, fri: windows, sat: windows };
  return holidays ? { timezone, weekly, holidays } : { timezone, weekly };
}

/** 09:00–17:00 Monday to Friday, UTC. */
export const NINE_TO_FIVE_UTC: BusinessCalendar = weekdays('UTC', [['09:00', '17:00']]);

/** The engine's ISO output for an instant (`2026-03-02T10:00:00.000Z`). */
export function iso(instant: InstantInput): string {
  return new Date(instant).toISOString();
}

/**
 * An instant on a day of the reference week (UTC). Monday 2026-03-02 is day 0.
 * @example on(0, '09:00') // '2026-03-02T09:00:00Z'; on(4, '16:59:30') // Friday 2026-03-06
 */
export function on(day: number, time: string): string {
  const base = Date.UTC(2026, 2, 2 + day);
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
  return new Date(base + ((hours * 60 + minutes) * 60 + seconds) * 1000).toISOString().replace('.000Z', 'Z');
}

/** An instant on Monday 2026-03-02, UTC. */
export function mon(time: string): string {
  return on(0, time);
}

/** Seconds between two instants, for writing expected deadlines. */
export function secondsBetween(from: InstantInput, to: InstantInput): number {
  return (new Date(to).getTime() - new Date(from).getTime()) / 1000;
}

export const ev = {
  created: (at: InstantInput, extra: Partial<Extract<TicketEventInput, { type: 'created' }>> = {}): TicketEventInput => ({
    type: 'created',
    at,
    by: 'customer',
    ...extra,
  }),
  customer: (at: InstantInput): TicketEventInput => ({ type: 'customer_message', at }),
  reply: (at: InstantInput): TicketEventInput => ({ type: 'agent_reply', at }),
  note: (at: InstantInput): TicketEventInput => ({ type: 'agent_note', at }),
  status: (at: InstantInput, to: 'new' | 'open' | 'pending' | 'on_hold' | 'solved' | 'closed'): TicketEventInput => ({ type: 'status', at, to }),
  priority: (at: InstantInput, to: 'low' | 'normal' | 'high' | 'urgent'): TicketEventInput => ({ type: 'priority', at, to }),
  assign: (at: InstantInput, assigneeId: string | null): TicketEventInput => ({ type: 'assignment', at, assigneeId }),
};

/** A policy with one calendar-time target per metric (any priority). */
export function policyOf(targets: SlaPolicy['targets'], extra: Omit<SlaPolicy, 'targets'> = {}): SlaPolicy {
  return { targets, ...extra };
}
