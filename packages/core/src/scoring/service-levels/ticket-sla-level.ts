import type { SlaEvaluation, SlaLevel } from '../../sla/types.js';

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
