import { businessReviewCandidates, DEFAULT_RENEWAL_CONFIG, renewalTotals, renewsWithin, upcomingRenewals } from '../../scoring/accounts/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { RenewalPipelinePayload } from '../payloads/account-pipeline-payloads.js';
import { expansionFor, expansionOf, explainedHealthOf, leanHealthOf, organisationIndexOf, portfolioHealthOf } from './account-analytics.js';
import { forwardDaysOf, namedAccountOf, requireRevenueVisible } from './account-shapes.js';

/** @default 90 — days ahead the pipeline looks when the question names no span. */
export const RENEWALS_DEFAULT_DAYS = 90;
/** @default 50 — renewals listed. */
export const RENEWALS_DEFAULT_LIMIT = 50;

const SORT_KEYS: RenewalPipelinePayload['sortKeys'] = [
  { sort: 'priority', field: 'priorityCents' },
  { sort: 'risk', field: 'expectedLossCents' },
  { sort: 'value', field: 'arrCents' },
  { sort: 'expansion', field: 'expansionValueCents' },
];

/**
 * renewals.upcoming: renewals in the next `days` (default 90, or up to the end of the asked period), ranked by
 * `priority = urgency · (expectedLoss + 0.5 · expansionValue)` (SCORING §7.2), each with the "why".
 * @throws ForbiddenError for agents; NotFoundError for a named account outside the scope.
 */
export function buildRenewals(context: AnswerContext): RenewalPipelinePayload {
  requireRevenueVisible(context, 'The renewal pipeline');
  const named = namedAccountOf(context);
  const withinDays = forwardDaysOf(context, RENEWALS_DEFAULT_DAYS);
  const nowMs = context.now.getTime();
  const upcoming = new Set(context.scope.accounts.filter((account) => (!named || account.id === named.id) && renewsWithin(account.renewalDate, nowMs, withinDays)).map((account) => account.id));
  const index = organisationIndexOf(context);
  const expansion = expansionFor(context, upcoming);
  // Ranked on the numbers alone; the rows shown are then explained (risk drivers in the "why").
  const result = upcomingRenewals(context.organisation, context.now, { withinDays, index, health: leanHealthOf(context, upcoming), expansion });
  const limit = context.params.limit ?? RENEWALS_DEFAULT_LIMIT;
  const shownIds = result.renewals.slice(0, limit).map((renewal) => renewal.accountId);
  const explained = upcomingRenewals(context.organisation, context.now, { withinDays, index, health: explainedHealthOf(context, shownIds), expansion });
  const explainedById = new Map(explained.renewals.map((renewal) => [renewal.accountId, renewal]));
  const shown = result.renewals.slice(0, limit).map((renewal) => explainedById.get(renewal.accountId) ?? renewal);
  return {
    asOf: result.asOf,
    withinDays,
    sortBy: result.sortBy,
    sortKeys: SORT_KEYS,
    renewals: shown.map((renewal) => ({
      accountId: renewal.accountId,
      accountName: renewal.accountName,
      renewalDate: renewal.renewalDate,
      daysToRenewal: renewal.daysToRenewal,
      arrCents: renewal.arr.amountCents,
      currency: renewal.arr.currency,
      urgency: renewal.urgency,
      expectedLossCents: renewal.expectedLossCents,
      expectedLossMethod: renewal.expectedLossMethod,
      expansionScore: renewal.expansionScore,
      expansionValueCents: renewal.expansionValueCents,
      priorityCents: renewal.priorityCents,
      healthScore: renewal.healthScore,
      healthBand: renewal.healthBand,
      riskBand: renewal.riskBand,
      topRiskDrivers: renewal.topRiskDrivers,
      expansionSignals: renewal.expansionSignals,
      qbrInLastDays: renewal.qbrInLastDays,
      lastQbrAt: renewal.lastQbrAt,
      forecast: { value: renewal.forecast.value, required: renewal.forecast.required, needsAttention: renewal.forecast.needsAttention, reason: renewal.forecast.reason },
      why: renewal.why,
    })),
    total: result.renewals.length,
    totals: renewalTotals(result.renewals),
    matchedAccountId: named?.id ?? null,
    configVersion: result.configVersion,
    provenance: {
      computedBy: 'upcomingRenewals',
      inputs: { accountCount: context.scope.accounts.length, withinDays, sortBy: result.sortBy, limit, asOf: result.asOf, upliftFactor: DEFAULT_RENEWAL_CONFIG.upliftFactor },
    },
  };
}

/**
 * Accounts due a business review in the viewer's scope, with why (cadence, renewal without review, red or
 * falling health, expansion), for `meetings.schedule`; at most `params.limit` (default 5).
 */
export function reviewCandidatesOf(context: AnswerContext): { accountId: string; reasons: string[] }[] {
  const result = businessReviewCandidates(context.organisation, context.now, {
    index: organisationIndexOf(context),
    health: portfolioHealthOf(context),
    expansion: expansionOf(context),
    limit: context.params.limit ?? 5,
  });
  return result.candidates.map((candidate) => ({ accountId: candidate.accountId, reasons: candidate.reasons.map((entry) => entry.reason) }));
}
