import { SupportAIError } from '../../errors/supportai-error.js';

export const DAY_MS = 86_400_000;

/** A time range `[from, to)` as ISO strings or dates (an intent's resolved `period` fits). */
export interface ReportPeriodInput {
  from: string | Date;
  to: string | Date;
}

/** A resolved range in epoch milliseconds, `[fromMs, toMs)`. */
export interface ReportWindow {
  fromMs: number;
  toMs: number;
}

/** A range as reported back: ISO strings and its length in days. */
export interface ReportPeriod {
  from: string;
  to: string;
  days: number;
}

/**
 * The window a report covers: the given period, else the `defaultDays` ending at `now`.
 * @throws SupportAIError when a bound is not a date or `to` is not after `from`.
 */
export function resolveReportWindow(period: ReportPeriodInput | undefined, now: Date, defaultDays: number): ReportWindow {
  if (!period) return { fromMs: now.getTime() - defaultDays * DAY_MS, toMs: now.getTime() };
  const fromMs = toMs(period.from);
  const toMsValue = toMs(period.to);
  if (Number.isNaN(fromMs) || Number.isNaN(toMsValue) || toMsValue <= fromMs) {
    throw new SupportAIError('invalid_input', 'Invalid period', [{ path: 'period', message: 'from and to must be dates with to after from' }]);
  }
  return { fromMs, toMs: toMsValue };
}

/** The window of the same length just before `window` (for period-over-period change). */
export function previousWindow(window: ReportWindow): ReportWindow {
  return { fromMs: 2 * window.fromMs - window.toMs, toMs: window.fromMs };
}

export function windowDays(window: ReportWindow): number {
  return (window.toMs - window.fromMs) / DAY_MS;
}

export function describeWindow(window: ReportWindow): ReportPeriod {
  return { from: new Date(window.fromMs).toISOString(), to: new Date(window.toMs).toISOString(), days: windowDays(window) };
}

export type TrendGranularity = 'day' | 'week';

/** One trend bucket `[from, to)`; `partial` when the window ends before a whole bucket. */
export interface TrendBucket {
  from: string;
  to: string;
  partial: boolean;
}

/** Days for windows of up to `dailyUpToDays` days, weeks beyond. */
export function trendGranularity(window: ReportWindow, dailyUpToDays: number): TrendGranularity {
  return windowDays(window) <= dailyUpToDays ? 'day' : 'week';
}

/**
 * Buckets counted from the window's start (not calendar weeks), so every bucket but the last is whole
 * and no time zone is needed.
 */
export function trendBuckets(window: ReportWindow, granularity: TrendGranularity): { buckets: TrendBucket[]; sizeMs: number } {
  const sizeMs = granularity === 'day' ? DAY_MS : 7 * DAY_MS;
  const buckets: TrendBucket[] = [];
  for (let start = window.fromMs; start < window.toMs; start += sizeMs) {
    const end = Math.min(start + sizeMs, window.toMs);
    buckets.push({ from: new Date(start).toISOString(), to: new Date(end).toISOString(), partial: end - start < sizeMs });
  }
  return { buckets, sizeMs };
}

/** Index of the bucket holding `instantMs`, or -1 outside the window. */
export function bucketIndexOf(window: ReportWindow, sizeMs: number, instantMs: number): number {
  if (!(instantMs >= window.fromMs && instantMs < window.toMs)) return -1;
  return Math.floor((instantMs - window.fromMs) / sizeMs);
}

export function isInWindow(window: ReportWindow, instantMs: number | null): boolean {
  return instantMs !== null && instantMs >= window.fromMs && instantMs < window.toMs;
}

function toMs(value: string | Date): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}
