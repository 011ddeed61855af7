import type { SlaMetric } from '../../contracts/sla-policy.js';
import type { SlaEvaluation } from '../../sla/types.js';

/** A running SLA clock of a ticket that runs out soon. */
export interface ClockDue {
  metric: SlaMetric;
  deadline: string;
  /** Calendar minutes from now to the deadline (floored). */
  minutesToDeadline: number;
  remainingMinutes: number;
  targetMinutes: number;
  businessHours: boolean;
}

/**
 * The clocks of one ticket that are running, not yet breached, and due within `withinHours` of `now`,
 * in start order ("due soon" on the agent's dashboard).
 * @example clocksDueWithin(evaluateTicketSla(ticket, setup, now), now, 4)[0]?.minutesToDeadline // 35
 */
export function clocksDueWithin(evaluation: SlaEvaluation, now: Date, withinHours: number): ClockDue[] {
  const nowMs = now.getTime();
  const endMs = nowMs + withinHours * 3_600_000;
  return evaluation.instances
    .filter((instance) => instance.state === 'active' && !instance.breached && instance.deadline !== null && Date.parse(instance.deadline) <= endMs)
    .map((instance) => ({
      metric: instance.metric,
      deadline: instance.deadline!,
      minutesToDeadline: Math.floor((Date.parse(instance.deadline!) - nowMs) / 60_000),
      remainingMinutes: instance.remainingMinutes,
      targetMinutes: instance.targetMinutes,
      businessHours: instance.businessHours,
    }));
}
