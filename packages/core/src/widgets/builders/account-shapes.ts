import type { Account } from '../../contracts/account.js';
import { ForbiddenError, NotFoundError } from '../../errors/access-errors.js';
import type { AccountHealthReport, ChurnDriver, HealthMetricKey, HealthTrend, ScoreComponent, ScoreDriver } from '../../scoring/accounts/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { HealthComponentPayload, HealthDriverPayload, HealthTrendPayload } from '../payloads/account-payloads.js';
import { findByName } from './find-by-name.js';

const DAY_MS = 86_400_000;

/** The account the question named, within the scope; null when none was named. @throws NotFoundError when named but not in scope. */
export function namedAccountOf(context: AnswerContext): Account | null {
  const typed = context.params.accountName;
  if (!typed) return null;
  const account = findByName(context.scope.accounts, typed);
  if (!account) throw new NotFoundError('account', typed);
  return account;
}

/** Revenue and churn figures are for viewers who may see them. @throws ForbiddenError for the others (agents). */
export function requireRevenueVisible(context: AnswerContext, what: string): void {
  if (!context.scope.canSeeRevenue) throw new ForbiddenError(`${what} involves revenue figures, which are not shown to agents.`);
}

/** Calendar days from the UTC day of `nowMs` to a `YYYY-MM-DD` date: the account scores' own count. */
export { calendarDaysUntil as daysUntilDate } from '../../scoring/accounts/time-windows.js';

/** Days from now to the end of the asked period (at least 0), else `days`, else the default. */
export function forwardDaysOf(context: AnswerContext, defaultDays: number): number {
  const { params, now } = context;
  if (params.days !== undefined) return Math.round(params.days);
  if (params.period) return Math.max(0, Math.ceil((Date.parse(params.period.to) - now.getTime()) / DAY_MS));
  return defaultDays;
}

/** A health component as the payload carries it. */
export function componentPayload(component: ScoreComponent): HealthComponentPayload {
  return {
    metric: component.key as HealthMetricKey,
    label: component.label,
    value: component.rawValue,
    unit: component.unit,
    score: component.score,
    weight: component.weight,
    pointsLost: component.pointsLost,
    present: component.present,
    critical: component.critical,
    thresholds: component.thresholds === null ? null : { poor: component.thresholds.poor, good: component.thresholds.good },
    detail: component.detail,
  };
}

/** A health driver as the payload carries it. */
export function healthDriverPayload(driver: ScoreDriver): HealthDriverPayload {
  return { metric: driver.key as HealthMetricKey, reason: driver.reason, pointsLost: driver.pointsLost, value: driver.rawValue, score: driver.score, critical: driver.critical };
}

/** A churn driver as the payload carries it. */
export function churnDriverPayload(driver: ChurnDriver) {
  return { metric: driver.key, reason: driver.reason, critical: driver.critical, points: driver.pointsLost, contribution: driver.contribution, oddsMultiplier: driver.oddsMultiplier };
}

/** The Δ30 trend as the payload carries it. */
export function trendPayload(trend: HealthTrend): HealthTrendPayload {
  return {
    lookbackDays: trend.lookbackDays,
    previousAsOf: trend.previousAsOf,
    previousScore: trend.previousScore,
    previousBand: trend.previousBand,
    deltaPoints: trend.deltaPoints,
    arrow: trend.arrow,
    declining: trend.declining,
    reasons: trend.reasons,
  };
}

/** Worst health first; accounts without a score last. */
export function byHealthAscending(left: AccountHealthReport, right: AccountHealthReport): number {
  return (left.score ?? Infinity) - (right.score ?? Infinity) || left.accountName.localeCompare(right.accountName);
}
