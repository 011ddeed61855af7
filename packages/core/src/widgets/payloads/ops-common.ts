import * as z from 'zod';
import { IsoDateTimeSchema, PrioritySchema } from '../../contracts/common.js';
import { SlaMetricSchema } from '../../contracts/sla-policy.js';
import type { PerformanceComponentKey } from '../../scoring/team/index.js';

/**
 * A zod enum from the keys of a record typed against a union, so the schema cannot drift from the
 * analytics' own type: a missing or extra key is a compile error.
 */
export function enumOf<Key extends string>(keys: Record<Key, true>) {
  return z.enum(Object.keys(keys) as [Key, ...Key[]]);
}

/** The period a report covers, `[from, to)`, its length and the phrase the question used (when it gave one). */
export const ReportPeriodPayloadSchema = z.object({
  from: IsoDateTimeSchema,
  to: IsoDateTimeSchema,
  days: z.number().nonnegative(),
  /** `this quarter`, `last 30 days`; null when the report chose its own default. */
  label: z.string().nullable(),
});

/** Period-over-period change: `absolute = current − previous`, `relative = absolute / |previous|`. */
export const MetricChangeSchema = z.object({ absolute: z.number().nullable(), relative: z.number().nullable() });

/** Decided and running SLA clocks: `rate = achieved / (achieved + breached)`, 0–1. */
export const ComplianceCountsSchema = z.object({
  achieved: z.number().int().nonnegative(),
  breached: z.number().int().nonnegative(),
  /** Still running and not breached: left out of the rate. */
  excluded: z.number().int().nonnegative(),
  rate: z.number().nullable(),
});

/** Compliance against its target rate (0–1); `gapToTarget` is negative when short. */
export const ComplianceVsTargetSchema = ComplianceCountsSchema.extend({
  targetRate: z.number(),
  gapToTarget: z.number().nullable(),
  meetsTarget: z.boolean().nullable(),
});

export const MetricComplianceSchema = ComplianceVsTargetSchema.extend({ metric: SlaMetricSchema });

/** Compliance of one group: a priority, a team or an agent. */
export const GroupComplianceSchema = z.object({
  /** The group's id (priority, team id or agent id); null for tickets without one. */
  key: z.string().nullable(),
  /** The team's or agent's name; null for priorities and unknown ids. */
  name: z.string().nullable(),
  overall: ComplianceVsTargetSchema,
  byMetric: z.array(MetricComplianceSchema),
});

export const PerformanceComponentKeySchema = enumOf<PerformanceComponentKey>({ csat: true, reopen: true, oneTouch: true, firstReplySpeed: true, resolutionSpeed: true, throughput: true });

/** One part of an agent's composite: value, percentile in the team (0–100), weight and points. */
export const PerformanceComponentSchema = z.object({
  key: PerformanceComponentKeySchema,
  group: z.enum(['quality', 'speed', 'throughput']),
  /** Shrunk rate (0–1) for csat / reopen / oneTouch, speed index (1 = team) for speeds, weighted tickets per FTE-day for throughput. */
  value: z.number().nullable(),
  higherIsBetter: z.boolean(),
  percentile: z.number().nullable(),
  weight: z.number(),
  points: z.number(),
  pointsLost: z.number(),
});

/** A component that moves an agent's composite, with its numbers and a sentence. */
export const PerformanceDriverSchema = z.object({
  key: PerformanceComponentKeySchema,
  direction: z.enum(['strength', 'weakness']),
  value: z.number().nullable(),
  percentile: z.number().nullable(),
  /** Points above (+) or below (−) a mid-team agent. */
  impactPoints: z.number(),
  reason: z.string(),
});

/** A priority filter as the question gave it. */
export const PriorityFilterSchema = PrioritySchema.nullable();

/** Turns a report's `{ from, to, days }` into the payload's period with the question's label. */
export function periodPayload(period: { from: string; to: string; days?: number }, label: string | null): z.infer<typeof ReportPeriodPayloadSchema> {
  const days = period.days ?? (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
  return { from: period.from, to: period.to, days, label };
}
