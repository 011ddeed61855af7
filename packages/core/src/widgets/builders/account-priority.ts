import { DEFAULT_PRIORITY_ACCOUNTS_CONFIG, priorityCandidates, rankPriorityAccounts, type PriorityAccountsConfig } from '../../scoring/accounts/priority-accounts.js';
import type { AnswerContext } from '../answer-context.js';
import type { TicketRow } from '../payloads/common.js';
import type { PriorityAccountsPayload } from '../payloads/account-payloads.js';
import { churnRankingOf } from './account-analytics.js';
import { requireRevenueVisible } from './account-shapes.js';
import { byUrgency, OPEN_STATUSES, ticketRow } from './ticket-rows.js';

/**
 * accounts.priority: high-value (top quartile of ARR in scope) or high-churn-risk accounts that have open
 * urgent/high tickets or SLA breaches now, most pressing first, each with its reasons and open tickets
 * (`rankPriorityAccounts`).
 * @throws ForbiddenError for agents (the ranking rests on ARR and churn risk).
 */
export function buildPriorityAccounts(context: AnswerContext, config: PriorityAccountsConfig = DEFAULT_PRIORITY_ACCOUNTS_CONFIG): PriorityAccountsPayload {
  requireRevenueVisible(context, 'Priority accounts');
  const ranking = churnRankingOf(context);
  const candidates = priorityCandidates(ranking, config);
  // One pass over the tickets; SLA clocks are evaluated only for candidates' open tickets.
  const openByAccount = new Map<string, TicketRow[]>();
  for (const ticket of context.scope.tickets) {
    if (!OPEN_STATUSES.has(ticket.status) || !candidates.byAccountId.has(ticket.accountId)) continue;
    const rows = openByAccount.get(ticket.accountId);
    if (rows) rows.push(ticketRow(ticket, context));
    else openByAccount.set(ticket.accountId, [ticketRow(ticket, context)]);
  }
  const accounts = rankPriorityAccounts(candidates, openByAccount, config).map(({ risk, ...counts }) => ({
    accountId: risk.accountId,
    accountName: risk.accountName,
    segment: context.scope.accountById.get(risk.accountId)!.segment,
    arrCents: risk.arr.amountCents,
    currency: risk.arr.currency,
    highValue: counts.highValue,
    riskBand: risk.riskBand,
    healthScore: risk.healthScore,
    healthBand: risk.healthBand,
    openTicketCount: counts.openTicketCount,
    urgentOrHighCount: counts.urgentOrHighCount,
    breachedCount: counts.breachedCount,
    atRiskCount: counts.atRiskCount,
    attentionScore: counts.attentionScore,
    reasons: counts.reasons,
    tickets: openByAccount.get(risk.accountId)!.sort(byUrgency),
  }));
  const limit = context.params.limit ?? config.defaultLimit;
  return {
    asOf: context.now.toISOString(),
    accounts: accounts.slice(0, limit),
    total: accounts.length,
    highValueThresholdCents: candidates.highValueThresholdCents,
    highValueQuantile: config.highValueQuantile,
    weights: config.weights,
    provenance: {
      computedBy: 'rankChurnRisk',
      inputs: { accountCount: ranking.length, candidateCount: candidates.byAccountId.size, openTicketsEvaluated: [...openByAccount.values()].reduce((total, rows) => total + rows.length, 0), limit, slaComputedBy: 'evaluateTicketSla' },
    },
  };
}
