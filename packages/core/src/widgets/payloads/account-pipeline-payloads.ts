import * as z from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../../contracts/common.js';
import { RenewalForecastSchema } from '../../contracts/account.js';
import { EXPANSION_SIGNAL_KEYS } from '../../scoring/accounts/index.js';
import { ProvenanceSchema } from './common.js';
import { ChurnRiskBandSchema, ExpectedLossMethodSchema, HealthBandSchema } from './account-payloads.js';

export const RenewalSortSchema = z.enum(['priority', 'risk', 'value', 'expansion']);

/** renewals.upcoming (`renewal-pipeline`): renewals in the window, each with its sort keys and the "why". */
export const RenewalPipelinePayloadSchema = z.object({
  asOf: IsoDateTimeSchema,
  withinDays: z.number().int().nonnegative(),
  sortBy: RenewalSortSchema,
  /** The keys a view can re-sort by, each a numeric field of every row. */
  sortKeys: z.array(z.object({ sort: RenewalSortSchema, field: z.enum(['priorityCents', 'expectedLossCents', 'arrCents', 'expansionValueCents']) })),
  renewals: z.array(
    z.object({
      accountId: z.string(),
      accountName: z.string(),
      renewalDate: IsoDateSchema,
      daysToRenewal: z.number().int(),
      arrCents: z.number().int(),
      currency: z.string(),
      /** `clamp((120 − d)/120, 0.25, 1)`. */
      urgency: z.number(),
      expectedLossCents: z.number().int(),
      expectedLossMethod: ExpectedLossMethodSchema,
      expansionScore: z.number().nullable(),
      expansionValueCents: z.number().int(),
      /** `urgency · (expectedLoss + 0.5 · expansionValue)`, in cents. */
      priorityCents: z.number().int(),
      healthScore: z.number().nullable(),
      healthBand: HealthBandSchema,
      riskBand: ChurnRiskBandSchema,
      topRiskDrivers: z.array(z.string()),
      expansionSignals: z.array(z.string()),
      qbrInLastDays: z.boolean(),
      lastQbrAt: IsoDateTimeSchema.nullable(),
      forecast: z.object({ value: RenewalForecastSchema.nullable(), required: z.boolean(), needsAttention: z.boolean(), reason: z.string().nullable() }),
      why: z.array(z.string()),
    }),
  ),
  /** Renewals in the window before the limit. */
  total: z.number().int().nonnegative(),
  totals: z.object({ arrCents: z.number().int(), expectedLossCents: z.number().int(), expansionValueCents: z.number().int() }),
  matchedAccountId: z.string().nullable(),
  configVersion: z.string(),
  provenance: ProvenanceSchema,
});

const ExpansionComponentSchema = z.object({
  signal: z.enum(EXPANSION_SIGNAL_KEYS),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  score: z.number().nullable(),
  weight: z.number(),
  pointsLost: z.number(),
  present: z.boolean(),
  detail: z.string().nullable(),
});

/** accounts.upsell (`expansion-opportunities`): expansion scores with signals, CSQLs and cross-sell whitespace. */
export const ExpansionOpportunitiesPayloadSchema = z.object({
  asOf: IsoDateTimeSchema,
  upsell: z.array(
    z.object({
      accountId: z.string(),
      accountName: z.string(),
      score: z.number(),
      /** Customer-success-qualified lead: score ≥ `thresholds.csqlScore`. */
      csql: z.boolean(),
      signals: z.array(z.object({ signal: z.enum(EXPANSION_SIGNAL_KEYS), reason: z.string(), contributionPoints: z.number() })),
      components: z.array(ExpansionComponentSchema),
      /** The named stakeholder a CSQL needs before it goes to sales (champion, else sponsor). */
      stakeholder: z.string().nullable(),
      premiumPull: z.object({ events: z.number().int(), featuresUsed: z.array(z.string()), ticketIds: z.array(z.string()) }),
      healthScore: z.number().nullable(),
      arrCents: z.number().int(),
      /** `ARR · score/100 · upliftFactor` (SCORING §7.2). */
      expansionValueCents: z.number().int(),
    }),
  ),
  crossSell: z.array(
    z.object({
      accountId: z.string(),
      accountName: z.string(),
      product: z.string(),
      lookAlikeAdoptionRate: z.number().nullable(),
      lookAlikeCount: z.number().int(),
      ticketMentions: z.number().int(),
      ticketIds: z.array(z.string()),
      rankScore: z.number(),
      reason: z.string(),
    }),
  ),
  csqlCount: z.number().int().nonnegative(),
  /** Accounts not assessed: health under the gate or too little data. */
  ineligibleCount: z.number().int().nonnegative(),
  matchedAccountId: z.string().nullable(),
  thresholds: z.object({ minimumHealth: z.number(), csqlScore: z.number(), upliftFactor: z.number() }),
  configVersion: z.string(),
  provenance: ProvenanceSchema,
});

const NpsCountsSchema = z.object({
  responseCount: z.number().int().nonnegative(),
  promoters: z.number().int().nonnegative(),
  passives: z.number().int().nonnegative(),
  detractors: z.number().int().nonnegative(),
  /** −100…100; null without answers. */
  nps: z.number().nullable(),
  promoterRate: z.number().nullable(),
  detractorRate: z.number().nullable(),
});

/** nps.summary (`nps-summary`): NPS and its categories, comment themes, the trend and NPS per account. */
export const NpsSummaryPayloadSchema = z.object({
  period: z.object({ from: IsoDateTimeSchema, to: IsoDateTimeSchema, days: z.number().positive(), label: z.string() }),
  previousPeriod: z.object({ from: IsoDateTimeSchema, to: IsoDateTimeSchema }),
  current: NpsCountsSchema,
  previous: NpsCountsSchema,
  /** Current NPS − previous NPS, in points. */
  npsChange: z.number().nullable(),
  lowSample: z.boolean(),
  commentCount: z.number().int().nonnegative(),
  themes: z.array(
    z.object({
      theme: z.string(),
      label: z.string(),
      mentionCount: z.number().int().positive(),
      mentionRate: z.number(),
      promoters: z.number().int(),
      passives: z.number().int(),
      detractors: z.number().int(),
      nps: z.number(),
      sampleResponseIds: z.array(z.string()),
      samples: z.array(z.object({ responseId: z.string(), accountId: z.string(), score: z.number().int(), comment: z.string() })),
    }),
  ),
  byAccount: z.array(NpsCountsSchema.extend({ accountId: z.string(), accountName: z.string().nullable() })),
  matchedAccountId: z.string().nullable(),
  configVersion: z.string(),
  provenance: ProvenanceSchema,
});

export type RenewalPipelinePayload = z.infer<typeof RenewalPipelinePayloadSchema>;
export type ExpansionOpportunitiesPayload = z.infer<typeof ExpansionOpportunitiesPayloadSchema>;
export type NpsSummaryPayload = z.infer<typeof NpsSummaryPayloadSchema>;
