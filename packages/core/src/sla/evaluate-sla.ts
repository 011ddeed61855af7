import { z } from 'zod';
import type { BusinessCalendar } from '../contracts/business-calendar.js';
import { PrioritySchema, type InstantInput, type Priority } from '../contracts/common.js';
import { toInputIssues } from '../contracts/parse.js';
import type { SlaPolicy } from '../contracts/sla-policy.js';
import { TicketEventInputSchema, type TicketEventInput } from '../contracts/ticket-event.js';
import { compileCalendar } from './compiled-calendar.js';
import { compilePolicy } from './compiled-policy.js';
import { SlaInputError } from './errors.js';
import { toEpochSeconds, toIsoString, validatedEpochSeconds } from './instant.js';
import type { DeadlineEndpoint } from './open-timeline.js';
import type { SlaClock } from './sla-clock.js';
import { TimelineReplay } from './timeline-replay.js';
import type { SlaEvaluation, SlaInstance, SlaLevel } from './types.js';

/** The part of a ticket the SLA engine reads. */
export interface SlaTicketInput {
  /** Used as the opening priority when the `created` event carries none. */
  priority?: Priority | null;
  events: readonly TicketEventInput[];
}

export interface EvaluateSlaInput {
  ticket: SlaTicketInput;
  policy: SlaPolicy;
  /** Required when a target counts business hours. */
  calendar?: BusinessCalendar;
  now: InstantInput;
  /** @default 'nextOpen' */
  endpoint?: DeadlineEndpoint;
}

const SlaTicketInputSchema = z.object({
  priority: PrioritySchema.nullable().optional(),
  events: z.array(TicketEventInputSchema),
});


/**
 * Evaluates every SLA clock of one ticket at `now`, following Zendesk's SLA model (docs/sla.md).
 * @throws SlaInputError or CalendarError naming the bad field; never returns numbers from bad input.
 * @example evaluateSla({ ticket: { events }, policy, calendar, now: new Date() }).nextDeadline
 */
export function evaluateSla(input: EvaluateSlaInput): SlaEvaluation {
  const policy = compilePolicy(input.policy);
  if (policy.usesBusinessHours && !input.calendar) {
    throw new SlaInputError('Missing business calendar', [{ path: 'calendar', message: 'a target counts business hours, so a calendar is required' }]);
  }
  const calendar = input.calendar ? compileCalendar(input.calendar) : null;
  const now = toEpochSeconds(input.now, 'now');
  const endpoint = input.endpoint ?? 'nextOpen';
  if (endpoint !== 'nextOpen' && endpoint !== 'close') {
    throw new SlaInputError('Invalid endpoint', [{ path: 'endpoint', message: "must be 'nextOpen' or 'close'" }]);
  }
  const ticket = validTicket(input.ticket);
  const instants: number[] = [];
  const order = orderEvents(ticket.events, now, instants);

  const replay = new TimelineReplay(policy, calendar, endpoint, ticket.priority ?? null);
  for (const index of order) replay.apply(ticket.events[index]!, instants[index]!);
  return summarise(replay.clocks, now, policy.warnBeforeSeconds);
}

/**
 * Frozen event lists that passed validation. Data sources hand out frozen tickets and dashboards
 * evaluate the same tickets at every refresh, so those are checked once; a list that is not frozen
 * could change between calls and is checked every time.
 */
const validatedFrozenLists = new WeakSet<object>();

function validTicket(ticket: SlaTicketInput): SlaTicketInput {
  const events: unknown = typeof ticket === 'object' && ticket !== null ? ticket.events : undefined;
  if (typeof events === 'object' && events !== null && validatedFrozenLists.has(events) && isValidPriority(ticket.priority)) return ticket;
  const result = SlaTicketInputSchema.safeParse(ticket);
  if (!result.success) throw new SlaInputError('Invalid ticket timeline', toInputIssues(result.error.issues, 'ticket'));
  // The schema has no transforms, so the caller's own (frozen) list can be remembered as valid.
  if (isDeeplyFrozen(ticket.events)) validatedFrozenLists.add(ticket.events);
  return ticket;
}

function isValidPriority(priority: unknown): boolean {
  return priority === undefined || priority === null || PrioritySchema.safeParse(priority).success;
}

function isDeeplyFrozen(events: readonly TicketEventInput[]): boolean {
  return Object.isFrozen(events) && events.every((event) => Object.isFrozen(event) && (!(event.at instanceof Date)));
}

/**
 * Indexes of the events up to `now`, in time order (stable, `created` first on ties), with each event's
 * instant in `instants`. Checks there is exactly one `created` and nothing before it.
 */
function orderEvents(events: readonly TicketEventInput[], now: number, instants: number[]): number[] {
  let createdIndex = -1;
  let createdCount = 0;
  let secondCreatedIndex = -1;
  let earliestIndex = -1;
  let inOrder = true;
  const order: number[] = [];
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index]!;
    const at = validatedEpochSeconds(event.at);
    instants.push(at);
    if (event.type === 'created') {
      createdCount += 1;
      if (createdIndex < 0) createdIndex = index;
      else if (secondCreatedIndex < 0) secondCreatedIndex = index;
    }
    if (earliestIndex < 0 || at < instants[earliestIndex]!) earliestIndex = index;
    if (at <= now) {
      if (order.length > 0 && instants[order[order.length - 1]!]! > at) inOrder = false;
      order.push(index);
    }
  }
  if (createdCount !== 1) {
    const path = createdCount === 0 ? 'ticket.events' : `ticket.events.${secondCreatedIndex}`;
    throw new SlaInputError('Invalid ticket timeline', [{ path, message: `must hold exactly one 'created' event (found ${createdCount})` }]);
  }
  if (instants[earliestIndex]! < instants[createdIndex]!) {
    throw new SlaInputError('Invalid ticket timeline', [
      { path: `ticket.events.${earliestIndex}.at`, message: `'${events[earliestIndex]!.type}' happens before the ticket was created` },
    ]);
  }
  // Stored timelines are usually in order already; sorting is for the rest.
  if (!inOrder || (order.length > 0 && order[0] !== createdIndex)) {
    const rank = (index: number) => (index === createdIndex ? -1 : index);
    order.sort((left, right) => instants[left]! - instants[right]! || rank(left) - rank(right));
  }
  return order;
}

function summarise(clocks: readonly SlaClock[], now: number, warnBeforeSeconds: number): SlaEvaluation {
  const instances: SlaInstance[] = [];
  const metrics: SlaEvaluation['metrics'] = {};
  let nextDeadline: number | null = null;
  // Clocks were started in time order, which is the order the instances are listed in.
  for (const clock of clocks) {
    const target = clock.target;
    if (!target) continue;
    const state = clock.fulfilledAt !== null ? 'closed' : clock.pausedSince !== null ? 'paused' : 'active';
    const end = clock.fulfilledAt ?? now;
    const deadline = state === 'paused' ? null : clock.deadlineAt(end);
    // breached ⇔ (fulfilledAt ?? now) > deadline; a paused clock keeps what it had when it stopped.
    if (deadline !== null && end > deadline) clock.breached = true;
    const elapsedSeconds = clock.countedSeconds(now);
    const elapsedMinutes = Math.floor(elapsedSeconds / 60);
    const diffMinutes = Math.floor(target.minutes) - elapsedMinutes;
    const level: SlaLevel = clock.breached
      ? 'breached'
      : state === 'closed'
        ? 'achieved'
        : state === 'paused'
          ? 'paused'
          : target.seconds - elapsedSeconds < warnBeforeSeconds
            ? 'at_risk'
            : 'ok';
    if (state === 'active' && deadline !== null && (nextDeadline === null || deadline < nextDeadline)) nextDeadline = deadline;

    const instance: SlaInstance = {
      metric: clock.metric,
      priorityApplied: clock.priorityApplied,
      targetMinutes: target.minutes,
      businessHours: target.businessHours,
      startedAt: toIsoString(clock.startedAt),
      fulfilledAt: clock.fulfilledAt === null ? null : toIsoString(clock.fulfilledAt),
      state,
      breached: clock.breached,
      deadline: deadline === null ? null : toIsoString(deadline),
      elapsedSeconds,
      elapsedMinutes,
      remainingMinutes: Math.max(0, diffMinutes),
      remainingCalendarMinutes: state === 'active' && deadline !== null ? Math.floor((deadline - now) / 60) : null,
      diffMinutes,
      level,
    };
    instances.push(instance);
    (metrics[clock.metric] ??= []).push(instance);
  }
  return { metrics, instances, nextDeadline: nextDeadline === null ? null : toIsoString(nextDeadline) };
}
