import * as z from 'zod';
import { IsoDateTimeSchema, PrioritySchema } from '../../contracts/common.js';
import { SlaMetricSchema } from '../../contracts/sla-policy.js';
import { BREACH_CAUSES } from '../../scoring/service-levels/index.js';
import { ProvenanceSchema, TicketRowSchema } from './common.js';
import { ComplianceCountsSchema, ComplianceVsTargetSchema, GroupComplianceSchema, MetricComplianceSchema, PriorityFilterSchema, ReportPeriodPayloadSchema } from './ops-common.js';

const BreachCauseSchema = z.enum(BREACH_CAUSES);

/** sla.performance: compliance against target by metric, priority, team and agent, the trend, top breaches and causes. */
export const SlaDashboardPayloadSchema = z.object({
  configVersion: z.string(),
  period: ReportPeriodPayloadSchema,
  filters: z.object({ teamId: z.string().nullable(), priority: PriorityFilterSchema }),
  ticketsEvaluated: z.number().int().nonnegative(),
  /** SLA clocks that started in the period. */
  clocks: z.number().int().nonnegative(),
  overall: ComplianceVsTargetSchema,
  byMetric: z.array(MetricComplianceSchema),
  byPriority: z.array(GroupComplianceSchema),
  byTeam: z.array(GroupComplianceSchema),
  byAgent: z.array(GroupComplianceSchema),
  trend: z.object({
    granularity: z.enum(['day', 'week']),
    points: z.array(
      ComplianceCountsSchema.extend({
        from: IsoDateTimeSchema,
        to: IsoDateTimeSchema,
        /** The last bucket when the period ends before a whole day or week. */
        partial: z.boolean(),
        byMetric: z.array(ComplianceCountsSchema.extend({ metric: SlaMetricSchema })),
      }),
    ),
  }),
  breachCount: z.number().int().nonnegative(),
  /** The largest overruns first. */
  topBreaches: z.array(
    z.object({
      ticketId: z.string(),
      metric: SlaMetricSchema,
      /** Minutes past the target, in the target's own time (business or calendar). */
      overrunMinutes: z.number().nonnegative(),
      priority: PrioritySchema.nullable(),
      assigneeId: z.string().nullable(),
      assigneeName: z.string().nullable(),
      teamId: z.string().nullable(),
      startedAt: IsoDateTimeSchema,
      deadline: IsoDateTimeSchema.nullable(),
      /** Every rule that matched, in precedence order; the first is the primary cause. */
      causes: z.array(BreachCauseSchema),
    }),
  ),
  /** Shares of primary causes over all breaches (0–1), in precedence order. */
  causes: z.array(z.object({ cause: BreachCauseSchema, breaches: z.number().int().nonnegative(), share: z.number(), matched: z.number().int().nonnegative() })),
  thresholds: z.object({
    defaultTargetRate: z.number(),
    targetRates: z.array(z.object({ metric: SlaMetricSchema, targetRate: z.number() })),
    overloadThreshold: z.number(),
  }),
  explanation: z.string(),
  provenance: ProvenanceSchema,
});

/** sla.atRisk: open tickets ranked by the chance a running SLA clock breaches within the horizon. */
export const SlaAtRiskPayloadSchema = z.object({
  configVersion: z.string(),
  horizonHours: z.number().positive(),
  /** Running clocks with a deadline inside the horizon, before the limit. */
  clocksInHorizon: z.number().int().nonnegative(),
  filters: z.object({ priority: PriorityFilterSchema, ticketId: z.string().nullable() }),
  /** Riskiest first; one row per ticket (its riskiest clock). */
  tickets: z.array(
    z.object({
      ticket: TicketRowSchema,
      metric: SlaMetricSchema,
      deadline: IsoDateTimeSchema,
      /** Target time left (business or calendar, as the target counts). */
      remainingMinutes: z.number(),
      /** Wall-clock minutes until the deadline: the countdown. */
      remainingCalendarMinutes: z.number(),
      /** Chance of a breach, 0–1; null when it cannot be estimated (see `basis`). */
      probability: z.number().nullable(),
      band: z.enum(['high', 'medium', 'low']).nullable(),
      basis: z.enum(['already_breached', 'history', 'queue', 'insufficient_history', 'not_running']),
      historySampleSize: z.number().int().nonnegative(),
      queue: z.object({ position: z.number().int().positive(), openTickets: z.number().int().nonnegative(), repliesPerBusinessHour: z.number() }).nullable(),
      explanation: z.string(),
    }),
  ),
  counts: z.object({ high: z.number().int(), medium: z.number().int(), low: z.number().int(), unknown: z.number().int() }),
  thresholds: z.object({ bandThresholds: z.tuple([z.number(), z.number()]), minHistory: z.number(), historyDays: z.number(), replyRateDays: z.number() }),
  provenance: ProvenanceSchema,
});

export type SlaDashboardPayload = z.infer<typeof SlaDashboardPayloadSchema>;
export type SlaAtRiskPayload = z.infer<typeof SlaAtRiskPayloadSchema>;
