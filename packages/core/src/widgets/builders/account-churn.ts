import { churnBandCounts, DEFAULT_CHURN_RISK_CONFIG, type ArrAtRiskSummary } from '../../scoring/accounts/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { ChurnRiskListPayload } from '../payloads/account-payloads.js';
import { arrAtRiskSummaryOf as portfolioArrAtRiskOf, churnRankingOf, explainedChurnOf, portfolioHealthOf } from './account-analytics.js';
import { churnDriverPayload, namedAccountOf, requireRevenueVisible } from './account-shapes.js';

/** @default 10 — accounts listed when the question gives no count. */
export const CHURN_LIST_DEFAULT_LIMIT = 10;
/** @default 3 — drivers shown per account. */
export const CHURN_DRIVER_COUNT = 3;

/** ARR at risk of the viewer's portfolio (SCORING §2.2 roll-up), in the settings' currency. */
function arrAtRiskSummaryOf(context: AnswerContext): ArrAtRiskSummary {
  return portfolioArrAtRiskOf(context, context.scope.settings.costs.currency);
}

/**
 * ARR at risk in the viewer's scope with its method (`heuristic` in Stage 0), for the executive summary and
 * board pack; null for viewers who may not see revenue.
 */
export function arrAtRiskOf(context: AnswerContext): { valueCents: number; method: string } | null {
  if (!context.scope.canSeeRevenue) return null;
  const summary = arrAtRiskSummaryOf(context);
  return { valueCents: summary.arrAtRiskCents, method: summary.method };
}

/**
 * accounts.churnRisk: the viewer's accounts ranked by churn risk (high band first, then risk score, then ARR),
 * each with its top drivers and expected loss, and the portfolio's ARR at risk. A named account narrows the list.
 * @throws ForbiddenError for agents; NotFoundError for a named account outside the scope.
 */
export function buildChurnRisk(context: AnswerContext): ChurnRiskListPayload {
  requireRevenueVisible(context, 'Churn risk');
  const named = namedAccountOf(context);
  const ranking = churnRankingOf(context);
  const pool = named ? ranking.filter((risk) => risk.accountId === named.id) : ranking;
  const limit = context.params.limit ?? CHURN_LIST_DEFAULT_LIMIT;
  const shown = pool.slice(0, limit);
  // Sentences only for the rows shown; the ranking itself needs numbers only.
  const explained = explainedChurnOf(context, shown.map((risk) => risk.accountId));
  const summary = arrAtRiskSummaryOf(context);
  const health = portfolioHealthOf(context);
  return {
    asOf: context.now.toISOString(),
    stage: DEFAULT_CHURN_RISK_CONFIG.logisticModel ? 1 : 0,
    accounts: shown.map((lean, position) => {
      const risk = explained.get(lean.accountId) ?? lean;
      return {
        // A named account keeps its place in the whole ranking.
        rank: named ? ranking.indexOf(lean) + 1 : position + 1,
        accountId: risk.accountId,
        accountName: risk.accountName,
        segment: context.scope.accountById.get(risk.accountId)!.segment,
        riskBand: risk.riskBand,
        riskScore: risk.riskScore,
        probability: risk.probability,
        healthScore: risk.healthScore,
        healthBand: risk.healthBand,
        arrCents: risk.arr.amountCents,
        currency: risk.arr.currency,
        expectedLossCents: risk.expectedLossCents,
        expectedLossMethod: risk.expectedLossMethod,
        criticalFlags: risk.criticalFlags,
        drivers: risk.drivers.slice(0, CHURN_DRIVER_COUNT).map(churnDriverPayload),
        previous: risk.previous && { riskBand: risk.previous.riskBand, riskScore: risk.previous.riskScore, healthBand: risk.previous.healthBand },
      };
    }),
    total: pool.length,
    bandCounts: churnBandCounts(pool),
    arrAtRisk: {
      valueCents: summary.arrAtRiskCents,
      previousValueCents: summary.previousArrAtRiskCents,
      changeCents: summary.changeCents,
      totalArrCents: summary.totalArrCents,
      currency: summary.currency,
      method: summary.method,
      methodNote: summary.methodNote,
      byRiskBand: summary.byRiskBand,
      excludedOtherCurrency: summary.excludedOtherCurrency,
    },
    matchedAccountId: named?.id ?? null,
    configVersion: DEFAULT_CHURN_RISK_CONFIG.version,
    healthConfigVersion: health.configVersion,
    provenance: {
      computedBy: 'rankChurnRisk',
      inputs: { accountCount: ranking.length, asOf: context.now.toISOString(), limit, accountName: context.params.accountName ?? null, arrAtRiskComputedBy: 'summarizeArrAtRisk', currency: summary.currency },
    },
  };
}
