import type { Priority } from '../../contracts/common.js';
import type { SlaMetric } from '../../contracts/sla-policy.js';
import type { Ticket } from '../../contracts/ticket.js';
import type { SlaSetup } from '../../data/ticket-sla.js';
import { businessSecondsBetween } from '../../sla/business-time.js';
import type { SlaInstance } from '../../sla/types.js';
import type { AgentOpenLoad } from './agent-load.js';
import { ticketStateAt } from './ticket-state-at.js';

/**
 * Why a clock breached, by simple attribution rules checked at the breach instant (the deadline, else
 * the fulfilment or now), in this precedence order for the primary cause:
 * 1. `unassigned` — nobody held the ticket;
 * 2. `waitingOnCustomer` — the ticket was pending and the policy kept this clock running;
 * 3. `onHold` — the ticket was on hold (waiting on a third party);
 * 4. `assigneeOverloaded` — the assignee at the breach holds more open tickets than `overloadThreshold`
 *    times their capacity (today's open load: past load is not reconstructed);
 * 5. `createdOutsideBusinessHours` — created while the team's calendar was closed and the target counts
 *    calendar time (business-hour targets do not run while closed, so that is no cause for them);
 * 6. `unattributed` — none of the above.
 */
export const BREACH_CAUSES = ['unassigned', 'waitingOnCustomer', 'onHold', 'assigneeOverloaded', 'createdOutsideBusinessHours', 'unattributed'] as const;
export type BreachCause = (typeof BREACH_CAUSES)[number];

/** A breached clock, its overrun and the causes that applied. */
export interface SlaBreach {
  ticketId: string;
  metric: SlaMetric;
  /** Minutes past the target, in the target's own time (business or calendar). */
  overrunMinutes: number;
  priority: Priority | null;
  assigneeId: string | null;
  teamId: string | null;
  startedAt: string;
  deadline: string | null;
  /** Every rule that matched, in precedence order; the first is the primary cause. */
  causes: BreachCause[];
}

export interface BreachCauseShare {
  cause: BreachCause;
  /** Breaches whose primary cause this is. */
  breaches: number;
  /** `breaches / all breaches`, 0–1. */
  share: number;
  /** Breaches where the rule matched at all, primary or not. */
  matched: number;
}

export function describeBreach(ticket: Ticket, instance: SlaInstance, setup: SlaSetup, loads: ReadonlyMap<string, AgentOpenLoad>, overloadThreshold: number, nowMs: number): SlaBreach {
  const breachAt = instance.deadline ?? instance.fulfilledAt;
  const state = ticketStateAt(ticket, breachAt === null ? nowMs : Date.parse(breachAt));
  const causes: BreachCause[] = [];
  if (state.assigneeId === null) causes.push('unassigned');
  if (state.status === 'pending') causes.push('waitingOnCustomer');
  if (state.status === 'on_hold') causes.push('onHold');
  const load = state.assigneeId === null ? undefined : loads.get(state.assigneeId);
  if (load && load.load > overloadThreshold) causes.push('assigneeOverloaded');
  if (!instance.businessHours && createdWhileClosed(ticket, setup)) causes.push('createdOutsideBusinessHours');
  if (causes.length === 0) causes.push('unattributed');
  return {
    ticketId: ticket.id,
    metric: instance.metric,
    overrunMinutes: Math.max(0, -instance.diffMinutes),
    priority: instance.priorityApplied,
    assigneeId: state.assigneeId,
    teamId: ticket.teamId,
    startedAt: instance.startedAt,
    deadline: instance.deadline,
    causes,
  };
}

function createdWhileClosed(ticket: Ticket, setup: SlaSetup): boolean {
  const calendar = setup.calendarFor(ticket);
  if (!calendar) return false;
  const createdMs = Date.parse(ticket.createdAt);
  return businessSecondsBetween(calendar, new Date(createdMs), new Date(createdMs + 1000)) === 0;
}

/** Shares of primary causes over all breaches, in precedence order; empty when nothing breached. */
export function breachCauseShares(breaches: readonly SlaBreach[]): BreachCauseShare[] {
  if (breaches.length === 0) return [];
  return BREACH_CAUSES.map((cause) => {
    let primary = 0;
    let matched = 0;
    for (const breach of breaches) {
      if (breach.causes[0] === cause) primary += 1;
      if (breach.causes.includes(cause)) matched += 1;
    }
    return { cause, breaches: primary, share: primary / breaches.length, matched };
  });
}
