import type { Priority, TicketStatus } from '../../contracts/common.js';
import type { SlaMetric } from '../../contracts/sla-policy.js';
import type { TicketEvent } from '../../contracts/ticket-event.js';
import { HOUR_MS, isoInstant, MINUTE_MS } from '../demo-time.js';
import type { SeededRandom } from '../random.js';
import type { SlotFiller } from '../text/slots.js';
import type { RatingDraws } from './rating-draws.js';
import type { TeamClock } from './team-clock.js';
import type { TicketPlan } from './ticket-plan.js';

/** What every timeline needs besides its plan. */
export interface TimelineContext {
  random: SeededRandom;
  clock: TeamClock;
  nowMs: number;
  slots: SlotFiller;
  description: string;
  /** The Jira issue an escalation is filed as. */
  jiraKey: string | null;
  ratings: RatingDraws;
}

/** The actor of automatic changes: routing rules and the automatic close. */
export const SYSTEM_ACTOR_ID = 'system';

/**
 * Appends a ticket's events in time order, with the timing habits of its agent and customer. Events are
 * written in their final form; `times` keeps each one's instant in epoch milliseconds, so a timeline can
 * still be moved earlier (`moveEarlier`) without copying the events.
 */
export class TimelineWriter {
  readonly events: TicketEvent[] = [];
  readonly times: number[] = [];
  priority: Priority;
  status: TicketStatus = 'new';

  constructor(
    readonly plan: TicketPlan,
    readonly context: TimelineContext,
  ) {
    this.priority = plan.priority;
  }

  get lastAt(): number {
    return this.times[this.times.length - 1]!;
  }

  /** The opening event; phone tickets are logged by the agent who took the call. */
  created(at: number): void {
    const { plan, context } = this;
    const byAgent = plan.channel === 'phone' && plan.agent !== null;
    const actorId = byAgent ? plan.agent!.agent.id : plan.requester.id;
    this.status = byAgent ? 'open' : 'new';
    const { priority, status } = this;
    if (byAgent) this.push(at, { type: 'created', at: isoInstant(at), actorId, by: 'agent', public: true, status, priority, body: context.description });
    else this.push(at, { type: 'created', at: isoInstant(at), actorId, by: 'customer', status, priority, body: context.description });
  }

  assign(at: number, assigneeId: string | null, actorId = SYSTEM_ACTOR_ID): void {
    this.push(at, { type: 'assignment', at: isoInstant(at), actorId, assigneeId, teamId: this.plan.teamId });
  }

  /** A status change; those the customer causes (a reply on a pending ticket) carry the requester as actor. */
  setStatus(at: number, to: TicketStatus, actorId = this.plan.requester.id): void {
    if (to === this.status) return;
    this.push(at, { type: 'status', at: isoInstant(at), actorId, to });
    this.status = to;
  }

  raisePriority(at: number, to: Priority, actorId: string): void {
    this.push(at, { type: 'priority', at: isoInstant(at), actorId, to });
    this.priority = to;
  }

  reply(at: number, actorId: string, template: string): void {
    this.push(at, { type: 'agent_reply', at: isoInstant(at), actorId, body: this.context.slots.fill(template) });
  }

  note(at: number, actorId: string, body: string): void {
    this.push(at, { type: 'agent_note', at: isoInstant(at), actorId, body });
  }

  customer(at: number, body: string): void {
    this.push(at, { type: 'customer_message', at: isoInstant(at), actorId: this.plan.requester.id, body });
  }

  /** Rewrites every event `shiftMs` earlier (for solved stories that would otherwise run past `now`). */
  moveEarlier(shiftMs: number): void {
    this.events.forEach((event, index) => {
      this.times[index] = this.times[index]! - shiftMs;
      event.at = isoInstant(this.times[index]!);
    });
  }

  /** When the agent answers a wait that started at `fromMs`: a log-normal share of the SLA target around their habit. */
  agentReplyAt(fromMs: number, metric: SlaMetric): number {
    const speed = this.plan.agent?.replySpeed ?? 0.4;
    const share = this.context.random.logNormal(speed, 0.55);
    return Math.max(fromMs + MINUTE_MS, this.context.clock.afterShareOfTarget(fromMs, metric, this.priority, share));
  }

  /** When the customer writes back: a few hours typically, from minutes to four days. */
  customerReplyAt(fromMs: number, medianHours = 3): number {
    const hours = Math.min(96, Math.max(0.15, this.context.random.logNormal(medianHours, 0.9)));
    return fromMs + Math.round(hours * HOUR_MS);
  }

  private push(at: number, event: TicketEvent): void {
    this.times.push(at);
    this.events.push(event);
  }
}
