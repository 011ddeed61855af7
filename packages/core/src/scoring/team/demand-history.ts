import { dayIndexOf, localDays, mondayOf, type LocalDay } from './local-weeks.js';
import { ticketInScope, type TeamScope } from './team-scope.js';
import type { TicketIndex } from './ticket-index.js';

/** Tickets created per local day over the complete weeks before this one. */
export interface DemandHistory {
  weeksUsed: number;
  /** Local date of each week's Monday, oldest first. */
  weekStarts: string[];
  /** Tickets per day, one row of seven (Monday first) per week, oldest first. */
  weeks: number[][];
}

/**
 * Counts the scope's tickets per local day (in `timezone`) over up to `maxWeeks` complete weeks before
 * the week of `nowMs`. The week the data starts in is partial and left out, unless the first ticket
 * came at its very start. AI-resolved tickets are left out: they took no agent time.
 */
export function demandHistory(index: TicketIndex, scope: TeamScope, timezone: string, nowMs: number, maxWeeks: number): DemandHistory {
  const thisMonday = mondayOf(timezone, nowMs);
  const weeksUsed = completeWeeks(index, scope, timezone, thisMonday, maxWeeks);
  const days = localDays(timezone, thisMonday - 7 * weeksUsed, 7 * weeksUsed);
  const counts = countPerDay(index, scope, days);
  return {
    weeksUsed,
    weekStarts: Array.from({ length: weeksUsed }, (_, week) => days[week * 7]!.date),
    weeks: Array.from({ length: weeksUsed }, (_, week) => counts.slice(week * 7, week * 7 + 7)),
  };
}

function completeWeeks(index: TicketIndex, scope: TeamScope, timezone: string, thisMonday: number, maxWeeks: number): number {
  const created = index.createdByTime;
  let firstRank = 0;
  while (firstRank < created.length && !ticketInScope(created.ticket(firstRank), scope)) firstRank += 1;
  if (firstRank === created.length) return 0;
  const firstAtMs = created.atMs(firstRank);
  const firstMonday = mondayOf(timezone, firstAtMs);
  const startsAtMonday = localDays(timezone, firstMonday, 1)[0]!.startMs === firstAtMs;
  const firstFullMonday = startsAtMonday ? firstMonday : firstMonday + 7;
  return Math.max(0, Math.min(maxWeeks, Math.floor((thisMonday - firstFullMonday) / 7)));
}

function countPerDay(index: TicketIndex, scope: TeamScope, days: readonly LocalDay[]): number[] {
  const counts = days.map(() => 0);
  if (days.length === 0) return counts;
  const [first, end] = index.createdByTime.range(days[0]!.startMs, days[days.length - 1]!.endMs);
  for (let rank = first; rank < end; rank += 1) {
    const ticket = index.createdByTime.ticket(rank);
    const atMs = index.createdByTime.atMs(rank);
    if (ticket.resolvedBy === 'ai' || !ticketInScope(ticket, scope)) continue;
    const day = dayIndexOf(days, atMs);
    if (day >= 0) counts[day]! += 1;
  }
  return counts;
}
