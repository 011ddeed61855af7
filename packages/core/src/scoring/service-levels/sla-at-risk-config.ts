/**
 * Defaults of the tickets-at-risk ranking (SCORING §4.3). Override any field per call.
 * - History: the same metric × priority clocks of the last `historyDays` (90), closed ones observed and
 *   running ones censored, most recent first, at most `historySampleLimit` (1000) per curve — enough for
 *   a Kaplan–Meier estimate within a few points, and it bounds the work on large datasets.
 * - Queue: the assignee's replies per business hour over `replyRateDays` (14). Without any calendar an
 *   agent is taken to work `fallbackBusinessHoursPerDay` (8 h × 5/7 days ≈ 5.71 h per calendar day).
 */
export const DEFAULT_SLA_AT_RISK_CONFIG = {
  version: 'sla-at-risk/1',
  /** Only clocks whose deadline falls within the next N hours. @default 24 */
  horizonHours: 24,
  /** @default 20 */
  limit: 20,
  /** @default 90 */
  historyDays: 90,
  /** @default 1000 */
  historySampleLimit: 1000,
  /** Fewest history clocks to estimate from (predictBreach). @default 20 */
  minHistory: 20,
  /** `high` at or above the first, `medium` at or above the second. @default [0.6, 0.3] */
  bandThresholds: [0.6, 0.3] as readonly [number, number],
  /** @default 14 */
  replyRateDays: 14,
  /** @default 40 / 7 */
  fallbackBusinessHoursPerDay: 40 / 7,
  /** List clocks that have already breached but are still running. @default false */
  includeBreached: false,
};

export type SlaAtRiskConfig = typeof DEFAULT_SLA_AT_RISK_CONFIG;

/** The key of a Kaplan–Meier curve: metric and the priority the clock started under. */
export function survivalKey(metric: string, priority: string | null): string {
  return `${metric}|${priority ?? 'none'}`;
}
