import { quantile } from '../../scoring/statistics.js';
import type { AnswerContext } from '../answer-context.js';
import type { TicketRow } from '../payloads/common.js';
import type { PriorityAccountsPayload } from '../payloads/account-payloads.js';
import { churnRankingOf } from './account-analytics.js';
import { requireRevenueVisible } from './account-shapes.js';
import { byUrgency, OPEN_STATUSES, ticketRow } from './ticket-rows.js';

/** Which accounts count as priority and how their needs are weighed. */
export interface PriorityAccountsConfig {
  /** Accounts with ARR at or above this quantile of the accounts in scope are high value. @default 0.75 */
  highValueQuantile: number;
  /** `attentionScore = Σ weight · count` over the open tickets, plus the account's flags. @default breached 3, atRisk 1, urgentOrHigh 2, churnRisk 3, highValue 2 */
  weights: { breached: number; atRisk: number; urgentOrHigh: number; churnRisk: number; highValue: number };
  /** @default 10 */
  defaultLimit: number;
}

export const DEFAULT_PRIORITY_ACCOUNTS_CONFIG: PriorityAccountsConfig = {
  highValueQuantile: 0.75,
  weights: { breached: 3, atRisk: 1, urgentOrHigh: 2, churnRisk: 3, highValue: 2 },
  defaultLimit: 10,
};

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * accounts.priority: high-value (top quartile of ARR in scope) or high-churn-risk accounts that have open
 * urgent/high tickets or SLA breaches now, most pressing first, each with its reasons and open tickets.
 * @throws ForbiddenError for agents (the ranking rests on ARR and churn risk).
 */
export function buildPriorityAccounts(context: AnswerContext, config: PriorityAccountsConfig = DEFAULT_PRIORITY_ACCOUNTS_CONFIG): PriorityAccountsPayload {
  requireRevenueVisible(context, 'Priority accounts');
  const { weights } = config;
  const ranking = churnRankingOf(context);
  const threshold = quantile(ranking.map((risk) => risk.arr.amountCents), config.highValueQuantile);
  const isHighValue = (arrCents: number) => threshold !== null && arrCents >= threshold;
  const candidates = new Map(ranking.filter((risk) => isHighValue(risk.arr.amountCents) || risk.riskBand === 'high').map((risk) => [risk.accountId, risk]));
  // One pass over the tickets; SLA clocks are evaluated only for candidates' open tickets.
  const openByAccount = new Map<string, TicketRow[]>();
  for (const ticket of context.scope.tickets) {
    if (!OPEN_STATUSES.has(ticket.status) || !candidates.has(ticket.accountId)) continue;
    const rows = openByAccount.get(ticket.accountId);
    if (rows) rows.push(ticketRow(ticket, context));
    else openByAccount.set(ticket.accountId, [ticketRow(ticket, context)]);
  }
  const accounts: PriorityAccountsPayload['accounts'] = [];
  for (const [accountId, tickets] of openByAccount) {
    const risk = candidates.get(accountId)!;
    const urgentOrHighCount = tickets.filter((row) => row.priority === 'urgent' || row.priority === 'high').length;
    const breachedCount = tickets.filter((row) => row.slaLevel === 'breached').length;
    const atRiskCount = tickets.filter((row) => row.slaLevel === 'at_risk').length;
    if (urgentOrHighCount + breachedCount === 0) continue;
    const highValue = isHighValue(risk.arr.amountCents);
    const churnRisk = risk.riskBand === 'high';
    const reasons: PriorityAccountsPayload['accounts'][number]['reasons'] = [];
    if (breachedCount > 0) reasons.push({ kind: 'sla_breached', reason: `${plural(breachedCount, 'open ticket')} past SLA` });
    if (urgentOrHighCount > 0) reasons.push({ kind: 'urgent_tickets', reason: `${plural(urgentOrHighCount, 'open urgent or high-priority ticket')}` });
    if (atRiskCount > 0) reasons.push({ kind: 'sla_at_risk', reason: `${plural(atRiskCount, 'open ticket')} close to an SLA deadline` });
    if (churnRisk) reasons.push({ kind: 'churn_risk', reason: `high churn risk (health ${risk.healthScore ?? 'unknown'}, ${risk.healthBand})` });
    if (highValue) reasons.push({ kind: 'high_value', reason: `ARR in the top ${Math.round((1 - config.highValueQuantile) * 100)}% of the accounts in view` });
    accounts.push({
      accountId,
      accountName: risk.accountName,
      segment: context.scope.accountById.get(accountId)!.segment,
      arrCents: risk.arr.amountCents,
      currency: risk.arr.currency,
      highValue,
      riskBand: risk.riskBand,
      healthScore: risk.healthScore,
      healthBand: risk.healthBand,
      openTicketCount: tickets.length,
      urgentOrHighCount,
      breachedCount,
      atRiskCount,
      attentionScore:
        weights.breached * breachedCount + weights.atRisk * atRiskCount + weights.urgentOrHigh * urgentOrHighCount + (churnRisk ? weights.churnRisk : 0) + (highValue ? weights.highValue : 0),
      reasons,
      tickets: tickets.sort(byUrgency),
    });
  }
  accounts.sort((left, right) => right.attentionScore - left.attentionScore || right.arrCents - left.arrCents || left.accountId.localeCompare(right.accountId));
  const limit = context.params.limit ?? config.defaultLimit;
  return {
    asOf: context.now.toISOString(),
    accounts: accounts.slice(0, limit),
    total: accounts.length,
    highValueThresholdCents: threshold,
    highValueQuantile: config.highValueQuantile,
    weights,
    provenance: {
      computedBy: 'rankChurnRisk',
      inputs: { accountCount: ranking.length, candidateCount: candidates.size, openTicketsEvaluated: [...openByAccount.values()].reduce((total, rows) => total + rows.length, 0), limit, slaComputedBy: 'evaluateTicketSla' },
    },
  };
}
