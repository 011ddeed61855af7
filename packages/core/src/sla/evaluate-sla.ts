import type { BusinessCalendar } from '../contracts/business-calendar.js';
import type { InstantInput } from '../contracts/common.js';
import type { SlaPolicy } from '../contracts/sla-policy.js';
import { compileCalendar } from './compiled-calendar.js';
import { compilePolicy } from './compiled-policy.js';
import { SlaInputError } from './errors.js';
import { toEpochSeconds, toIsoString } from './instant.js';
import type { DeadlineEndpoint } from './open-timeline.js';
import { prepareTimeline, type SlaTicketInput } from './prepared-timeline.js';
import type { SlaClock } from './sla-clock.js';
import { TimelineReplay } from './timeline-replay.js';
import type { SlaEvaluation, SlaInstance, SlaLevel } from './types.js';

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
  const { events, instants, order } = prepareTimeline(input.ticket);

  const replay = new TimelineReplay(policy, calendar, endpoint, input.ticket.priority ?? null);
  for (const index of order) {
    // Events later than `now` have not happened yet.
    if (instants[index]! > now) break;
    replay.apply(events[index]!, instants[index]!);
  }
  return summarise(replay.clocks, now, policy.warnBeforeSeconds);
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
    // breached ⇔ (fulfilledAt ?? now) > deadline; a paused clock is breached if it was over its
    // target when it stopped or its target has since shrunk below the time it had counted.
    clock.checkBreach(end);
    const deadline = state === 'paused' ? null : clock.deadlineAt(end);
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
