import type { Ticket } from '../../contracts/ticket.js';
import type { SlaEvaluation, SlaLevel } from '../../sla/types.js';
import { OPEN_STATUSES } from './ticket-time-index.js';

const LEVEL_RANK: Record<SlaLevel, number> = { breached: 4, at_risk: 3, ok: 2, paused: 1, achieved: 0 };

/**
 * A ticket's SLA level: the worst level among its clocks, so a ticket is `breached` once any clock of
 * it missed its target (breaches are sticky) and `at_risk` while a running clock is inside its policy's
 * warning window; null when no clock tracks it. Every count of tickets past SLA (ticket tables, the
 * agent's dashboard, the team's workload, priority accounts) counts this level.
 * @example ticketSlaLevel(evaluateTicketSla(ticket, setup, now)) // 'at_risk'
 */
export function ticketSlaLevel(evaluation: SlaEvaluation): SlaLevel | null {
  let worst: SlaLevel | null = null;
  for (const instance of evaluation.instances) if (worst === null || LEVEL_RANK[instance.level] > LEVEL_RANK[worst]) worst = instance.level;
  return worst;
}

/** How many of some tickets are open, past SLA and at SLA risk, by their status and SLA level (`ticketSlaLevel`). */
export function slaLevelCounts(tickets: readonly { status: Ticket['status']; slaLevel: SlaLevel | null }[]): { open: number; breached: number; atRisk: number } {
  const counts = { open: 0, breached: 0, atRisk: 0 };
  for (const ticket of tickets) {
    if (OPEN_STATUSES.has(ticket.status)) counts.open += 1;
    if (ticket.slaLevel === 'breached') counts.breached += 1;
    else if (ticket.slaLevel === 'at_risk') counts.atRisk += 1;
  }
  return counts;
}
