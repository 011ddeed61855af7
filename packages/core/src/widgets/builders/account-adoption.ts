import {
  adoptionWeeksOf,
  assessAccountAdoption,
  DEFAULT_ADOPTION_DECLINE_CONFIG,
  findDecliningAdoption,
  isAdoptionFlagged,
  weekEndsOf,
  type AccountAdoptionDecline,
} from '../../scoring/accounts/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { AdoptionTablePayload } from '../payloads/account-health-payloads.js';
import { accountIndexOf } from './account-analytics.js';
import { namedAccountOf } from './account-shapes.js';

/** @default 50 — flagged accounts listed. */
export const ADOPTION_DEFAULT_LIMIT = 50;

/**
 * accounts.adoption: accounts in scope whose weekly active users fell (the 4-week ratio or the Theil–Sen /
 * Kendall trend rule) or that abandoned a feature, worst ratio first. A named account is shown even when
 * nothing is flagged, so "how is X's usage" gets its series.
 * @throws NotFoundError for a named account outside the scope.
 */
export function buildAdoption(context: AnswerContext): AdoptionTablePayload {
  const config = DEFAULT_ADOPTION_DECLINE_CONFIG;
  const named = namedAccountOf(context);
  const index = accountIndexOf(context.scope);
  const nowMs = context.now.getTime();
  const weeks = adoptionWeeksOf(config);
  let assessedCount: number;
  let flagged: AccountAdoptionDecline[];
  if (named) {
    assessedCount = 1;
    flagged = [assessAccountAdoption(index.byAccountId.get(named.id)!, nowMs, config)];
  } else {
    const result = findDecliningAdoption(context.scope, context.now, { index, config });
    assessedCount = result.assessedCount;
    flagged = result.accounts;
  }
  const limit = context.params.limit ?? ADOPTION_DEFAULT_LIMIT;
  return {
    asOf: context.now.toISOString(),
    accounts: flagged.slice(0, limit).map((entry) => ({
      accountId: entry.accountId,
      accountName: entry.accountName,
      arrCents: context.scope.canSeeRevenue ? entry.arrCents : null,
      declining: entry.declining,
      ratioRule: entry.ratioRule,
      trendRule: entry.trendRule,
      suppressed: entry.suppressed,
      recentMeanUsers: entry.recentMeanUsers,
      priorMeanUsers: entry.priorMeanUsers,
      recentToPriorRatio: entry.recentToPriorRatio,
      kendallTau: entry.kendallTau,
      theilSenSlopeUsersPerWeek: entry.theilSenSlopeUsersPerWeek,
      slopePercentOfMedianPerWeek: entry.slopePercentOfMedianPerWeek,
      weeklySeries: weekEndsOf(nowMs, entry.weeklyActiveUsers.length).map((weekEndsAt, position) => ({ weekEndsAt, activeUsers: entry.weeklyActiveUsers[position] ?? null })),
      decliningFeatures: entry.decliningFeatures.map(({ feature, weeksUsedOfPrior, priorWeeklyUses, reason }) => ({ feature, weeksUsedOfPrior, priorWeeklyUses, reason })),
      reasons: entry.reasons,
    })),
    assessedCount,
    flaggedCount: flagged.filter(isAdoptionFlagged).length,
    matchedAccountId: named?.id ?? null,
    thresholds: {
      weeks,
      recentWeeks: config.recentWeeks,
      maximumRecentToPriorRatio: config.maximumRecentToPriorRatio,
      maximumKendallTau: config.maximumKendallTau,
      maximumSlopePercentOfMedianPerWeek: config.maximumSlopePercentOfMedianPerWeek,
      minimumPriorMeanUsers: config.minimumPriorMeanUsers,
    },
    configVersion: config.version,
    provenance: { computedBy: 'findDecliningAdoption', inputs: { accountCount: assessedCount, weeks, asOf: context.now.toISOString(), accountName: context.params.accountName ?? null, limit } },
  };
}
