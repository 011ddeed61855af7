import type { BusinessCalendar } from '../../contracts/business-calendar.js';
import type { SlaPolicy } from '../../contracts/sla-policy.js';
import type { Ticket } from '../../contracts/ticket.js';
import { evaluateTicketSla, type SlaSetup } from '../../data/ticket-sla.js';
import type { SlaEvaluation } from '../../sla/types.js';
import { OPEN_STATUSES } from './ticket-time-index.js';

interface OpenEvaluation {
  nowMs: number;
  policy: SlaPolicy;
  calendar: BusinessCalendar | undefined;
  evaluation: SlaEvaluation;
}

const openEvaluations = new WeakMap<Ticket, OpenEvaluation>();

/**
 * `evaluateTicketSla`, remembering the last evaluation of each open ticket for its `now`, policy and
 * calendar: a dashboard runs several reports at one instant, and every report reads the open tickets.
 * (Solved tickets are already remembered by `evaluateTicketSla`.)
 */
export function evaluateTicketAt(ticket: Ticket, setup: SlaSetup, now: Date): SlaEvaluation {
  if (!OPEN_STATUSES.has(ticket.status)) return evaluateTicketSla(ticket, setup, now);
  const nowMs = now.getTime();
  const policy = setup.policyFor(ticket);
  const calendar = setup.calendarFor(ticket);
  const cached = openEvaluations.get(ticket);
  if (cached && cached.nowMs === nowMs && cached.policy === policy && cached.calendar === calendar) return cached.evaluation;
  const evaluation = evaluateTicketSla(ticket, setup, now);
  openEvaluations.set(ticket, { nowMs, policy, calendar, evaluation });
  return evaluation;
}
