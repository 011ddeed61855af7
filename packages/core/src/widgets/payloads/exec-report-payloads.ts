import * as z from 'zod';
import { IsoDateTimeSchema } from '../../contracts/common.js';
import { ProvenanceSchema } from './common.js';
import { AiRoiPayloadSchema } from './exec-payloads.js';
import { MetricChangeSchema, ReportPeriodPayloadSchema } from './ops-common.js';

/** Good and bad ratings; `rate = good / (good + bad)`, with the 95 % Wilson lower bound. */
const CsatCountsSchema = z.object({
  good: z.number().int().nonnegative(),
  bad: z.number().int().nonnegative(),
  rate: z.number().nullable(),
  rateLowerBound: z.number().nullable(),
});
const CsatGroupSchema = CsatCountsSchema.extend({ key: z.string() });

/** csat.summary: ratings in the period against the previous one, by channel, category and team, with sentiment. */
export const CsatSummaryPayloadSchema = z.object({
  configVersion: z.string(),
  period: ReportPeriodPayloadSchema,
  previousPeriod: ReportPeriodPayloadSchema,
  /** The team the figures cover (a manager's), null for everyone. */
  teamId: z.string().nullable(),
  current: CsatCountsSchema,
  previous: CsatCountsSchema,
  change: MetricChangeSchema,
  byChannel: z.array(CsatGroupSchema),
  byCategory: z.array(CsatGroupSchema),
  /** `key` is the team id, `none` for tickets without a team. */
  byTeam: z.array(CsatGroupSchema.extend({ teamName: z.string().nullable() })),
  /** Lowest rates shrunk toward the overall rate, so one bad rating does not top the list. */
  worstCategories: z.array(CsatGroupSchema.extend({ shrunkRate: z.number() })),
  sentiment: z.array(z.object({ sentiment: z.enum(['positive', 'neutral', 'negative', 'very_negative', 'unknown']), tickets: z.number().int().nonnegative(), share: z.number() })),
  recentBadComments: z.array(z.object({ ticketId: z.string(), ratedAt: IsoDateTimeSchema, comment: z.string(), category: z.string(), assigneeId: z.string().nullable() })),
  explanation: z.string(),
  provenance: ProvenanceSchema,
});

/** trends.performance: escalations per week with a robust slope, categories per week, growth and root causes. */
export const PerformanceTrendsPayloadSchema = z.object({
  configVersion: z.string(),
  period: ReportPeriodPayloadSchema,
  previousPeriod: ReportPeriodPayloadSchema,
  teamId: z.string().nullable(),
  weeks: z.array(z.object({ from: IsoDateTimeSchema, to: IsoDateTimeSchema, partial: z.boolean() })),
  escalations: z.object({
    /** One count per entry of `weeks`. */
    perWeek: z.array(z.number().int().nonnegative()),
    total: z.number().int().nonnegative(),
    previousTotal: z.number().int().nonnegative(),
    change: MetricChangeSchema,
    /** Escalated share of the period's tickets, 0–1. */
    rate: z.number().nullable(),
    slopePerWeek: z.number().nullable(),
    kendallTau: z.number().nullable(),
    direction: z.enum(['rising', 'falling', 'flat']),
  }),
  categoriesByWeek: z.array(z.object({ category: z.string(), perWeek: z.array(z.number().int().nonnegative()), total: z.number().int().nonnegative() })),
  topGrowingCategories: z.array(z.object({ category: z.string(), current: z.number().int(), previous: z.number().int(), change: MetricChangeSchema })),
  rootCauses: z.array(
    z.object({
      kind: z.enum(['category', 'tag']),
      key: z.string(),
      currentEscalations: z.number().int(),
      previousEscalations: z.number().int(),
      currentShare: z.number(),
      previousShare: z.number(),
      shareChange: z.number(),
    }),
  ),
  explanation: z.string(),
  provenance: ProvenanceSchema,
});

/** support.costs: budget against actual, cost per ticket by team and the AI ROI. */
export const SupportCostsPayloadSchema = z.object({
  configVersion: z.string(),
  currency: z.string(),
  period: ReportPeriodPayloadSchema,
  /** `organisation` for an executive; `team` when a manager sees their team's share. */
  coverage: z.enum(['organisation', 'team']),
  teamId: z.string().nullable(),
  /** The whole support budget and opex, prorated to the period. */
  budget: z.object({
    budgetCents: z.number().nullable(),
    actualCents: z.number(),
    /** `actual − budget`; positive is over budget. */
    varianceCents: z.number().nullable(),
    utilizationRate: z.number().nullable(),
    status: z.enum(['under_budget', 'on_budget', 'over_budget', 'no_budget']),
  }),
  /** The organisation's, or the team's for a manager; null when it cannot be attributed. */
  costPerTicketCents: z.number().nullable(),
  byTeam: z.array(
    z.object({
      teamId: z.string().nullable(),
      teamName: z.string().nullable(),
      handledTickets: z.number().int().nonnegative(),
      humanResolvedTickets: z.number().int().nonnegative(),
      workHours: z.number(),
      laborCostCents: z.number(),
      /** Opex split by labour; null when the other teams' work is not visible to split it. */
      allocatedOpexCents: z.number().nullable(),
      costPerTicketCents: z.number().nullable(),
      shareOfCost: z.number().nullable(),
    }),
  ),
  aiRoi: z.object({ current: AiRoiPayloadSchema, previous: AiRoiPayloadSchema }),
  explanation: z.string(),
  provenance: ProvenanceSchema,
});

export type CsatSummaryPayload = z.infer<typeof CsatSummaryPayloadSchema>;
export type PerformanceTrendsPayload = z.infer<typeof PerformanceTrendsPayloadSchema>;
export type SupportCostsPayload = z.infer<typeof SupportCostsPayloadSchema>;
