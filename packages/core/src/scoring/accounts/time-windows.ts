/** Time arithmetic shared by the account scores; every instant is epoch milliseconds (UTC). */

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Whether `atMs` lies in the `days` before `asOfMs`: `(asOf − days, asOf]`. */
export function inLastDays(atMs: number, asOfMs: number, days: number): boolean {
  return atMs <= asOfMs && atMs > asOfMs - days * DAY_MS;
}

/** Whole and fractional days from `fromMs` to `toMs`. */
export function daysBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / DAY_MS;
}

/** Epoch ms of a `YYYY-MM-DD` date at 00:00 UTC. */
export function dateStartMs(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

/** Calendar days from the UTC date of `now` to a `YYYY-MM-DD` date (0 on the day, negative once past). */
export function calendarDaysUntil(date: string, nowMs: number): number {
  return Math.round((dateStartMs(date) - Math.floor(nowMs / DAY_MS) * DAY_MS) / DAY_MS);
}

/** `value` clamped to `[low, high]`. */
export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Rounds to `digits` decimals, for stable numbers in explanations. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
