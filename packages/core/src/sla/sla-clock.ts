import type { Priority, TicketStatus } from '../contracts/common.js';
import type { SlaMetric } from '../contracts/sla-policy.js';
import type { ResolvedTarget } from './compiled-policy.js';
import { ALWAYS_OPEN, type DeadlineEndpoint, type OpenTimeline } from './open-timeline.js';
import { advanceCounted, countedSecondsBetween, type PauseInterval } from './pauses.js';

/**
 * The running state of one SLA clock, in epoch seconds. Counted time is kept up to date span by span,
 * so a long timeline costs one open-time lookup per span, not a replay per check. Breach is checked
 * whenever the clock stops counting or its target changes, so it stays recorded (sticky).
 */
export class SlaClock {
  /** Closed pauses, in order; only needed to recompute from scratch. */
  readonly pauses: PauseInterval[] = [];
  /** Fulfilled by a solve and resumed by a reopen (requesterWait, agentWork, resolution). */
  readonly untilSolved: boolean;
  pausedSince: number | null = null;
  fulfilledAt: number | null = null;
  breached = false;
  /** Time counted against the target up to `countedUntil`. */
  private counted = 0;
  private countedUntil: number;

  constructor(
    readonly metric: SlaMetric,
    readonly startedAt: number,
    readonly priorityApplied: Priority | null,
    public target: ResolvedTarget | null,
    /** The business calendar, for targets that count business hours. */
    private readonly calendar: OpenTimeline | null,
    private readonly endpoint: DeadlineEndpoint,
    /** Statuses that pause this clock (solved and closed stop every clock anyway). */
    readonly pausesOn: Readonly<Record<TicketStatus, boolean>>,
  ) {
    this.countedUntil = startedAt;
    this.untilSolved = metric === 'requesterWait' || metric === 'agentWork' || metric === 'resolution';
  }

  get isOpen(): boolean {
    return this.fulfilledAt === null;
  }

  private get isCounting(): boolean {
    return this.fulfilledAt === null && this.pausedSince === null;
  }

  private timelineOf(target: ResolvedTarget): OpenTimeline {
    return target.businessHours && this.calendar ? this.calendar : ALWAYS_OPEN;
  }

  /** Brings the counted time up to `at` (no-op while stopped). */
  private countUntil(at: number): void {
    if (this.isCounting && this.target && at > this.countedUntil) {
      this.counted += this.timelineOf(this.target).openSecondsBetween(this.countedUntil, at);
      this.countedUntil = at;
    }
  }

  /** Deadline for the current target if the clock counts from `at` on (an ongoing pause ends at `at`). */
  deadlineAt(at: number): number | null {
    if (!this.target) return null;
    this.countUntil(at);
    const from = this.isCounting ? this.countedUntil : Math.max(at, this.countedUntil);
    const remaining = this.target.seconds - this.counted;
    if (remaining > 0 || (remaining === 0 && this.endpoint === 'nextOpen')) {
      return this.timelineOf(this.target).advance(from, remaining, this.endpoint);
    }
    // Already used up before `from`: replay from the start to find when.
    return this.withOngoingPause(at, (pauses) => advanceCounted(this.timelineOf(this.target!), this.startedAt, this.target!.seconds, pauses, this.endpoint));
  }

  /** Records a breach if the deadline had passed by `at`: `at > deadline`. */
  checkBreach(at: number): void {
    if (this.breached || !this.target) return;
    this.countUntil(at);
    // With 'nextOpen', `at > deadline` is exactly "more than the target counted by `at`".
    if (this.counted > this.target.seconds) this.breached = true;
    else if (this.endpoint === 'close' && this.counted === this.target.seconds) {
      const deadline = this.deadlineAt(at);
      if (deadline !== null && at > deadline) this.breached = true;
    }
  }

  pause(at: number): void {
    if (!this.isCounting) return;
    this.checkBreach(at);
    this.countUntil(at);
    this.pausedSince = at;
  }

  resume(at: number): void {
    if (!this.isOpen || this.pausedSince === null) return;
    if (at > this.pausedSince) this.pauses.push([this.pausedSince, at]);
    this.pausedSince = null;
    this.countedUntil = Math.max(this.countedUntil, at);
  }

  fulfil(at: number): void {
    if (!this.isOpen) return;
    this.checkBreach(at);
    this.resume(at);
    this.countUntil(at);
    this.fulfilledAt = at;
  }

  /** A solved ticket reopened: the time it spent solved does not count. */
  reopen(at: number, paused: boolean): void {
    if (this.fulfilledAt === null) return;
    if (at > this.fulfilledAt) this.pauses.push([this.fulfilledAt, at]);
    this.fulfilledAt = null;
    this.countedUntil = Math.max(this.countedUntil, at);
    if (paused) this.pausedSince = at;
  }

  /** The policy re-applied with a new priority: from now on the new target counts (or none). */
  retarget(target: ResolvedTarget | null, at: number): void {
    if (!this.isOpen) return;
    this.checkBreach(at);
    const previous = this.target;
    this.target = target;
    if (!target) return;
    if (!previous || previous.businessHours !== target.businessHours) {
      // Counted on another timeline until now: count again on this one.
      const until = this.pausedSince ?? at;
      this.counted = this.withOngoingPause(until, (pauses) => countedSecondsBetween(this.timelineOf(target), this.startedAt, until, pauses));
      this.countedUntil = until;
    }
    // Already over the new target (even while paused): its deadline has passed.
    this.checkBreach(at);
  }

  /** Time counted against the target up to `at` (or to fulfilment, or to the start of the current pause). */
  countedSeconds(at: number): number {
    if (!this.target) return 0;
    this.countUntil(this.fulfilledAt ?? at);
    return this.counted;
  }

  /** Runs `compute` with the ongoing pause (if any) counted as a pause up to `at`. */
  private withOngoingPause<Result>(at: number, compute: (pauses: readonly PauseInterval[]) => Result): Result {
    if (this.pausedSince === null) return compute(this.pauses);
    // Borrow the array instead of copying it.
    this.pauses.push([this.pausedSince, Math.max(at, this.pausedSince)]);
    try {
      return compute(this.pauses);
    } finally {
      this.pauses.pop();
    }
  }
}
