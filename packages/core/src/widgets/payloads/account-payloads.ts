import * as z from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../../contracts/common.js';
import { AccountSegmentSchema } from '../../contracts/account.js';
import { HEALTH_METRIC_KEYS } from '../../scoring/accounts/index.js';
import { ProvenanceSchema, TicketRowSchema } from './common.js';

/** Health bands (SCORING §1.2): Red < 50 ≤ Yellow < 75 ≤ Green, or too little data. */
export const HealthBandSchema = z.enum(['red', 'yellow', 'green', 'insufficient_data']);
export const TrendArrowSchema = z.enum(['up', 'down', 'flat']);
export const ChurnRiskBandSchema = z.enum(['high', 'medium', 'low', 'insufficient_data']);
export const HealthMetricKeySchema = z.enum(HEALTH_METRIC_KEYS);
export const ExpectedLossMethodSchema = z.enum(['heuristic', 'model']);

/** One metric of a health score: the measured value, its 0–100 score, its weight and the points it costs. */
export const HealthComponentSchema = z.object({
  metric: HealthMetricKeySchema,
  label: z.string(),
  /** The measured value in `unit` (`rate` 0–1, `ratio`, `count`, `days`, …); null without data. */
  value: z.number().nullable(),
  unit: z.string().nullable(),
  score: z.number().nullable(),
  weight: z.number(),
  /** `(100 − score) · weight / Σ present weights`; 0 when absent. */
  pointsLost: z.number(),
  present: z.boolean(),
  critical: z.boolean(),
  thresholds: z.object({ poor: z.number(), good: z.number() }).nullable(),
  /** What was measured, in a sentence; null when not explained. */
  detail: z.string().nullable(),
});

/** A reason a health score is not 100, with its numbers. */
export const HealthDriverSchema = z.object({
  metric: HealthMetricKeySchema,
  reason: z.string(),
  pointsLost: z.number(),
  value: z.number().nullable(),
  score: z.number().nullable(),
  critical: z.boolean(),
});

/** Health now against `lookbackDays` ago (Δ30 by default). */
export const HealthTrendSchema = z.object({
  lookbackDays: z.number().int(),
  previousAsOf: IsoDateTimeSchema,
  previousScore: z.number().nullable(),
  previousBand: HealthBandSchema.nullable(),
  deltaPoints: z.number().nullable(),
  arrow: TrendArrowSchema.nullable(),
  declining: z.boolean(),
  reasons: z.array(z.string()),
});

/** A churn driver: health points lost (Stage 0) or the model's log-odds contribution (Stage 1). */
export const ChurnDriverSchema = z.object({
  /** A health metric key in Stage 0, a model feature in Stage 1. */
  metric: z.string(),
  reason: z.string(),
  critical: z.boolean(),
  points: z.number().nullable(),
  contribution: z.number().nullable(),
  oddsMultiplier: z.number().nullable(),
});

const BandTotalSchema = z.object({ accountCount: z.number().int().nonnegative(), arrCents: z.number().int().nonnegative() });

/** The portfolio's ARR at risk in the viewer's scope (SCORING §2.2 roll-up). */
export const ArrAtRiskPayloadSchema = z.object({
  valueCents: z.number().int(),
  previousValueCents: z.number().int().nullable(),
  changeCents: z.number().int().nullable(),
  totalArrCents: z.number().int(),
  currency: z.string(),
  method: ExpectedLossMethodSchema,
  methodNote: z.string(),
  byRiskBand: z.object({ high: BandTotalSchema, medium: BandTotalSchema, low: BandTotalSchema, insufficient_data: BandTotalSchema }),
  excludedOtherCurrency: z.object({ accountCount: z.number().int(), currencies: z.array(z.string()) }),
});

/** accounts.churnRisk (`churn-risk-list`): accounts ranked by churn risk with drivers, and ARR at risk. */
export const ChurnRiskListPayloadSchema = z.object({
  asOf: IsoDateTimeSchema,
  stage: z.union([z.literal(0), z.literal(1)]),
  accounts: z.array(
    z.object({
      rank: z.number().int().positive(),
      accountId: z.string(),
      accountName: z.string(),
      segment: AccountSegmentSchema,
      riskBand: ChurnRiskBandSchema,
      /** 0–100: `100 − health` in Stage 0, `100 · p` in Stage 1; null on insufficient data. */
      riskScore: z.number().nullable(),
      /** Only in Stage 1 (a trained model): Stage 0 shows rank and band only. */
      probability: z.number().nullable(),
      healthScore: z.number().nullable(),
      healthBand: HealthBandSchema,
      arrCents: z.number().int(),
      currency: z.string(),
      expectedLossCents: z.number().int(),
      expectedLossMethod: ExpectedLossMethodSchema,
      criticalFlags: z.array(z.string()),
      drivers: z.array(ChurnDriverSchema),
      previous: z.object({ riskBand: ChurnRiskBandSchema, riskScore: z.number().nullable(), healthBand: HealthBandSchema }).nullable(),
    }),
  ),
  /** Accounts ranked (the viewer's portfolio, or the named account). */
  total: z.number().int().nonnegative(),
  bandCounts: z.object({ high: z.number().int(), medium: z.number().int(), low: z.number().int(), insufficient_data: z.number().int() }),
  arrAtRisk: ArrAtRiskPayloadSchema,
  matchedAccountId: z.string().nullable(),
  configVersion: z.string(),
  healthConfigVersion: z.string(),
  provenance: ProvenanceSchema,
});

export const PriorityReasonKindSchema = z.enum(['high_value', 'churn_risk', 'urgent_tickets', 'sla_breached', 'sla_at_risk']);

/** accounts.priority (`priority-accounts`): valuable or at-risk accounts whose open tickets need the team now. */
export const PriorityAccountsPayloadSchema = z.object({
  asOf: IsoDateTimeSchema,
  accounts: z.array(
    z.object({
      accountId: z.string(),
      accountName: z.string(),
      segment: AccountSegmentSchema,
      arrCents: z.number().int(),
      currency: z.string(),
      highValue: z.boolean(),
      riskBand: ChurnRiskBandSchema,
      healthScore: z.number().nullable(),
      healthBand: HealthBandSchema,
      openTicketCount: z.number().int().nonnegative(),
      urgentOrHighCount: z.number().int().nonnegative(),
      breachedCount: z.number().int().nonnegative(),
      atRiskCount: z.number().int().nonnegative(),
      /** Weighted sum of the reasons (see `weights`); the list is sorted by it. */
      attentionScore: z.number(),
      reasons: z.array(z.object({ kind: PriorityReasonKindSchema, reason: z.string() })),
      tickets: z.array(TicketRowSchema),
    }),
  ),
  total: z.number().int().nonnegative(),
  /** Accounts at or above this ARR count as high value (the quantile of the accounts in scope). */
  highValueThresholdCents: z.number().nullable(),
  highValueQuantile: z.number(),
  weights: z.object({ breached: z.number(), atRisk: z.number(), urgentOrHigh: z.number(), churnRisk: z.number(), highValue: z.number() }),
  provenance: ProvenanceSchema,
});

/** accounts.highValue (`account-table`): the top accounts by ARR with health, trend, tickets and renewal. */
export const AccountTablePayloadSchema = z.object({
  asOf: IsoDateTimeSchema,
  rows: z.array(
    z.object({
      rank: z.number().int().positive(),
      accountId: z.string(),
      accountName: z.string(),
      segment: AccountSegmentSchema,
      plan: z.string(),
      arrCents: z.number().int(),
      currency: z.string(),
      healthScore: z.number().nullable(),
      healthBand: HealthBandSchema,
      trend: z.object({ deltaPoints: z.number().nullable(), arrow: TrendArrowSchema.nullable(), declining: z.boolean() }),
      riskBand: ChurnRiskBandSchema,
      topDriver: HealthDriverSchema.nullable(),
      openTicketCount: z.number().int().nonnegative(),
      urgentOrHighOpenCount: z.number().int().nonnegative(),
      renewalDate: IsoDateSchema,
      daysToRenewal: z.number().int(),
    }),
  ),
  limit: z.number().int().positive(),
  totalAccounts: z.number().int().nonnegative(),
  shownArrCents: z.number().int(),
  totalArrCents: z.number().int(),
  /** Shown ARR over the portfolio's (0–1); null when the portfolio has none. */
  shownShareOfArr: z.number().nullable(),
  healthConfigVersion: z.string(),
  provenance: ProvenanceSchema,
});

export type HealthComponentPayload = z.infer<typeof HealthComponentSchema>;
export type HealthDriverPayload = z.infer<typeof HealthDriverSchema>;
export type HealthTrendPayload = z.infer<typeof HealthTrendSchema>;
export type ChurnRiskListPayload = z.infer<typeof ChurnRiskListPayloadSchema>;
export type PriorityAccountsPayload = z.infer<typeof PriorityAccountsPayloadSchema>;
export type AccountTablePayload = z.infer<typeof AccountTablePayloadSchema>;
