import { z } from 'zod';
import type { BusinessCalendar } from '../contracts/business-calendar.js';
import { PrioritySchema, type InstantInput, type Priority } from '../contracts/common.js';
import { toInputIssues } from '../contracts/parse.js';
import { SLA_METRICS, type SlaMetric, type SlaPolicy } from '../contracts/sla-policy.js';
import { TicketEventInputSchema, type TicketEventInput } from '../contracts/ticket-event.js';
import { compileCalendar } from './compiled-calendar.js';
import { compilePolicy, type ResolvedTarget } from './compiled-policy.js';
import { SlaInputError } from './errors.js';
import { toEpochSeconds, toIsoString, validatedEpochSeconds } from './instant.js';
import { ALWAYS_OPEN, type DeadlineEndpoint, type OpenTimeline } from './open-timeline.js';
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

const METRIC_ORDER = new Map(SLA_METRICS.map((metric, index) => [metric, index]));

interface TimedEvent {
  at: number;
  index: number;
  event: TicketEventInput;
}

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
  const ticket = parseTicket(input.ticket);
  const events = orderedEvents(ticket.events, now);
  const timelineFor = (target: ResolvedTarget): OpenTimeline => (target.businessHours && calendar ? calendar : ALWAYS_OPEN);

  const replay = new TimelineReplay(policy, timelineFor, endpoint, ticket.priority ?? null);
  for (const { at, event } of events) replay.apply(event, at);
  return summarise(replay.clocks, now, policy.warnBeforeSeconds);
}

function parseTicket(ticket: SlaTicketInput): z.output<typeof SlaTicketInputSchema> {
  const result = SlaTicketInputSchema.safeParse(ticket);
  if (!result.success) throw new SlaInputError('Invalid ticket timeline', toInputIssues(result.error.issues, 'ticket'));
  return result.data;
}

/** Events in time order (stable), without those after `now`; checks there is one `created`, first. */
function orderedEvents(events: readonly TicketEventInput[], now: number): TimedEvent[] {
  const timed = events.map((event, index) => ({ at: validatedEpochSeconds(event.at), index, event }));
  const createdIndexes = timed.filter((entry) => entry.event.type === 'created').map((entry) => entry.index);
  if (createdIndexes.length !== 1) {
    const path = createdIndexes.length === 0 ? 'ticket.events' : `ticket.events.${createdIndexes[1]}`;
    throw new SlaInputError('Invalid ticket timeline', [{ path, message: `must hold exactly one 'created' event (found ${createdIndexes.length})` }]);
  }
  const created = timed[createdIndexes[0]!]!;
  const early = timed.find((entry) => entry.at < created.at);
  if (early) {
    throw new SlaInputError('Invalid ticket timeline', [
      { path: `ticket.events.${early.index}.at`, message: `'${early.event.type}' happens before the ticket was created` },
    ]);
  }
  return timed
    .filter((entry) => entry.at <= now)
    .sort((left, right) => left.at - right.at || (left.event.type === 'created' ? -1 : right.event.type === 'created' ? 1 : left.index - right.index));
}

function summarise(clocks: readonly SlaClock[], now: number, warnBeforeSeconds: number): SlaEvaluation {
  const instances: SlaInstance[] = [];
  const metrics: SlaEvaluation['metrics'] = {};
  let nextDeadline: number | null = null;
  const tracked = clocks
    .filter((clock) => clock.target !== null)
    .sort((left, right) => left.startedAt - right.startedAt || METRIC_ORDER.get(left.metric)! - METRIC_ORDER.get(right.metric)!);

  for (const clock of tracked) {
    const target = clock.target!;
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
