import type { Priority } from '../contracts/common.js';
import type { SlaMetric } from '../contracts/sla-policy.js';
import type { ResolvedTarget } from './compiled-policy.js';
import type { DeadlineEndpoint, OpenTimeline } from './open-timeline.js';
import { advanceCounted, countedSecondsBetween, type PauseInterval } from './pauses.js';

/** Picks the timeline a target counts on: the business calendar or plain calendar time. */
export type TimelineFor = (target: ResolvedTarget) => OpenTimeline;

/**
 * The running state of one SLA clock, in epoch seconds. Breach is checked whenever the clock stops
 * counting or its target changes, so a breach stays recorded even if a later target would forgive it.
 */
export class SlaClock {
  readonly pauses: PauseInterval[] = [];
  pausedSince: number | null = null;
  fulfilledAt: number | null = null;
  breached = false;

  constructor(
    readonly metric: SlaMetric,
    readonly startedAt: number,
    readonly priorityApplied: Priority | null,
    public target: ResolvedTarget | null,
    private readonly timelineFor: TimelineFor,
    private readonly endpoint: DeadlineEndpoint,
  ) {}

  get isOpen(): boolean {
    return this.fulfilledAt === null;
  }

  /** Deadline for the current target given the pauses up to `at` (an ongoing pause counts until `at`). */
  deadlineAt(at: number): number | null {
    if (!this.target) return null;
    const target = this.target;
    return this.withOngoingPause(at, (pauses) => advanceCounted(this.timelineFor(target), this.startedAt, target.seconds, pauses, this.endpoint));
  }

  /** Records a breach if the deadline had passed by `at`. */
  checkBreach(at: number): void {
    if (this.breached || !this.target) return;
    const deadline = this.deadlineAt(at);
    if (deadline !== null && at > deadline) this.breached = true;
  }

  pause(at: number): void {
    if (!this.isOpen || this.pausedSince !== null) return;
    this.checkBreach(at);
    this.pausedSince = at;
  }

  resume(at: number): void {
    if (!this.isOpen || this.pausedSince === null) return;
    if (at > this.pausedSince) this.pauses.push([this.pausedSince, at]);
    this.pausedSince = null;
  }

  fulfil(at: number): void {
    if (!this.isOpen) return;
    this.checkBreach(at);
    this.resume(at);
    this.fulfilledAt = at;
  }

  /** A solved ticket reopened: the time it spent solved does not count. */
  reopen(at: number, paused: boolean): void {
    if (this.fulfilledAt === null) return;
    if (at > this.fulfilledAt) this.pauses.push([this.fulfilledAt, at]);
    this.fulfilledAt = null;
    if (paused) this.pausedSince = at;
  }

  /** The policy re-applied with a new priority: from now on the new target counts (or none). */
  retarget(target: ResolvedTarget | null, at: number): void {
    if (!this.isOpen) return;
    this.checkBreach(at);
    this.target = target;
  }

  /** Time counted against the target up to `at` (or to fulfilment, or to the start of the current pause). */
  countedSeconds(at: number): number {
    if (!this.target) return 0;
    const target = this.target;
    const end = this.fulfilledAt ?? at;
    return this.withOngoingPause(end, (pauses) => countedSecondsBetween(this.timelineFor(target), this.startedAt, end, pauses));
  }

  /** Runs `compute` with the ongoing pause (if any) counted as a pause up to `at`. */
  private withOngoingPause<Result>(at: number, compute: (pauses: readonly PauseInterval[]) => Result): Result {
    if (this.pausedSince === null) return compute(this.pauses);
    // Borrow the array instead of copying it: this runs for every clock of every ticket.
    this.pauses.push([this.pausedSince, Math.max(at, this.pausedSince)]);
    try {
      return compute(this.pauses);
    } finally {
      this.pauses.pop();
    }
  }
}
