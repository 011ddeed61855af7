import type { BusinessCalendar } from '../contracts/business-calendar.js';
import type { SlaPolicy } from '../contracts/sla-policy.js';
import type { Ticket } from '../contracts/ticket.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { evaluateSla, replaySlaClocks, summarise } from '../sla/evaluate-sla.js';
import type { SlaEvaluation } from '../sla/types.js';
import { EvaluatedTicketClocks, settledClockStoreFor, type SettledClockStore, type TicketClocks } from './settled-clocks.js';
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

/** An open ticket's evaluation at the instant it was last asked for (a dashboard asks several times at one instant). */
interface OpenEvaluation {
  nowMs: number;
  policy: SlaPolicy;
  calendar: BusinessCalendar | undefined;
  evaluation: SlaEvaluation;
}

const openEvaluations = new WeakMap<Ticket, OpenEvaluation>();

/**
 * A ticket's SLA clocks at `now` under its team's policy and calendar. A ticket that is solved or closed
 * with every clock stopped and nothing after `now` is stored compactly per ticket object, policy and
 * calendar (`SettledClockStore`) and rebuilt from there; an open ticket's evaluation is remembered for
 * the last instant it was asked at, so the reports of one dashboard share it.
 */
export function evaluateTicketSla(ticket: Ticket, setup: SlaSetup, now: Date): SlaEvaluation {
  const policy = setup.policyFor(ticket);
  const calendar = setup.calendarFor(ticket);
  const settled = settledClocksOf(ticket, policy, calendar, now);
  if (settled) return settled.store.evaluationOf(settled.slot);
  return openEvaluationOf(ticket, policy, calendar, now);
}

/**
 * `evaluateTicketSla` as columns to read by index: no `SlaInstance` objects for settled tickets. What
 * reports that read thousands of tickets use.
 */
export function ticketClocks(ticket: Ticket, setup: SlaSetup, now: Date): TicketClocks {
  const policy = setup.policyFor(ticket);
  const calendar = setup.calendarFor(ticket);
  const settled = settledClocksOf(ticket, policy, calendar, now);
  if (settled) return settled.store.clocksOf(settled.slot);
  return new EvaluatedTicketClocks(openEvaluationOf(ticket, policy, calendar, now));
}

function isSettledStatus(ticket: Ticket): boolean {
  return ticket.status === 'solved' || ticket.status === 'closed';
}

/** The store and slot of a settled ticket, evaluating and storing it on first sight; null for a ticket still moving. */
function settledClocksOf(ticket: Ticket, policy: SlaPolicy, calendar: BusinessCalendar | undefined, now: Date): { store: SettledClockStore; slot: number } | null {
  if (!isSettledStatus(ticket)) return null;
  const store = settledClockStoreFor(policy, calendar);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  let slot = store.slotOf(ticket, nowSeconds);
  if (slot >= 0) return { store, slot };
  const cached = openEvaluations.get(ticket);
  if (cached && cached.nowMs === now.getTime() && cached.policy === policy && cached.calendar === calendar) return null;
  // The prepared timeline is not kept: the stored clocks replace it.
  const replayed = replaySlaClocks({ ticket, policy, calendar, now }, false);
  if (replayed.lastEventAt <= nowSeconds && store.add(ticket, replayed.figures, replayed.lastEventAt)) {
    slot = store.slotOf(ticket, nowSeconds);
    return { store, slot };
  }
  openEvaluations.set(ticket, { nowMs: now.getTime(), policy, calendar, evaluation: summarise(replayed.figures) });
  return null;
}

function openEvaluationOf(ticket: Ticket, policy: SlaPolicy, calendar: BusinessCalendar | undefined, now: Date): SlaEvaluation {
  const nowMs = now.getTime();
  const cached = openEvaluations.get(ticket);
  if (cached && cached.nowMs === nowMs && cached.policy === policy && cached.calendar === calendar) return cached.evaluation;
  const evaluation = evaluateSla({ ticket, policy, calendar, now });
  openEvaluations.set(ticket, { nowMs, policy, calendar, evaluation });
  return evaluation;
}

/**
 * Evaluates and stores the settled tickets of a list and evaluates its open ones at `now`, then releases
 * the stores' spare capacity: what `prepareSupportData` runs at load time.
 */
export function prepareTicketSla(tickets: readonly Ticket[], setup: SlaSetup, now: Date): void {
  const stores = new Set<SettledClockStore>();
  for (const ticket of tickets) {
    const policy = setup.policyFor(ticket);
    const calendar = setup.calendarFor(ticket);
    try {
      if (!settledClocksOf(ticket, policy, calendar, now)) openEvaluationOf(ticket, policy, calendar, now);
    } catch {
      // A ticket the engine rejects is rejected again, with its error, when a report reads it.
      continue;
    }
    if (isSettledStatus(ticket)) stores.add(settledClockStoreFor(policy, calendar));
  }
  for (const store of stores) store.trim();
}
