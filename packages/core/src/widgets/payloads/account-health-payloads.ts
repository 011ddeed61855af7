import * as z from 'zod';
import { IsoDateTimeSchema } from '../../contracts/common.js';
import { AccountSegmentSchema } from '../../contracts/account.js';
import { HEALTH_DIMENSIONS } from '../../scoring/accounts/index.js';
import { ProvenanceSchema } from './common.js';
import { HealthBandSchema, HealthComponentSchema, HealthDriverSchema, HealthTrendSchema } from './account-payloads.js';

const BandCountsSchema = z.object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int(), insufficient_data: z.number().int() });

/** accounts.health (`account-health`): health per account with components, coverage, band, Δ30 trend and drivers. */
export const AccountHealthPayloadSchema = z.object({
  asOf: IsoDateTimeSchema,
  accounts: z.array(
    z.object({
      accountId: z.string(),
      accountName: z.string(),
      segment: AccountSegmentSchema,
      /** `onboarding` during the account's first days, with its own weights. */
      profile: z.enum(['standard', 'onboarding']),
      score: z.number().nullable(),
      band: HealthBandSchema,
      /** Σ present weights / Σ weights (0–1); under the floor the band is `insufficient_data`. */
      coverageRate: z.number(),
      /** A critical metric at 0 capped the score. */
      capped: z.boolean(),
      criticalFlags: z.array(z.string()),
      components: z.array(HealthComponentSchema),
      dimensions: z.array(z.object({ dimension: z.enum(HEALTH_DIMENSIONS), weight: z.number(), score: z.number().nullable(), pointsLost: z.number() })),
      trend: HealthTrendSchema,
      drivers: z.array(HealthDriverSchema),
      /** Revenue: null for viewers who may not see it. */
      arrCents: z.number().int().nullable(),
    }),
  ),
  /** Accounts in scope (before the limit). */
  total: z.number().int().nonnegative(),
  bandCounts: BandCountsSchema,
  decliningCount: z.number().int().nonnegative(),
  matchedAccountId: z.string().nullable(),
  thresholds: z.object({ coverageFloorRate: z.number(), criticalCap: z.number(), redBelow: z.number(), yellowBelow: z.number() }),
  configVersion: z.string(),
  provenance: ProvenanceSchema,
});

/** accounts.adoption (`adoption-table`): accounts whose usage is falling, with the statistics that flagged them. */
export const AdoptionTablePayloadSchema = z.object({
  asOf: IsoDateTimeSchema,
  accounts: z.array(
    z.object({
      accountId: z.string(),
      accountName: z.string(),
      arrCents: z.number().int().nullable(),
      /** The account-level flag: the ratio or the trend rule fired on a large enough base. */
      declining: z.boolean(),
      ratioRule: z.boolean(),
      trendRule: z.boolean(),
      /** Prior mean under the minimum: the account-level flag is withheld. */
      suppressed: z.boolean(),
      recentMeanUsers: z.number().nullable(),
      priorMeanUsers: z.number().nullable(),
      /** Mean weekly active users of the last 4 weeks over the 4 before. */
      recentToPriorRatio: z.number().nullable(),
      kendallTau: z.number().nullable(),
      theilSenSlopeUsersPerWeek: z.number().nullable(),
      slopePercentOfMedianPerWeek: z.number().nullable(),
      /** Weekly active users, oldest first; a week covers the 7 days up to `weekEndsAt`. */
      weeklySeries: z.array(z.object({ weekEndsAt: IsoDateTimeSchema, activeUsers: z.number().nullable() })),
      decliningFeatures: z.array(z.object({ feature: z.string(), weeksUsedOfPrior: z.number().int(), priorWeeklyUses: z.array(z.number().nullable()), reason: z.string() })),
      reasons: z.array(z.string()),
    }),
  ),
  assessedCount: z.number().int().nonnegative(),
  flaggedCount: z.number().int().nonnegative(),
  matchedAccountId: z.string().nullable(),
  thresholds: z.object({
    weeks: z.number().int(),
    recentWeeks: z.number().int(),
    maximumRecentToPriorRatio: z.number(),
    maximumKendallTau: z.number(),
    maximumSlopePercentOfMedianPerWeek: z.number(),
    minimumPriorMeanUsers: z.number(),
  }),
  configVersion: z.string(),
  provenance: ProvenanceSchema,
});

export type AccountHealthPayload = z.infer<typeof AccountHealthPayloadSchema>;
export type AdoptionTablePayload = z.infer<typeof AdoptionTablePayloadSchema>;
