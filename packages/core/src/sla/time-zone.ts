import { tzOffset } from '@date-fns/tz';

/** Seconds in a civil day; local dates are counted as days since 1970-01-01. */
export const SECONDS_PER_DAY = 86_400;

/** The zone's UTC offset in seconds at an instant (rules from the runtime's tz database via @date-fns/tz). */
export function offsetSeconds(timeZone: string, epochSeconds: number): number {
  return Math.round(tzOffset(timeZone, new Date(epochSeconds * 1000)) * 60);
}

/** The local date (days since 1970-01-01) of an instant in a zone. */
export function localDayNumber(timeZone: string, epochSeconds: number): number {
  return Math.floor((epochSeconds + offsetSeconds(timeZone, epochSeconds)) / SECONDS_PER_DAY);
}

/** Day number of a `YYYY-MM-DD` local date. */
export function dayNumberOfIsoDate(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 1000 / SECONDS_PER_DAY);
}

/** Day of week of a day number, 0 = Sunday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * The instant of a local wall-clock time, disambiguated like Temporal's `'compatible'`:
 * a time skipped by a forward jump moves forward by the gap; a repeated time takes the earlier instant.
 */
export function wallTimeToEpochSeconds(timeZone: string, dayNumber: number, minuteOfDay: number): number {
  const wallSeconds = dayNumber * SECONDS_PER_DAY + minuteOfDay * 60;
  // Offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = offsetSeconds(timeZone, wallSeconds - SECONDS_PER_DAY);
  const offsetAfter = offsetSeconds(timeZone, wallSeconds + SECONDS_PER_DAY);
  if (offsetBefore === offsetAfter) return wallSeconds - offsetBefore;
  const earlierCandidate = wallSeconds - Math.max(offsetBefore, offsetAfter);
  const laterCandidate = wallSeconds - Math.min(offsetBefore, offsetAfter);
  const earlierValid = offsetSeconds(timeZone, earlierCandidate) === Math.max(offsetBefore, offsetAfter);
  if (earlierValid) return earlierCandidate;
  const laterValid = offsetSeconds(timeZone, laterCandidate) === Math.min(offsetBefore, offsetAfter);
  if (laterValid) return laterCandidate;
  // In a gap: read the wall time with the offset in force before the jump, which lands after it.
  return wallSeconds - offsetBefore;
}
