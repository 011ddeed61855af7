import type { Priority } from '../contracts/common.js';
import type { SlaMetric } from '../contracts/sla-policy.js';

export type SlaState = 'active' | 'paused' | 'closed';
export type SlaLevel = 'ok' | 'at_risk' | 'paused' | 'breached' | 'achieved';

/** One SLA clock of one ticket: a first-reply wait, one next-reply wait, the resolution, … */
export interface SlaInstance {
  metric: SlaMetric;
  /** Priority in force when the clock started (null when the ticket had none). */
  priorityApplied: Priority | null;
  /** Target in force now (or when the clock was fulfilled). */
  targetMinutes: number;
  businessHours: boolean;
  startedAt: string;
  fulfilledAt: string | null;
  state: SlaState;
  /** Sticky: once a clock has passed its deadline it stays breached. */
  breached: boolean;
  /** When the target runs out given the pauses so far; null while paused. */
  deadline: string | null;
  /** Time counted against the target (business or calendar time, pauses excluded). */
  elapsedSeconds: number;
  elapsedMinutes: number;
  /** `targetMinutes − elapsedMinutes`, not below 0. */
  remainingMinutes: number;
  /** Calendar minutes from now to the deadline (negative once passed); null unless active. */
  remainingCalendarMinutes: number | null;
  /** `targetMinutes − elapsedMinutes`; negative when over target. */
  diffMinutes: number;
  level: SlaLevel;
}

export interface SlaEvaluation {
  /** Instances grouped by metric; a metric with no tracked instance is absent. */
  metrics: Partial<Record<SlaMetric, SlaInstance[]>>;
  /** Every tracked instance, in the order the clocks started. */
  instances: SlaInstance[];
  /** Earliest deadline among active (unfulfilled, unpaused) instances, or null. */
  nextDeadline: string | null;
}
