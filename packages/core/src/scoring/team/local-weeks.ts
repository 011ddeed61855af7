import { WEEKDAYS, type Weekday } from '../../contracts/business-calendar.js';
import { localDayNumber, wallTimeToEpochSeconds, weekdayOfDayNumber } from '../../sla/time-zone.js';

/** One local calendar day in a zone: its date and the instants it starts and ends at. */
export interface LocalDay {
  /** `YYYY-MM-DD` in the zone. */
  date: string;
  weekday: Weekday;
  startMs: number;
  endMs: number;
}

/** Monday-first weekday order, as weeks are laid out. */
export const MONDAY_FIRST: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The local day number (days since 1970-01-01) of the Monday of the week containing `ms`. */
export function mondayOf(timeZone: string, ms: number): number {
  const day = localDayNumber(timeZone, Math.floor(ms / 1000));
  return day - ((weekdayOfDayNumber(day) + 6) % 7);
}

/** `count` consecutive local days from day number `firstDay`, with their start and end instants (DST-aware). */
export function localDays(timeZone: string, firstDay: number, count: number): LocalDay[] {
  const days: LocalDay[] = [];
  for (let day = firstDay; day < firstDay + count; day += 1) {
    days.push({
      date: new Date(day * 86_400_000).toISOString().slice(0, 10),
      weekday: WEEKDAYS[weekdayOfDayNumber(day)]!,
      startMs: wallTimeToEpochSeconds(timeZone, day, 0) * 1000,
      endMs: wallTimeToEpochSeconds(timeZone, day + 1, 0) * 1000,
    });
  }
  return days;
}

/** Index of the day containing `ms` in a list of consecutive days, or -1 outside them (binary search). */
export function dayIndexOf(days: readonly LocalDay[], ms: number): number {
  let low = 0;
  let high = days.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const day = days[middle]!;
    if (ms < day.startMs) high = middle - 1;
    else if (ms >= day.endMs) low = middle + 1;
    else return middle;
  }
  return -1;
}
