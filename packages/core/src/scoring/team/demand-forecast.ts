import { mean, theilSenSlope } from '../statistics.js';

/** Next week's tickets per weekday from past weeks, with the trend that scaled them. */
export interface DemandForecast {
  /** Tickets per past week, oldest first. */
  weeklyTotals: number[];
  /** Seasonal-naive average per weekday (Monday first). */
  averageByWeekday: number[];
  /** Theil–Sen slope of the weekly totals, tickets per week; null with fewer than two weeks. */
  slopeTicketsPerWeek: number | null;
  /** Multiplier applied to every weekday average. */
  trendFactor: number;
  /** Whether the raw trend fell outside the bounds and was clipped. */
  trendBounded: boolean;
  /** Expected tickets per weekday next week (Monday first). */
  forecastByWeekday: number[];
}

/**
 * Seasonal-naive forecast with a simple trend: each weekday's average over the past weeks, times
 * `trend = (mean weekly total + slope × (K + 1) / 2) / mean weekly total`, where the slope is the
 * robust Theil–Sen slope of the K weekly totals: the mean sits at the middle of the K weeks, and
 * next week is (K + 1) / 2 weeks later. The trend is clipped to `bounds` so one odd week cannot swing it.
 * @example forecastDemand([[10, 10, 10, 10, 10, 0, 0], [12, 12, 12, 12, 12, 0, 0]], [0.75, 1.25]).trendFactor // 1.27 → 1.25
 */
export function forecastDemand(weeks: readonly (readonly number[])[], bounds: readonly [number, number]): DemandForecast {
  const weeklyTotals = weeks.map((week) => week.reduce((total, count) => total + count, 0));
  const averageByWeekday = Array.from({ length: 7 }, (_, weekday) => mean(weeks.map((week) => week[weekday] ?? 0)) ?? 0);
  const slopeTicketsPerWeek = theilSenSlope(weeklyTotals);
  const meanWeekly = mean(weeklyTotals) ?? 0;
  const rawFactor = slopeTicketsPerWeek === null || meanWeekly <= 0 ? 1 : (meanWeekly + (slopeTicketsPerWeek * (weeks.length + 1)) / 2) / meanWeekly;
  const trendFactor = Math.min(bounds[1], Math.max(bounds[0], rawFactor));
  return {
    weeklyTotals,
    averageByWeekday,
    slopeTicketsPerWeek,
    trendFactor,
    trendBounded: trendFactor !== rawFactor,
    forecastByWeekday: averageByWeekday.map((average) => average * trendFactor),
  };
}
