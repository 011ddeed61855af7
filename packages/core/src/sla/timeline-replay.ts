import type { Priority, TicketStatus } from '../contracts/common.js';
import type { SlaMetric } from '../contracts/sla-policy.js';
import type { TicketEventInput } from '../contracts/ticket-event.js';
import type { CompiledPolicy } from './compiled-policy.js';
import type { DeadlineEndpoint, OpenTimeline } from './open-timeline.js';
import { SlaClock } from './sla-clock.js';

const SOLVED_STATUSES: ReadonlySet<TicketStatus> = new Set(['solved', 'closed']);
/** Clocks that a solve fulfils and a reopen resumes. */
const UNTIL_SOLVED: ReadonlySet<SlaMetric> = new Set(['requesterWait', 'agentWork', 'resolution']);

/**
 * Replays a ticket's events in time order, starting, pausing and fulfilling SLA clocks as the metric
 * table of docs/sla.md says. While the ticket is solved or closed every clock stops.
 */
export class TimelineReplay {
  readonly clocks: SlaClock[] = [];
  private status: TicketStatus = 'new';
  private priority: Priority | null;
  private firstReplyDone = false;
  private firstReply: SlaClock | null = null;
  private waitingForNextReply: SlaClock | null = null;
  /** Whether a next-reply wait is open (true even when nextReply is not tracked). */
  private waiting = false;
  private periodicUpdate: SlaClock | null = null;
  private pausableUpdate: SlaClock | null = null;

  constructor(
    private readonly policy: CompiledPolicy,
    private readonly calendar: OpenTimeline | null,
    private readonly endpoint: DeadlineEndpoint,
    private readonly ticketPriority: Priority | null,
  ) {
    this.priority = ticketPriority;
  }

  apply(event: TicketEventInput, at: number): void {
    switch (event.type) {
      case 'created':
        this.status = event.status ?? 'new';
        this.priority = event.priority ?? this.ticketPriority;
        this.firstReply = this.start('firstReply', at);
        for (const metric of UNTIL_SOLVED) this.start(metric, at);
        if (event.by === 'customer' && this.policy.nextReplyIncludesFirst) this.startWaiting(at);
        // An agent's public opening comment is an update (not a first reply).
        if (event.by === 'agent' && event.public !== false) this.startUpdateClocks(at);
        break;
      case 'customer_message':
        if (this.firstReplyDone && !this.waiting) this.startWaiting(at);
        break;
      case 'agent_reply':
        this.firstReply?.fulfil(at);
        this.firstReplyDone = true;
        this.fulfilNextReply(at);
        this.periodicUpdate?.fulfil(at);
        this.pausableUpdate?.fulfil(at);
        this.startUpdateClocks(at);
        break;
      case 'status':
        this.changeStatus(event.to, at);
        break;
      case 'priority':
        this.priority = event.to;
        for (const clock of this.clocks) clock.retarget(this.policy.targetFor(clock.metric, this.priority), at);
        break;
      case 'agent_note':
      case 'assignment':
        break;
    }
  }

  private changeStatus(to: TicketStatus, at: number): void {
    const wasSolved = SOLVED_STATUSES.has(this.status);
    const isSolved = SOLVED_STATUSES.has(to);
    this.status = to;
    if (isSolved && !wasSolved) {
      this.fulfilNextReply(at);
      for (const clock of this.clocks) if (clock.untilSolved) clock.fulfil(at);
    } else if (wasSolved && !isSolved) {
      for (const clock of this.clocks) if (clock.untilSolved) clock.reopen(at, clock.pausesOn[to]);
    }
    for (const clock of this.clocks) {
      if (!clock.isOpen) continue;
      if (isSolved || clock.pausesOn[to]) clock.pause(at);
      else clock.resume(at);
    }
  }

  private start(metric: SlaMetric, at: number): SlaClock | null {
    // A metric no priority has a target for can never show up: don't run its clock.
    if (!this.policy.tracks(metric)) return null;
    const clock = new SlaClock(metric, at, this.priority, this.policy.targetFor(metric, this.priority), this.calendar, this.endpoint, this.policy.pauseTableOf(metric));
    if (SOLVED_STATUSES.has(this.status) || clock.pausesOn[this.status]) clock.pausedSince = at;
    this.clocks.push(clock);
    return clock;
  }

  private startUpdateClocks(at: number): void {
    this.periodicUpdate = this.start('periodicUpdate', at);
    this.pausableUpdate = this.start('pausableUpdate', at);
  }

  private startWaiting(at: number): void {
    this.waiting = true;
    this.waitingForNextReply = this.start('nextReply', at);
  }

  private fulfilNextReply(at: number): void {
    this.waitingForNextReply?.fulfil(at);
    this.waitingForNextReply = null;
    this.waiting = false;
  }
}
