import { DEFAULT_RENEWAL_CONFIG, expansionValueCents, resolveExpansionConfig, type ExpansionSignalKey } from '../../scoring/accounts/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { ExpansionOpportunitiesPayload } from '../payloads/account-pipeline-payloads.js';
import { expansionOf, portfolioHealthOf } from './account-analytics.js';
import { namedAccountOf, requireRevenueVisible } from './account-shapes.js';

/** @default 20 — upsell and cross-sell rows listed (each). */
export const EXPANSION_DEFAULT_LIMIT = 20;

/**
 * accounts.upsell: eligible accounts (health ≥ 60) ranked by expansion score with their signals and CSQL flag,
 * and cross-sell whitespace. Look-alike adoption is measured over the organisation's accounts.
 * @throws ForbiddenError for agents; NotFoundError for a named account outside the scope.
 */
export function buildUpsell(context: AnswerContext): ExpansionOpportunitiesPayload {
  requireRevenueVisible(context, 'Upsell opportunities');
  const named = namedAccountOf(context);
  const expansion = expansionOf(context);
  const config = resolveExpansionConfig();
  const healthById = new Map(portfolioHealthOf(context).accounts.map((report) => [report.accountId, report.score]));
  const isWanted = (accountId: string) => !named || accountId === named.id;
  const limit = context.params.limit ?? EXPANSION_DEFAULT_LIMIT;
  const upsell = expansion.upsell.filter((assessment) => isWanted(assessment.accountId));
  const crossSell = expansion.crossSell.filter((opportunity) => isWanted(opportunity.accountId));
  return {
    asOf: expansion.asOf,
    upsell: upsell.slice(0, limit).map((assessment) => {
      const arrCents = context.scope.accountById.get(assessment.accountId)?.arr.amountCents ?? 0;
      const score = assessment.score ?? 0;
      return {
        accountId: assessment.accountId,
        accountName: assessment.accountName,
        score,
        csql: assessment.csql,
        signals: assessment.signals.map(({ key, reason, contributionPoints }) => ({ signal: key, reason, contributionPoints })),
        components: assessment.components.map((component) => ({
          signal: component.key as ExpansionSignalKey,
          value: component.rawValue,
          unit: component.unit,
          score: component.score,
          weight: component.weight,
          pointsLost: component.pointsLost,
          present: component.present,
          detail: component.detail,
        })),
        stakeholder: assessment.stakeholder,
        premiumPull: assessment.premiumPull ?? { events: 0, featuresUsed: [], ticketIds: [] },
        healthScore: healthById.get(assessment.accountId) ?? null,
        arrCents,
        expansionValueCents: expansionValueCents(arrCents, assessment.score, DEFAULT_RENEWAL_CONFIG.upliftFactor),
      };
    }),
    crossSell: crossSell.slice(0, limit).map((opportunity) => ({ ...opportunity, ticketIds: [...opportunity.ticketIds] })),
    csqlCount: upsell.filter((assessment) => assessment.csql).length,
    ineligibleCount: expansion.accounts.filter((assessment) => !assessment.eligible && isWanted(assessment.accountId)).length,
    matchedAccountId: named?.id ?? null,
    thresholds: { minimumHealth: config.minimumHealth, csqlScore: config.csqlThreshold, upliftFactor: DEFAULT_RENEWAL_CONFIG.upliftFactor },
    configVersion: expansion.configVersion,
    provenance: { computedBy: 'findExpansionOpportunities', inputs: { accountCount: expansion.accounts.length, asOf: expansion.asOf, limit, accountName: context.params.accountName ?? null } },
  };
}
