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
 * table of docs/sla.md says. While the ticket is solved or closed every clock stops and none starts:
 * what an instant starts is kept only if the ticket is not solved or closed once all of that instant's
 * events are applied, so a reply that solves the ticket opens no update clock, whatever the events' order.
 * Call `finish()` after the last event.
 */
export class TimelineReplay {
  readonly clocks: SlaClock[] = [];
  private status: TicketStatus = 'new';
  private priority: Priority | null;
  private createdBy: 'customer' | 'agent' = 'customer';
  private createdWithPublicComment = true;
  private firstReplyDone = false;
  private firstReply: SlaClock | null = null;
  private waitingForNextReply: SlaClock | null = null;
  /** Whether a next-reply wait is open (true even when nextReply is not tracked). */
  private waiting = false;
  private periodicUpdate: SlaClock | null = null;
  private pausableUpdate: SlaClock | null = null;
  /** The instant whose events are being applied, and where its clocks begin in `clocks`. */
  private instant = Number.NEGATIVE_INFINITY;
  private firstClockOfInstant = 0;
  /** The clocks creation started, and whether the instant they started in ended solved (they start again at the first reopen). */
  private creationClocks: SlaClock[] = [];
  private creationClocksPending = false;
  /** A customer wrote while the ticket was solved: a reopen starts the wait for the reply. */
  private customerWaitPending = false;

  constructor(
    private readonly policy: CompiledPolicy,
    private readonly calendar: OpenTimeline | null,
    private readonly endpoint: DeadlineEndpoint,
    private readonly ticketPriority: Priority | null,
  ) {
    this.priority = ticketPriority;
  }

  apply(event: TicketEventInput, at: number): void {
    if (at !== this.instant) {
      this.endInstant();
      this.instant = at;
    }
    switch (event.type) {
      case 'created':
        this.status = event.status ?? 'new';
        this.priority = event.priority ?? this.ticketPriority;
        this.createdBy = event.by;
        this.createdWithPublicComment = event.public !== false;
        this.startCreationClocks(at, false);
        break;
      case 'customer_message':
        if (this.isSolved) this.customerWaitPending = this.customerWaitPending || this.customerMessageStartsWait();
        else if (this.customerMessageStartsWait()) this.startWaiting(at);
        break;
      case 'agent_reply':
        this.firstReply?.fulfil(at);
        this.firstReplyDone = true;
        this.customerWaitPending = false;
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

  /** Settles the last instant; the clocks are final after this. */
  finish(): readonly SlaClock[] {
    this.endInstant();
    return this.clocks;
  }

  private get isSolved(): boolean {
    return SOLVED_STATUSES.has(this.status);
  }

  /**
   * A customer message starts a next-reply wait when none is open and an agent has replied — or, with
   * `nextReplyIncludesFirst`, on a ticket an agent opened with an internal note, where no reply came yet.
   */
  private customerMessageStartsWait(): boolean {
    if (this.waiting) return false;
    if (this.firstReplyDone) return true;
    return this.policy.nextReplyIncludesFirst && this.createdBy === 'agent' && !this.createdWithPublicComment;
  }

  /** Creation's clocks, at creation or, for a ticket solved the instant it was created, at its first reopen. */
  private startCreationClocks(at: number, onReopen: boolean): void {
    const before = this.clocks.length;
    // An agent may have replied while the ticket was solved: that was its first reply.
    if (!this.firstReplyDone) this.firstReply = this.start('firstReply', at);
    for (const metric of UNTIL_SOLVED) this.start(metric, at);
    this.creationClocks = this.clocks.slice(before);
    if (this.createdBy === 'customer' && this.policy.nextReplyIncludesFirst && !this.firstReplyDone && !this.waiting) this.startWaiting(at);
    // An agent's public opening comment is an update (not a first reply); after a reopen only a reply is.
    if (this.createdBy === 'agent' && this.createdWithPublicComment && !onReopen) this.startUpdateClocks(at);
  }

  /** Drops what the instant started if the ticket ends it solved or closed: those clocks never ran. */
  private endInstant(): void {
    if (this.isSolved && this.clocks.length > this.firstClockOfInstant) {
      const dropped = new Set(this.clocks.splice(this.firstClockOfInstant));
      if (this.creationClocks.some((clock) => dropped.has(clock))) {
        this.creationClocks = [];
        this.creationClocksPending = true;
      }
      if (this.firstReply && dropped.has(this.firstReply)) this.firstReply = null;
      if (this.periodicUpdate && dropped.has(this.periodicUpdate)) this.periodicUpdate = null;
      if (this.pausableUpdate && dropped.has(this.pausableUpdate)) this.pausableUpdate = null;
      if (this.waitingForNextReply && dropped.has(this.waitingForNextReply)) this.waitingForNextReply = null;
    }
    this.firstClockOfInstant = this.clocks.length;
  }

  private changeStatus(to: TicketStatus, at: number): void {
    const wasSolved = this.isSolved;
    this.status = to;
    const isSolved = this.isSolved;
    if (isSolved && !wasSolved) {
      this.fulfilNextReply(at);
      for (const clock of this.clocks) if (clock.untilSolved) clock.fulfil(at);
    } else if (wasSolved && !isSolved) {
      for (const clock of this.clocks) if (clock.untilSolved) clock.reopen(at, clock.pausesOn[to]);
      this.startPendingClocks(at);
    }
    for (const clock of this.clocks) {
      if (!clock.isOpen) continue;
      if (isSolved || clock.pausesOn[to]) clock.pause(at);
      else clock.resume(at);
    }
  }

  /** On a reopen, what could not start while the ticket was solved starts now. */
  private startPendingClocks(at: number): void {
    if (this.creationClocksPending) {
      this.creationClocksPending = false;
      this.startCreationClocks(at, true);
    }
    if (this.customerWaitPending) {
      this.customerWaitPending = false;
      if (!this.waiting) this.startWaiting(at);
    }
  }

  private start(metric: SlaMetric, at: number): SlaClock | null {
    // A metric no priority has a target for can never show up: don't run its clock.
    if (!this.policy.tracks(metric)) return null;
    const clock = new SlaClock(metric, at, this.priority, this.policy.targetFor(metric, this.priority), this.calendar, this.endpoint, this.policy.pauseTableOf(metric));
    if (this.isSolved || clock.pausesOn[this.status]) clock.pausedSince = at;
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
