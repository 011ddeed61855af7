import { InstantInputSchema, type InstantInput } from '../contracts/common.js';
import { toInputIssues } from '../contracts/parse.js';
import { SlaInputError } from './errors.js';
import { SECONDS_PER_DAY } from './time-zone.js';

/**
 * Converts an ISO-8601 string with offset or a `Date` to whole epoch seconds (the engine's unit).
 * Sub-second parts are dropped; nothing is rounded to minutes.
 */
export function toEpochSeconds(input: InstantInput, field: string): number {
  if (input instanceof Date) {
    const milliseconds = input.getTime();
    if (Number.isNaN(milliseconds)) throw new SlaInputError('Invalid instant', [{ path: field, message: 'must be a valid Date' }]);
    return Math.floor(milliseconds / 1000);
  }
  // Callers evaluating many tickets pass the same `now` again and again.
  if (lastValidated !== null && input === lastValidated.text) return lastValidated.seconds;
  const result = InstantInputSchema.safeParse(input);
  if (!result.success) throw new SlaInputError('Invalid instant', toInputIssues(result.error.issues, field));
  const seconds = parseIsoSeconds(input);
  lastValidated = { text: input, seconds };
  return seconds;
}

let lastValidated: { text: string; seconds: number } | null = null;

/** Like `toEpochSeconds` for input a schema has already validated. */
export function validatedEpochSeconds(input: string | Date): number {
  return input instanceof Date ? Math.floor(input.getTime() / 1000) : parseIsoSeconds(input);
}

/**
 * Reads `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`, the shape `IsoDateTimeSchema` accepts, to epoch seconds.
 * Faster than `Date.parse`, which matters when replaying 100k timelines.
 */
function parseIsoSeconds(text: string): number {
  let index = 19;
  if (text.charCodeAt(index) === 46 /* . */) {
    index += 1;
    while (index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index += 1;
  }
  let offset = 0;
  const sign = text[index];
  if (sign === '+' || sign === '-') offset = (sign === '-' ? -1 : 1) * (readDigits(text, index + 1, 2) * 3600 + readDigits(text, index + 4, 2) * 60);
  const year = readDigits(text, 0, 4);
  // Date.UTC reads years 0–99 as 1900–1999.
  if (year < 100) return Math.floor(Date.parse(text) / 1000);
  const utcMilliseconds = Date.UTC(year, readDigits(text, 5, 2) - 1, readDigits(text, 8, 2), readDigits(text, 11, 2), readDigits(text, 14, 2), readDigits(text, 17, 2));
  return utcMilliseconds / 1000 - offset;
}

/**
 * Epoch seconds as an ISO-8601 UTC string (`2026-03-09T13:00:00.000Z`), the same text as
 * `Date#toISOString`. Built from a cached date part and a cached time-of-day part: the engine writes
 * three of these per clock, and deadlines cluster on the same opening times.
 */
export function toIsoString(epochSeconds: number): string {
  const days = Math.floor(epochSeconds / SECONDS_PER_DAY);
  // Outside years 0001–9999 the ISO text changes shape; leave those to Date.
  if (days < -719_162 || days > 2_932_896) return new Date(epochSeconds * 1000).toISOString();
  let datePart = days === lastDay ? lastDatePart : datePartByDay.get(days);
  if (datePart === undefined) {
    datePart = new Date(days * SECONDS_PER_DAY * 1000).toISOString().slice(0, 11);
    // Services work over a bounded range of dates; the bound only guards against pathological input.
    if (datePartByDay.size > 20_000) datePartByDay.clear();
    datePartByDay.set(days, datePart);
  }
  lastDay = days;
  lastDatePart = datePart;
  const secondOfDay = epochSeconds - days * SECONDS_PER_DAY;
  let timePart = timePartBySecond[secondOfDay];
  if (timePart === undefined) {
    timePart = timePartOf(secondOfDay);
    timePartBySecond[secondOfDay] = timePart;
  }
  return datePart + timePart;
}

const datePartByDay = new Map<number, string>();
let lastDay = Number.NaN;
let lastDatePart = '';
const timePartBySecond: (string | undefined)[] = new Array(SECONDS_PER_DAY);

/**
 * `HH:MM:SS.000Z` written character by character: one flat 13-character string. (A slice of
 * `toISOString()` would keep the whole 24-character string alive behind it, for up to 86,400 cached seconds.)
 */
function timePartOf(secondOfDay: number): string {
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  const seconds = secondOfDay % 60;
  const digit = (value: number) => 48 + value;
  return String.fromCharCode(
    digit(Math.floor(hours / 10)), digit(hours % 10), 58,
    digit(Math.floor(minutes / 10)), digit(minutes % 10), 58,
    digit(Math.floor(seconds / 10)), digit(seconds % 10), 46, 48, 48, 48, 90,
  );
}

function readDigits(text: string, from: number, length: number): number {
  let value = 0;
  for (let index = from; index < from + length; index += 1) value = value * 10 + (text.charCodeAt(index) - 48);
  return value;
}
