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
  if (input === lastValidated.text) return lastValidated.seconds;
  const result = InstantInputSchema.safeParse(input);
  if (!result.success) throw new SlaInputError('Invalid instant', toInputIssues(result.error.issues, field));
  const seconds = parseIsoSeconds(input);
  lastValidated = { text: input, seconds };
  return seconds;
}

let lastValidated = { text: '', seconds: 0 };

/** Like `toEpochSeconds` for input a schema has already validated. */
export function validatedEpochSeconds(input: string | Date): number {
  return input instanceof Date ? Math.floor(input.getTime() / 1000) : parseIsoSeconds(input);
}

/**
 * Reads `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`, the shape `IsoDateTimeSchema` accepts, to epoch seconds.
 * Faster than `Date.parse`, which matters when replaying 100k timelines.
 */
function parseIsoSeconds(text: string): number {
  const digits = (from: number, length: number): number => {
    let value = 0;
    for (let index = from; index < from + length; index += 1) value = value * 10 + (text.charCodeAt(index) - 48);
    return value;
  };
  let index = 19;
  if (text.charCodeAt(index) === 46 /* . */) {
    index += 1;
    while (index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index += 1;
  }
  let offset = 0;
  const sign = text[index];
  if (sign === '+' || sign === '-') offset = (sign === '-' ? -1 : 1) * (digits(index + 1, 2) * 3600 + digits(index + 4, 2) * 60);
  const year = digits(0, 4);
  // Date.UTC reads years 0–99 as 1900–1999.
  if (year < 100) return Math.floor(Date.parse(text) / 1000);
  const utcMilliseconds = Date.UTC(year, digits(5, 2) - 1, digits(8, 2), digits(11, 2), digits(14, 2), digits(17, 2));
  return utcMilliseconds / 1000 - offset;
}

/**
 * Epoch seconds as an ISO-8601 UTC string (`2026-03-09T13:00:00.000Z`), the same text as
 * `Date#toISOString`, written directly because it sits on the engine's hot path.
 */
export function toIsoString(epochSeconds: number): string {
  const days = Math.floor(epochSeconds / SECONDS_PER_DAY);
  const secondOfDay = epochSeconds - days * SECONDS_PER_DAY;
  // Civil date from a day count (proleptic Gregorian, eras of 400 years).
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(epochSeconds * 1000).toISOString();
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const second = secondOfDay % 60;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.000Z`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
