import type { Priority, TicketStatus } from '../contracts/common.js';
import type { SlaMetric } from '../contracts/sla-policy.js';
import type { TicketEventInput } from '../contracts/ticket-event.js';
import type { CompiledPolicy } from './compiled-policy.js';
import type { DeadlineEndpoint } from './open-timeline.js';
import { SlaClock, type TimelineFor } from './sla-clock.js';

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
  private waitingForNextReply: SlaClock | null = null;
  private updateClocks: SlaClock[] = [];

  constructor(
    private readonly policy: CompiledPolicy,
    private readonly timelineFor: TimelineFor,
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
        this.start('firstReply', at);
        for (const metric of UNTIL_SOLVED) this.start(metric, at);
        if (event.by === 'customer' && this.policy.nextReplyIncludesFirst) this.waitingForNextReply = this.start('nextReply', at);
        // An agent's public opening comment is an update (not a first reply).
        if (event.by === 'agent' && event.public !== false) this.startUpdateClocks(at);
        break;
      case 'customer_message':
        if (this.firstReplyDone && !this.waitingForNextReply) this.waitingForNextReply = this.start('nextReply', at);
        break;
      case 'agent_reply':
        for (const clock of this.clocks) if (clock.metric === 'firstReply') clock.fulfil(at);
        this.firstReplyDone = true;
        this.fulfilNextReply(at);
        for (const clock of this.updateClocks) clock.fulfil(at);
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
      for (const clock of this.clocks) if (UNTIL_SOLVED.has(clock.metric)) clock.fulfil(at);
    } else if (wasSolved && !isSolved) {
      for (const clock of this.clocks) if (UNTIL_SOLVED.has(clock.metric)) clock.reopen(at, this.policy.pausesOn(clock.metric, to));
    }
    for (const clock of this.clocks) {
      if (!clock.isOpen) continue;
      if (isSolved || this.policy.pausesOn(clock.metric, to)) clock.pause(at);
      else clock.resume(at);
    }
  }

  private start(metric: SlaMetric, at: number): SlaClock {
    const clock = new SlaClock(metric, at, this.priority, this.policy.targetFor(metric, this.priority), this.timelineFor, this.endpoint);
    if (SOLVED_STATUSES.has(this.status) || this.policy.pausesOn(metric, this.status)) clock.pausedSince = at;
    this.clocks.push(clock);
    return clock;
  }

  private startUpdateClocks(at: number): void {
    this.updateClocks = [this.start('periodicUpdate', at), this.start('pausableUpdate', at)];
  }

  private fulfilNextReply(at: number): void {
    this.waitingForNextReply?.fulfil(at);
    this.waitingForNextReply = null;
  }
}
