import type { Priority } from '../../contracts/common.js';
import type { SlaLevel } from '../../sla/types.js';
import { quantile } from '../statistics.js';
import type { AccountChurnRisk } from './churn-risk.js';

/** Which accounts count as priority and how their needs are weighed. */
export interface PriorityAccountsConfig {
  /** Accounts with ARR at or above this quantile of the accounts in view are high value. @default 0.75 */
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

/** What the attention score reads of an open ticket: its priority and its SLA level (`ticketSlaLevel`). */
export interface PriorityTicketState {
  priority: Priority;
  slaLevel: SlaLevel | null;
}

export type PriorityReasonKind = 'sla_breached' | 'urgent_tickets' | 'sla_at_risk' | 'churn_risk' | 'high_value';

/** An account that needs attention now, with the counts and flags behind its attention score. */
export interface PriorityAccount {
  risk: AccountChurnRisk;
  highValue: boolean;
  openTicketCount: number;
  urgentOrHighCount: number;
  breachedCount: number;
  atRiskCount: number;
  attentionScore: number;
  reasons: { kind: PriorityReasonKind; reason: string }[];
}

/** The accounts that may be priority: high value (top quartile of ARR in view) or high churn risk. */
export interface PriorityCandidates {
  byAccountId: Map<string, AccountChurnRisk>;
  highValueThresholdCents: number | null;
}

/** High-value or high-churn-risk accounts of a churn ranking: only their open tickets need reading. */
export function priorityCandidates(ranking: readonly AccountChurnRisk[], config: PriorityAccountsConfig = DEFAULT_PRIORITY_ACCOUNTS_CONFIG): PriorityCandidates {
  const highValueThresholdCents = quantile(ranking.map((risk) => risk.arr.amountCents), config.highValueQuantile);
  const isHighValue = (risk: AccountChurnRisk) => highValueThresholdCents !== null && risk.arr.amountCents >= highValueThresholdCents;
  return { byAccountId: new Map(ranking.filter((risk) => isHighValue(risk) || risk.riskBand === 'high').map((risk) => [risk.accountId, risk])), highValueThresholdCents };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The candidates with open urgent/high tickets or SLA breaches now, most pressing first (attention score,
 * then ARR, then id), each with its reasons (SCORING §4, priority accounts).
 * @example rankPriorityAccounts(priorityCandidates(ranking), openTicketsByAccount)[0]?.attentionScore // 11
 */
export function rankPriorityAccounts(
  candidates: PriorityCandidates,
  openTickets: ReadonlyMap<string, readonly PriorityTicketState[]>,
  config: PriorityAccountsConfig = DEFAULT_PRIORITY_ACCOUNTS_CONFIG,
): PriorityAccount[] {
  const { weights } = config;
  const accounts: PriorityAccount[] = [];
  for (const [accountId, tickets] of openTickets) {
    const risk = candidates.byAccountId.get(accountId);
    if (!risk) continue;
    const urgentOrHighCount = tickets.filter((ticket) => ticket.priority === 'urgent' || ticket.priority === 'high').length;
    const breachedCount = tickets.filter((ticket) => ticket.slaLevel === 'breached').length;
    const atRiskCount = tickets.filter((ticket) => ticket.slaLevel === 'at_risk').length;
    if (urgentOrHighCount + breachedCount === 0) continue;
    const highValue = candidates.highValueThresholdCents !== null && risk.arr.amountCents >= candidates.highValueThresholdCents;
    const churnRisk = risk.riskBand === 'high';
    const reasons: PriorityAccount['reasons'] = [];
    if (breachedCount > 0) reasons.push({ kind: 'sla_breached', reason: `${plural(breachedCount, 'open ticket')} past SLA` });
    if (urgentOrHighCount > 0) reasons.push({ kind: 'urgent_tickets', reason: `${plural(urgentOrHighCount, 'open urgent or high-priority ticket')}` });
    if (atRiskCount > 0) reasons.push({ kind: 'sla_at_risk', reason: `${plural(atRiskCount, 'open ticket')} close to an SLA deadline` });
    if (churnRisk) reasons.push({ kind: 'churn_risk', reason: `high churn risk (health ${risk.healthScore ?? 'unknown'}, ${risk.healthBand})` });
    if (highValue) reasons.push({ kind: 'high_value', reason: `ARR in the top ${Math.round((1 - config.highValueQuantile) * 100)}% of the accounts in view` });
    const attentionScore =
      weights.breached * breachedCount + weights.atRisk * atRiskCount + weights.urgentOrHigh * urgentOrHighCount + (churnRisk ? weights.churnRisk : 0) + (highValue ? weights.highValue : 0);
    accounts.push({ risk, highValue, openTicketCount: tickets.length, urgentOrHighCount, breachedCount, atRiskCount, attentionScore, reasons });
  }
  return accounts.sort((left, right) => right.attentionScore - left.attentionScore || right.risk.arr.amountCents - left.risk.arr.amountCents || left.risk.accountId.localeCompare(right.risk.accountId));
}
