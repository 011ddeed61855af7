import type { BusinessCalendar } from '../contracts/business-calendar.js';
import type { SlaPolicy } from '../contracts/sla-policy.js';
import type { Ticket } from '../contracts/ticket.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { evaluateSla } from '../sla/evaluate-sla.js';
import type { SlaEvaluation } from '../sla/types.js';
import type { SupportData } from './support-data.js';

/** Which policy and calendar apply to a ticket: its team's, else the dataset's first. */
export interface SlaSetup {
  policyFor(ticket: Pick<Ticket, 'teamId'>): SlaPolicy;
  calendarFor(ticket: Pick<Ticket, 'teamId'>): BusinessCalendar | undefined;
}

/** @throws SupportAIError when the dataset has no SLA policy at all. */
export function slaSetupOf(data: Pick<SupportData, 'teams' | 'slaPolicies' | 'calendars'>): SlaSetup {
  const [defaultPolicy] = data.slaPolicies;
  if (!defaultPolicy) throw new SupportAIError('invalid_input', 'No SLA policy', [{ path: 'slaPolicies', message: 'add at least one SLA policy' }]);
  const teams = new Map(data.teams.map((team) => [team.id, team]));
  const policies = new Map(data.slaPolicies.map((policy) => [policy.id, policy]));
  const calendars = new Map(data.calendars.map((calendar) => [calendar.id, calendar]));
  return {
    policyFor: (ticket) => policies.get(teams.get(ticket.teamId ?? '')?.slaPolicyId ?? '') ?? defaultPolicy,
    calendarFor: (ticket) => calendars.get(teams.get(ticket.teamId ?? '')?.calendarId ?? '') ?? data.calendars[0],
  };
}

/** Evaluations of solved tickets, which no longer change with `now` (every clock has stopped). */
const settledEvaluations = new WeakMap<Ticket, SlaEvaluation>();

/**
 * A ticket's SLA clocks at `now` under its team's policy and calendar. Results for a ticket that is
 * solved or closed with nothing after `now` are remembered per ticket object: every clock has stopped.
 */
export function evaluateTicketSla(ticket: Ticket, setup: SlaSetup, now: Date): SlaEvaluation {
  const settled = settledEvaluations.get(ticket);
  if (settled) return settled;
  const evaluation = evaluateSla({ ticket, policy: setup.policyFor(ticket), calendar: setup.calendarFor(ticket), now });
  const lastEventAt = ticket.events.length > 0 ? Date.parse(ticket.events[ticket.events.length - 1]!.at) : 0;
  if ((ticket.status === 'solved' || ticket.status === 'closed') && lastEventAt <= now.getTime()) settledEvaluations.set(ticket, evaluation);
  return evaluation;
}
