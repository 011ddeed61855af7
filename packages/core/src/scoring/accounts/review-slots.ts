import { localDayNumber, SECONDS_PER_DAY, wallTimeToEpochSeconds, weekdayOfDayNumber } from '../../sla/time-zone.js';
import { isKnownTimeZone } from '../../contracts/business-calendar.js';
import { DAY_MS } from './time-windows.js';

/** How review slots are proposed. */
export interface ReviewSlotOptions {
  /** Earliest slot this many days after now (exec calendars). @default 21 */
  minimumLeadDays: number;
  /** @default 3 */
  slotCount: number;
  /** Local start time `HH:MM`. @default '10:00' */
  localTime: string;
  /** @default 60 */
  durationMinutes: number;
  /** Zone of the local time; unknown zones fall back to UTC. */
  timeZone: string;
  /** Local `YYYY-MM-DD` days to skip (the CSM's calendar holidays). */
  holidays?: readonly string[];
  /** Intervals (epoch ms) the CSM is already booked; overlapping days are skipped. */
  busy?: readonly { startMs: number; endMs: number }[];
}

export interface ReviewSlot {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/**
 * Proposes slots on consecutive business days (Monday–Friday, no holiday, no clash) at a local time, starting
 * on the local date `minimumLeadDays` after `nowMs`. Pure: the dates are returned, nothing is booked.
 */
export function proposeReviewSlots(nowMs: number, options: ReviewSlotOptions): ReviewSlot[] {
  const timeZone = isKnownTimeZone(options.timeZone) ? options.timeZone : 'UTC';
  const [hours = 10, minutes = 0] = options.localTime.split(':').map(Number);
  const holidays = new Set(options.holidays ?? []);
  const slots: ReviewSlot[] = [];
  let day = localDayNumber(timeZone, Math.floor((nowMs + options.minimumLeadDays * DAY_MS) / 1000));
  // A year of days is far more than enough for a handful of slots; the bound keeps a bad calendar from looping forever.
  for (let tries = 0; slots.length < options.slotCount && tries < 366; tries += 1, day += 1) {
    const weekday = weekdayOfDayNumber(day);
    if (weekday === 0 || weekday === 6) continue;
    if (holidays.has(new Date(day * SECONDS_PER_DAY * 1000).toISOString().slice(0, 10))) continue;
    const startMs = wallTimeToEpochSeconds(timeZone, day, hours * 60 + minutes) * 1000;
    // Never before the lead time, even when the local date starts earlier than the instant.
    if (startMs < nowMs + options.minimumLeadDays * DAY_MS) continue;
    const endMs = startMs + options.durationMinutes * 60_000;
    if (options.busy?.some((interval) => interval.startMs < endMs && interval.endMs > startMs)) continue;
    slots.push({ startsAt: new Date(startMs).toISOString(), endsAt: new Date(endMs).toISOString(), timeZone });
  }
  return slots;
}
