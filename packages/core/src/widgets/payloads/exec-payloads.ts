import * as z from 'zod';
import { IsoDateSchema } from '../../contracts/common.js';
import { GOAL_METRICS } from '../../data/support-settings.js';
import { BOARD_METRIC_IDS, type ActionId, type GoalStatus, type GoalUnit, type InsightKind, type MetricUnit } from '../../scoring/executive/index.js';
import { ProvenanceSchema } from './common.js';
import { enumOf, MetricChangeSchema, ReportPeriodPayloadSchema } from './ops-common.js';

export const BoardMetricIdSchema = z.enum(BOARD_METRIC_IDS);
/** `rate` is 0–1; `ratio` is unbounded (ROI 1.5 = 150 %); `cents` in the payload's currency. */
export const MetricUnitSchema = enumOf<MetricUnit>({ count: true, cents: true, rate: true, ratio: true, hours: true });
export const GoalStatusSchema = enumOf<GoalStatus>({ on_track: true, at_risk: true, off_track: true, no_data: true });
const GoalUnitSchema = enumOf<GoalUnit>({ rate: true, percent: true, cents: true, minutes: true, count: true, score: true });
const InsightKindSchema = enumOf<InsightKind>({
  slaMetricChange: true,
  slaBelowTarget: true,
  csatChange: true,
  costPerTicketChange: true,
  volumeChange: true,
  aiImpact: true,
  aiRoiNegative: true,
  arrAtRisk: true,
  goalsOffTrack: true,
  volumeLevel: true,
  slaLevel: true,
  csatLevel: true,
});
const ActionIdSchema = enumOf<ActionId>({ reviewSlaRisk: true, reviewBadRatings: true, reviewCosts: true, reviewAiPricing: true, expandAiCoverage: true, reviewAccountsAtRisk: true, reviewGoals: true, checkCapacity: true });

/** ARR at risk from the accounts scores, in cents; null while unknown or hidden from the viewer. */
export const BoardArrAtRiskSchema = z.object({ valueCents: z.number(), method: z.string() }).nullable();

/** What AI resolutions saved and cost in a period, with the inputs behind it. */
export const AiRoiPayloadSchema = z.object({
  aiResolved: z.number().int().nonnegative(),
  handleMinutes: z.number().nullable(),
  handleTimeSource: z.enum(['config', 'replies', 'none']),
  repliesPerHumanTicket: z.number().nullable(),
  loadedHourlyCostCents: z.number().nullable(),
  marginalCostPerHumanTicketCents: z.number().nullable(),
  grossSavingsCents: z.number().nullable(),
  aiCostCents: z.number(),
  netSavingsCents: z.number().nullable(),
  /** `net / AI cost`; null without AI cost. */
  roi: z.number().nullable(),
  agentHoursSaved: z.number().nullable(),
  explanation: z.string(),
});

const InsightSchema = z.object({
  kind: InsightKindSchema,
  tone: z.enum(['positive', 'negative', 'neutral']),
  strength: z.number(),
  /** The board metric (or goal metric) ids it rests on. */
  metricIds: z.array(z.string()),
  /** The numbers it rests on, named with their units. */
  values: z.record(z.string(), z.number().nullable()),
  subject: z.string().nullable(),
  statement: z.string(),
});

/** executive.summary: KPI tiles with change and goal status, insights drawn from the numbers, actions tied to them. */
export const ExecutiveSummaryPayloadSchema = z.object({
  configVersion: z.string(),
  currency: z.string(),
  period: ReportPeriodPayloadSchema,
  previousPeriod: ReportPeriodPayloadSchema,
  tiles: z.array(
    z.object({
      metricId: BoardMetricIdSchema,
      value: z.number().nullable(),
      unit: MetricUnitSchema,
      previousValue: z.number().nullable(),
      change: MetricChangeSchema,
      /** Whether the change is good news; neutral when small or directionless. */
      direction: z.enum(['good', 'bad', 'neutral']),
      goal: z.object({ goalId: z.string(), target: z.number(), status: GoalStatusSchema }).nullable(),
    }),
  ),
  insights: z.array(InsightSchema),
  /** Next steps, each with the intent that opens its detail and the insights behind it. */
  actions: z.array(z.object({ id: ActionIdSchema, intent: z.string(), insightKinds: z.array(InsightKindSchema), statement: z.string() })),
  goalCounts: z.record(GoalStatusSchema, z.number().int().nonnegative()),
  arrAtRisk: BoardArrAtRiskSchema,
  provenance: ProvenanceSchema,
});

/** executive.boardMetrics: every board figure with its previous-period value, change and formula. */
export const BoardPackPayloadSchema = z.object({
  configVersion: z.string(),
  currency: z.string(),
  period: ReportPeriodPayloadSchema,
  previousPeriod: ReportPeriodPayloadSchema,
  metrics: z.array(
    z.object({
      id: BoardMetricIdSchema,
      unit: MetricUnitSchema,
      value: z.number().nullable(),
      previousValue: z.number().nullable(),
      change: MetricChangeSchema,
      /** True when up is good, false when down is good, null when neither. */
      higherIsBetter: z.boolean().nullable(),
      explanation: z.string(),
    }),
  ),
  aiRoi: z.object({ current: AiRoiPayloadSchema, previous: AiRoiPayloadSchema }),
  arrAtRisk: BoardArrAtRiskSchema,
  caveats: z.array(z.string()),
  assumptions: z.object({
    humanShareOfOpex: z.number(),
    aiRecontactDays: z.number(),
    daysPerMonth: z.number(),
    minutesPerReply: z.number(),
    averageHandleMinutes: z.number().nullable(),
    aiTagPrefixes: z.array(z.string()),
  }),
  provenance: ProvenanceSchema,
});

/** executive.goals: progress on the host's KPI goals. */
export const GoalsProgressPayloadSchema = z.object({
  configVersion: z.string(),
  period: ReportPeriodPayloadSchema,
  goals: z.array(
    z.object({
      goalId: z.string(),
      name: z.string(),
      metric: z.enum(GOAL_METRICS),
      direction: z.enum(['atLeast', 'atMost']),
      target: z.number(),
      /** The goal's scale: a rate goal written as 95 is in percent. */
      unit: GoalUnitSchema,
      currentValue: z.number().nullable(),
      previousValue: z.number().nullable(),
      baseline: z.number().nullable(),
      baselineSource: z.enum(['goal', 'previousPeriod', 'none']),
      /** Share of the way from baseline to target, 0–1. */
      progress: z.number().nullable(),
      achieved: z.boolean(),
      status: GoalStatusSchema,
      trend: z.enum(['improving', 'worsening', 'flat']).nullable(),
      dueDate: IsoDateSchema.nullable(),
      daysLeft: z.number().int().nullable(),
      explanation: z.string(),
    }),
  ),
  counts: z.record(GoalStatusSchema, z.number().int().nonnegative()),
  thresholds: z.object({ onTrackProgress: z.number(), atRiskProgress: z.number(), downgradeWhenWorsening: z.boolean() }),
  provenance: ProvenanceSchema,
});

export type ExecutiveSummaryPayload = z.infer<typeof ExecutiveSummaryPayloadSchema>;
export type BoardPackPayload = z.infer<typeof BoardPackPayloadSchema>;
export type GoalsProgressPayload = z.infer<typeof GoalsProgressPayloadSchema>;
