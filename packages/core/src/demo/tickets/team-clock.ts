import type { BusinessCalendar } from '../../contracts/business-calendar.js';
import type { Priority } from '../../contracts/common.js';
import type { SlaMetric, SlaPolicy } from '../../contracts/sla-policy.js';
import { addBusinessSeconds } from '../../sla/business-time.js';
import { LocalClock, MINUTE_MS } from '../demo-time.js';

/** A target as the generator uses it. */
export interface DemoTarget {
  minutes: number;
  businessHours: boolean;
}

/**
 * One team's time: its business calendar (through the SLA engine's own business-time arithmetic) and its
 * SLA targets, so generated replies land where the engine will measure them.
 */
export class TeamClock {
  readonly local: LocalClock;
  private readonly targets: Partial<Record<SlaMetric, Partial<Record<Priority, DemoTarget>>>> = {};

  constructor(
    readonly calendar: BusinessCalendar,
    policy: SlaPolicy,
  ) {
    this.local = new LocalClock(calendar.timezone);
    // The demo policies give every metric a target per priority.
    for (const target of policy.targets) {
      if (target.priority) (this.targets[target.metric] ??= {})[target.priority] = { minutes: target.targetMinutes, businessHours: target.businessHours ?? false };
    }
  }

  /** The policy's target for a metric at a priority. */
  target(metric: SlaMetric, priority: Priority): DemoTarget {
    const target = this.targets[metric]?.[priority];
    if (!target) throw new Error(`demo policy has no ${metric} target for ${priority}`);
    return target;
  }

  /** `minutes` of business time after `startMs`; zero gives the next opening. */
  addBusinessMinutes(startMs: number, minutes: number): number {
    return addBusinessSeconds(this.calendar, new Date(startMs), Math.max(0, Math.round(minutes * 60))).getTime();
  }

  /** The instant `share` of a metric's target after `startMs`, counted the way the target counts (business or calendar time). */
  afterShareOfTarget(startMs: number, metric: SlaMetric, priority: Priority, share: number): number {
    const target = this.target(metric, priority);
    const minutes = target.minutes * share;
    return target.businessHours ? this.addBusinessMinutes(startMs, minutes) : startMs + Math.round(minutes * 60) * 1000;
  }

  /**
   * The latest creation instant whose deadline for `metric` lands at or before `deadlineMs`. Deadlines only
   * move later as the start moves later, so a binary search over whole seconds finds it.
   */
  startForDeadline(deadlineMs: number, metric: SlaMetric, priority: Priority): number {
    const target = this.target(metric, priority);
    if (!target.businessHours) return deadlineMs - target.minutes * MINUTE_MS;
    let low = Math.floor((deadlineMs - 30 * 24 * 60 * MINUTE_MS) / 1000);
    let high = Math.floor(deadlineMs / 1000);
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.addBusinessMinutes(middle * 1000, target.minutes) <= deadlineMs) low = middle;
      else high = middle - 1;
    }
    return low * 1000;
  }
}
