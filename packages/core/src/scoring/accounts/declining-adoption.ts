import { kendallTau, median, theilSenSlope } from '../statistics.js';
import { type AccountDataIndex, type AccountScoringData, type AccountSlices, indexAccountData } from './account-index.js';
import { roundTo } from './time-windows.js';
import { meanOfPresent, presentValues, type WeeklyUsage, weeklyUsage } from './weekly-usage.js';

/** Thresholds of the declining-adoption view (SCORING §1.2 "Declining product adoption"). */
export interface AdoptionDeclineConfig {
  version: string;
  /** Length of the weekly series. @default 12 */
  weeks: number;
  /** The "last" span compared with the same span before it. @default 4 */
  recentWeeks: number;
  /** Flag when mean(last) ≤ this × mean(prior). @default 0.8 */
  maximumRecentToPriorRatio: number;
  /** Trend rule: Kendall τ at most this … @default -0.3 */
  maximumKendallTau: number;
  /** … and the Theil–Sen slope at most this percent of the series median per week. @default -3 */
  maximumSlopePercentOfMedianPerWeek: number;
  /** The trend rule needs at least this many weeks with data. @default 6 */
  minimumWeeksForTrend: number;
  /** No account-level flag when the prior mean is under this many users (small numbers swing). @default 5 */
  minimumPriorMeanUsers: number;
  /** A feature used in ≥ `minimumWeeksUsed` of the `priorWeeks` before the last `silentWeeks`, and in none of those, is declining. */
  feature: { priorWeeks: number; minimumWeeksUsed: number; silentWeeks: number };
}

export const DEFAULT_ADOPTION_DECLINE_CONFIG: AdoptionDeclineConfig = {
  version: 'adoption-decline-2026.1',
  weeks: 12,
  recentWeeks: 4,
  maximumRecentToPriorRatio: 0.8,
  maximumKendallTau: -0.3,
  maximumSlopePercentOfMedianPerWeek: -3,
  minimumWeeksForTrend: 6,
  minimumPriorMeanUsers: 5,
  feature: { priorWeeks: 4, minimumWeeksUsed: 3, silentWeeks: 2 },
};

export interface FeatureDecline {
  feature: string;
  weeksUsedOfPrior: number;
  /** Uses in the prior weeks, oldest first (null: no snapshot that week). */
  priorWeeklyUses: (number | null)[];
  reason: string;
}

/** The adoption trend of one account with the rules that fired and the numbers behind them. */
export interface AdoptionTrend {
  weeklyActiveUsers: (number | null)[];
  recentMeanUsers: number | null;
  priorMeanUsers: number | null;
  /** mean(last) / mean(prior). */
  recentToPriorRatio: number | null;
  kendallTau: number | null;
  /** Computed when τ meets the trend rule (otherwise null: the rule cannot fire). */
  theilSenSlopeUsersPerWeek: number | null;
  slopePercentOfMedianPerWeek: number | null;
  ratioRule: boolean;
  trendRule: boolean;
  /** Prior mean under the minimum: the account-level flag is withheld. */
  suppressed: boolean;
  declining: boolean;
  decliningFeatures: FeatureDecline[];
  reasons: string[];
  configVersion: string;
}

/** Applies the ratio and trend rules to a weekly series, and the per-feature rule to its feature uses. */
export function assessAdoptionTrend(weekly: WeeklyUsage, config: AdoptionDeclineConfig = DEFAULT_ADOPTION_DECLINE_CONFIG): AdoptionTrend {
  const series = weekly.activeUsers;
  const recentMeanUsers = meanOfPresent(series, series.length - config.recentWeeks);
  const priorMeanUsers = meanOfPresent(series, series.length - 2 * config.recentWeeks, series.length - config.recentWeeks);
  const recentToPriorRatio = recentMeanUsers === null || priorMeanUsers === null || priorMeanUsers === 0 ? null : recentMeanUsers / priorMeanUsers;
  // Weeks without a snapshot are skipped, so the statistics run on the weeks that have data.
  const present = presentValues(series);
  const enough = present.length >= config.minimumWeeksForTrend;
  const tau = enough ? kendallTau(present) : null;
  // The slope only matters once τ meets the rule; skipping it saves the pairwise sort on most accounts.
  const slopeNeeded = tau !== null && tau <= config.maximumKendallTau;
  const slope = slopeNeeded ? theilSenSlope(present) : null;
  const seriesMedian = slopeNeeded ? median(present) : null;
  const slopePercent = slope === null || seriesMedian === null || seriesMedian === 0 ? null : (100 * slope) / seriesMedian;

  const ratioRule = recentToPriorRatio !== null && recentToPriorRatio <= config.maximumRecentToPriorRatio;
  const trendRule = tau !== null && slopePercent !== null && tau <= config.maximumKendallTau && slopePercent <= config.maximumSlopePercentOfMedianPerWeek;
  const suppressed = priorMeanUsers === null || priorMeanUsers < config.minimumPriorMeanUsers;
  const declining = !suppressed && (ratioRule || trendRule);
  const reasons: string[] = [];
  if (declining && ratioRule) reasons.push(`weekly active users averaged ${roundTo(recentMeanUsers!, 1)} over the last ${config.recentWeeks} weeks vs ${roundTo(priorMeanUsers!, 1)} before (${Math.round(recentToPriorRatio! * 100)}%)`);
  if (declining && trendRule) reasons.push(`steady decline over ${present.length} weeks: Kendall τ ${roundTo(tau!, 2)}, ${roundTo(slopePercent!, 1)}% of the median per week`);
  const decliningFeatures = featureDeclines(weekly, config);
  for (const decline of decliningFeatures) reasons.push(decline.reason);
  return {
    weeklyActiveUsers: series,
    recentMeanUsers,
    priorMeanUsers,
    recentToPriorRatio,
    kendallTau: tau,
    theilSenSlopeUsersPerWeek: slope,
    slopePercentOfMedianPerWeek: slopePercent,
    ratioRule,
    trendRule,
    suppressed,
    declining,
    decliningFeatures,
    reasons,
    configVersion: config.version,
  };
}

// A feature used in ≥ 3 of the 4 weeks before the last 2, with 0 use in both of the last 2 (weeks with data only).
function featureDeclines(weekly: WeeklyUsage, config: AdoptionDeclineConfig): FeatureDecline[] {
  const { priorWeeks, minimumWeeksUsed, silentWeeks } = config.feature;
  const declines: FeatureDecline[] = [];
  for (const [feature, uses] of Object.entries(weekly.featureUses)) {
    const silent = uses.slice(uses.length - silentWeeks);
    if (silent.length < silentWeeks || silent.some((value) => value !== 0)) continue;
    const prior = uses.slice(uses.length - silentWeeks - priorWeeks, uses.length - silentWeeks);
    const weeksUsed = prior.filter((value) => value !== null && value > 0).length;
    if (weeksUsed < minimumWeeksUsed) continue;
    declines.push({ feature, weeksUsedOfPrior: weeksUsed, priorWeeklyUses: prior, reason: `"${feature}" was used in ${weeksUsed} of ${priorWeeks} weeks, then not at all in the last ${silentWeeks}` });
  }
  return declines.sort((left, right) => left.feature.localeCompare(right.feature));
}

/** One account in the declining-adoption view. */
export interface AccountAdoptionDecline extends AdoptionTrend {
  accountId: string;
  accountName: string;
  arrCents: number;
}

/** The weeks of usage the adoption rules read: the configured span, and at least two recent windows. */
export function adoptionWeeksOf(config: AdoptionDeclineConfig = DEFAULT_ADOPTION_DECLINE_CONFIG): number {
  return Math.max(config.weeks, 2 * config.recentWeeks);
}

/** Whether an account's adoption is flagged: its active users are declining, or it abandoned a feature. */
export function isAdoptionFlagged(trend: Pick<AdoptionTrend, 'declining' | 'decliningFeatures'>): boolean {
  return trend.declining || trend.decliningFeatures.length > 0;
}

/** One account's adoption trend at `nowMs`, flagged or not ("how is X's usage"). */
export function assessAccountAdoption(slices: AccountSlices, nowMs: number, config: AdoptionDeclineConfig = DEFAULT_ADOPTION_DECLINE_CONFIG): AccountAdoptionDecline {
  const trend = assessAdoptionTrend(weeklyUsage(slices.usage, nowMs, adoptionWeeksOf(config)), config);
  return { ...trend, accountId: slices.account.id, accountName: slices.account.name, arrCents: slices.account.arr.amountCents };
}

/** Accounts whose adoption is declining or who abandoned a feature, worst ratio first (SCORING §1.2). */
export function findDecliningAdoption(
  data: AccountScoringData,
  now: Date,
  options: { config?: Partial<AdoptionDeclineConfig>; index?: AccountDataIndex; accountIds?: readonly string[] } = {},
): { configVersion: string; asOf: string; assessedCount: number; accounts: AccountAdoptionDecline[] } {
  const config = { ...DEFAULT_ADOPTION_DECLINE_CONFIG, ...options.config };
  const index = options.index ?? indexAccountData(data);
  const wanted = options.accountIds ? new Set(options.accountIds) : null;
  const accounts: AccountAdoptionDecline[] = [];
  let assessedCount = 0;
  for (const slices of index.accounts) {
    if (wanted && !wanted.has(slices.account.id)) continue;
    assessedCount += 1;
    const assessment = assessAccountAdoption(slices, now.getTime(), config);
    if (isAdoptionFlagged(assessment)) accounts.push(assessment);
  }
  accounts.sort((left, right) => Number(right.declining) - Number(left.declining) || (left.recentToPriorRatio ?? Infinity) - (right.recentToPriorRatio ?? Infinity) || left.accountId.localeCompare(right.accountId));
  return { configVersion: config.version, asOf: now.toISOString(), assessedCount, accounts };
}
