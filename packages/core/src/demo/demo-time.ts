import { tzOffset } from '@date-fns/tz';

/** The demo's own "now": Friday 20 November 2026, 16:00 in Paris and 10:00 in New York, both open. */
export const DEMO_NOW = '2026-11-20T15:00:00Z';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

// Year, month and day of each UTC day number, computed once per day.
const civilDays = new Map<number, readonly [number, number, number]>();

let lastDayNumber = Number.NaN;
let lastCivilDay: readonly [number, number, number] = [1970, 1, 1];

function civilDayOf(dayNumber: number): readonly [number, number, number] {
  // Consecutive timestamps mostly fall on the same day.
  if (dayNumber === lastDayNumber) return lastCivilDay;
  let civil = civilDays.get(dayNumber);
  if (!civil) {
    const date = new Date(dayNumber * DAY_MS);
    civil = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    civilDays.set(dayNumber, civil);
  }
  lastDayNumber = dayNumber;
  lastCivilDay = civil;
  return civil;
}

const ZERO = 48;

/**
 * An instant as ISO-8601 in UTC with whole seconds (`2026-11-20T15:00:00Z`), for years 1000–9999. Written
 * digit by digit into one flat string: a million timestamps cost neither `Date` objects nor string ropes.
 */
export function isoInstant(epochMs: number): string {
  const seconds = Math.floor(epochMs / 1000);
  const dayNumber = Math.floor(seconds / 86_400);
  const [year, month, day] = civilDayOf(dayNumber);
  const secondOfDay = seconds - dayNumber * 86_400;
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  const second = secondOfDay % 60;
  return String.fromCharCode(
    ZERO + Math.floor(year / 1000), ZERO + (Math.floor(year / 100) % 10), ZERO + (Math.floor(year / 10) % 10), ZERO + (year % 10), 45,
    ZERO + Math.floor(month / 10), ZERO + (month % 10), 45, ZERO + Math.floor(day / 10), ZERO + (day % 10), 84,
    ZERO + Math.floor(hours / 10), ZERO + (hours % 10), 58, ZERO + Math.floor(minutes / 10), ZERO + (minutes % 10), 58,
    ZERO + Math.floor(second / 10), ZERO + (second % 10), 90,
  );
}

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export function isoDate(epochMs: number): string {
  return isoInstant(epochMs).slice(0, 10);
}

/** 00:00 UTC of the day holding `epochMs`. */
export function utcDayStart(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS) * DAY_MS;
}

/** Day of the week of a UTC day start: 0 Sunday … 6 Saturday. */
export function weekdayOf(dayStartMs: number): number {
  return new Date(dayStartMs).getUTCDay();
}

/**
 * Local wall-clock times of one IANA zone turned into instants. The offset is read once per day, at
 * local noon; that is exact except in the hour a clock change happens, which is close enough for
 * generated timestamps.
 */
export class LocalClock {
  private readonly offsetsByDay = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  /** The instant of `minuteOfDay` local minutes after midnight on the local date whose UTC start is `dayStartMs`. */
  at(dayStartMs: number, minuteOfDay: number): number {
    let offsetMinutes = this.offsetsByDay.get(dayStartMs);
    if (offsetMinutes === undefined) {
      offsetMinutes = tzOffset(this.timeZone, new Date(dayStartMs + 12 * HOUR_MS));
      this.offsetsByDay.set(dayStartMs, offsetMinutes);
    }
    return dayStartMs + (minuteOfDay - offsetMinutes) * MINUTE_MS;
  }
}
