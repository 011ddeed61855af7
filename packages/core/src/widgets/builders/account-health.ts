import { openTicketCounts, resolveHealthConfig, topAccountsByArr } from '../../scoring/accounts/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { AccountTablePayload } from '../payloads/account-payloads.js';
import type { AccountHealthPayload } from '../payloads/account-health-payloads.js';
import { churnRankingOf, explainedReportsOf, portfolioHealthOf } from './account-analytics.js';
import { byHealthAscending, componentPayload, daysUntilDate, healthDriverPayload, namedAccountOf, requireRevenueVisible, trendPayload } from './account-shapes.js';

/** @default 20 — accounts in the high-value table ("top 20 high-value accounts"). */
export const HIGH_VALUE_DEFAULT_LIMIT = 20;
/** @default 50 — accounts in the health table, worst first. */
export const HEALTH_TABLE_DEFAULT_LIMIT = 50;

/**
 * accounts.highValue: the top N accounts in scope by ARR with health, Δ30 trend, churn band, open tickets and
 * renewal. @throws ForbiddenError for agents.
 */
export function buildHighValueAccounts(context: AnswerContext): AccountTablePayload {
  requireRevenueVisible(context, 'The high-value account table');
  const { scope } = context;
  const limit = context.params.limit ?? HIGH_VALUE_DEFAULT_LIMIT;
  const health = portfolioHealthOf(context);
  const risks = new Map(churnRankingOf(context).map((risk) => [risk.accountId, risk]));
  const { accounts: top, totalArrCents, shownArrCents, shownShareOfArr } = topAccountsByArr(scope.accounts, limit);
  const open = openTicketCounts(scope.tickets, new Set(top.map((account) => account.id)));
  const explained = explainedReportsOf(context, top.map((account) => account.id));
  const nowMs = context.now.getTime();
  return {
    asOf: context.now.toISOString(),
    rows: top.map((account, position) => {
      const report = explained.get(account.id);
      return {
        rank: position + 1,
        accountId: account.id,
        accountName: account.name,
        segment: account.segment,
        plan: account.plan,
        arrCents: account.arr.amountCents,
        currency: account.arr.currency,
        healthScore: report?.score ?? null,
        healthBand: report?.band ?? 'insufficient_data',
        trend: { deltaPoints: report?.trend.deltaPoints ?? null, arrow: report?.trend.arrow ?? null, declining: report?.trend.declining ?? false },
        riskBand: risks.get(account.id)?.riskBand ?? 'insufficient_data',
        topDriver: report?.drivers[0] ? healthDriverPayload(report.drivers[0]) : null,
        openTicketCount: open.get(account.id)?.all ?? 0,
        urgentOrHighOpenCount: open.get(account.id)?.urgentOrHigh ?? 0,
        renewalDate: account.renewalDate,
        daysToRenewal: daysUntilDate(account.renewalDate, nowMs),
      };
    }),
    limit,
    totalAccounts: scope.accounts.length,
    shownArrCents,
    totalArrCents,
    shownShareOfArr,
    healthConfigVersion: health.configVersion,
    provenance: { computedBy: 'scorePortfolioHealth', inputs: { accountCount: scope.accounts.length, limit, asOf: health.asOf, previousAsOf: health.previousAsOf, churnComputedBy: 'rankChurnRisk' } },
  };
}

/**
 * accounts.health: health per account in scope, worst first, with components, coverage, band, Δ30 trend and
 * drivers; a named account narrows it to one. ARR is left out for viewers who may not see revenue.
 * @throws NotFoundError for a named account outside the scope.
 */
export function buildAccountHealth(context: AnswerContext): AccountHealthPayload {
  const named = namedAccountOf(context);
  const health = portfolioHealthOf(context);
  const pool = named ? health.accounts.filter((report) => report.accountId === named.id) : [...health.accounts].sort(byHealthAscending);
  const limit = context.params.limit ?? HEALTH_TABLE_DEFAULT_LIMIT;
  const shown = pool.slice(0, limit);
  const explained = explainedReportsOf(context, shown.map((report) => report.accountId));
  const config = resolveHealthConfig();
  return {
    asOf: health.asOf,
    accounts: shown.map((lean) => {
      const report = explained.get(lean.accountId) ?? lean;
      return {
        accountId: report.accountId,
        accountName: report.accountName,
        segment: report.segment,
        profile: report.profile,
        score: report.score,
        band: report.band,
        coverageRate: report.coverageRate,
        capped: report.capped,
        criticalFlags: report.criticalFlags,
        components: report.components.map(componentPayload),
        dimensions: report.dimensions.map(({ dimension, weight, score, pointsLost }) => ({ dimension, weight, score, pointsLost })),
        trend: trendPayload(report.trend),
        drivers: report.drivers.map(healthDriverPayload),
        arrCents: context.scope.canSeeRevenue ? (context.scope.accountById.get(report.accountId)?.arr.amountCents ?? null) : null,
      };
    }),
    total: pool.length,
    bandCounts: health.bandCounts,
    decliningCount: health.decliningCount,
    matchedAccountId: named?.id ?? null,
    thresholds: { coverageFloorRate: config.coverageFloor, criticalCap: config.criticalCap, redBelow: config.bands.redBelow, yellowBelow: config.bands.yellowBelow },
    configVersion: health.configVersion,
    provenance: { computedBy: 'scorePortfolioHealth', inputs: { accountCount: health.accounts.length, limit, asOf: health.asOf, previousAsOf: health.previousAsOf, accountName: context.params.accountName ?? null } },
  };
}
