import type { BusinessCalendar } from '../contracts/business-calendar.js';
import type { InstantInput, Priority } from '../contracts/common.js';
import type { SlaMetric, SlaPolicy } from '../contracts/sla-policy.js';
import { compileCalendar } from './compiled-calendar.js';
import { compilePolicy } from './compiled-policy.js';
import { SlaInputError } from './errors.js';
import { toEpochSeconds, toIsoString } from './instant.js';
import type { DeadlineEndpoint } from './open-timeline.js';
import { prepareTimeline, type SlaTicketInput } from './prepared-timeline.js';
import type { SlaClock } from './sla-clock.js';
import { TimelineReplay } from './timeline-replay.js';
import type { SlaEvaluation, SlaInstance, SlaLevel, SlaState } from './types.js';

export interface EvaluateSlaInput {
  ticket: SlaTicketInput;
  policy: SlaPolicy;
  /** Required when a target counts business hours. */
  calendar?: BusinessCalendar;
  now: InstantInput;
  /** @default 'nextOpen' */
  endpoint?: DeadlineEndpoint;
}

/**
 * Evaluates every SLA clock of one ticket at `now`, following Zendesk's SLA model (docs/sla.md).
 * @throws SlaInputError or CalendarError naming the bad field; never returns numbers from bad input.
 * @example evaluateSla({ ticket: { events }, policy, calendar, now: new Date() }).nextDeadline
 */
export function evaluateSla(input: EvaluateSlaInput): SlaEvaluation {
  const replayed = replaySlaClocks(input, true);
  return summarise(replayed.figures);
}

/** One clock's figures at `now`, instants in epoch seconds: what an `SlaInstance` says, before any ISO text. */
export interface SlaClockFigures {
  metric: SlaMetric;
  priorityApplied: Priority | null;
  targetMinutes: number;
  businessHours: boolean;
  startedAt: number;
  fulfilledAt: number | null;
  state: SlaState;
  breached: boolean;
  deadline: number | null;
  elapsedSeconds: number;
  level: SlaLevel;
  /** Calendar seconds from `now` to the deadline; null unless active. */
  secondsToDeadline: number | null;
}

/** Every tracked clock of a ticket at `now`, in the order they started, and the ticket's last event instant. */
export interface ReplayedSlaClocks {
  figures: SlaClockFigures[];
  /** The latest event instant of the timeline (epoch seconds), including events after `now`. */
  lastEventAt: number;
}

/**
 * `evaluateSla` up to the figures, for callers that store the results themselves: with `remember`
 * false a frozen timeline is validated but its prepared form is not kept (a ticket whose clocks
 * have all stopped is stored compactly by `data/settled-clocks.ts` instead).
 */
export function replaySlaClocks(input: EvaluateSlaInput, remember: boolean): ReplayedSlaClocks {
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
  const { events, instants, order } = prepareTimeline(input.ticket, remember);

  const replay = new TimelineReplay(policy, calendar, endpoint, input.ticket.priority ?? null);
  for (const index of order) {
    // Events later than `now` have not happened yet.
    if (instants[index]! > now) break;
    replay.apply(events[index]!, instants[index]!);
  }
  const lastEventAt = order.length === 0 ? Number.NEGATIVE_INFINITY : instants[order[order.length - 1]!]!;
  return { figures: figuresOf(replay.finish(), now, policy.warnBeforeSeconds), lastEventAt };
}

function figuresOf(clocks: readonly SlaClock[], now: number, warnBeforeSeconds: number): SlaClockFigures[] {
  const figures: SlaClockFigures[] = [];
  // Clocks were started in time order, which is the order the instances are listed in.
  for (const clock of clocks) {
    const target = clock.target;
    if (!target) continue;
    const state = clock.fulfilledAt !== null ? 'closed' : clock.pausedSince !== null ? 'paused' : 'active';
    const end = clock.fulfilledAt ?? now;
    // breached ⇔ (fulfilledAt ?? now) > deadline; a paused clock is breached if it was over its
    // target when it stopped or its target has since shrunk below the time it had counted.
    clock.checkBreach(end);
    const deadline = state === 'paused' ? null : clock.deadlineAt(end);
    const elapsedSeconds = clock.countedSeconds(now);
    const level: SlaLevel = clock.breached
      ? 'breached'
      : state === 'closed'
        ? 'achieved'
        : state === 'paused'
          ? 'paused'
          : target.seconds - elapsedSeconds < warnBeforeSeconds
            ? 'at_risk'
            : 'ok';
    figures.push({
      metric: clock.metric,
      priorityApplied: clock.priorityApplied,
      targetMinutes: target.minutes,
      businessHours: target.businessHours,
      startedAt: clock.startedAt,
      fulfilledAt: clock.fulfilledAt,
      state,
      breached: clock.breached,
      deadline,
      elapsedSeconds,
      level,
      secondsToDeadline: state === 'active' && deadline !== null ? deadline - now : null,
    });
  }
  return figures;
}

/** The instance an `SlaClockFigures` describes: ISO instants and the minute figures derived from seconds. */
export function instanceOf(figures: SlaClockFigures): SlaInstance {
  const elapsedMinutes = Math.floor(figures.elapsedSeconds / 60);
  const diffMinutes = Math.floor(figures.targetMinutes) - elapsedMinutes;
  return {
    metric: figures.metric,
    priorityApplied: figures.priorityApplied,
    targetMinutes: figures.targetMinutes,
    businessHours: figures.businessHours,
    startedAt: toIsoString(figures.startedAt),
    fulfilledAt: figures.fulfilledAt === null ? null : toIsoString(figures.fulfilledAt),
    state: figures.state,
    breached: figures.breached,
    deadline: figures.deadline === null ? null : toIsoString(figures.deadline),
    elapsedSeconds: figures.elapsedSeconds,
    elapsedMinutes,
    remainingMinutes: Math.max(0, diffMinutes),
    remainingCalendarMinutes: figures.secondsToDeadline === null ? null : Math.floor(figures.secondsToDeadline / 60),
    diffMinutes,
    level: figures.level,
  };
}

/** Instances grouped by metric and the earliest deadline of an active clock. */
export function summarise(figures: readonly SlaClockFigures[]): SlaEvaluation {
  const instances: SlaInstance[] = [];
  const metrics: SlaEvaluation['metrics'] = {};
  let nextDeadline: number | null = null;
  for (const clock of figures) {
    if (clock.state === 'active' && clock.deadline !== null && (nextDeadline === null || clock.deadline < nextDeadline)) nextDeadline = clock.deadline;
    const instance = instanceOf(clock);
    instances.push(instance);
    (metrics[clock.metric] ??= []).push(instance);
  }
  return { metrics, instances, nextDeadline: nextDeadline === null ? null : toIsoString(nextDeadline) };
}
