import * as z from 'zod';
import { IsoDateTimeSchema } from '../../contracts/common.js';
import type { AgentKpiKey, UnrankedKpiKey } from '../../scoring/team/index.js';
import { ProvenanceSchema } from './common.js';
import { enumOf, PerformanceComponentKeySchema, PerformanceComponentSchema, PerformanceDriverSchema } from './ops-common.js';

const WindowSchema = z.object({ from: IsoDateTimeSchema, to: IsoDateTimeSchema });

/** An agent's KPIs in the window: times in minutes, rates 0–1, speed indexes (1 = the team on the same kind of ticket). */
export const AgentKpisSchema = z.object({
  ticketsSolved: z.number().int().nonnegative(),
  firstReplyMedianMinutes: z.number().nullable(),
  firstReplyP90Minutes: z.number().nullable(),
  resolutionMedianMinutes: z.number().nullable(),
  resolutionP90Minutes: z.number().nullable(),
  agentWorkMedianMinutes: z.number().nullable(),
  firstReplySpeedIndex: z.number().nullable(),
  resolutionSpeedIndex: z.number().nullable(),
  oneTouchRate: z.number().nullable(),
  reopenRate: z.number().nullable(),
  csatRate: z.number().nullable(),
  csatResponses: z.number().int().nonnegative(),
  /** CSAT shrunk toward the team rate: fair for small samples. */
  csatAdjustedRate: z.number().nullable(),
  csatWilsonLower: z.number().nullable(),
  csatWilsonUpper: z.number().nullable(),
  weightedTicketsSolved: z.number(),
  weightedSolvedPerFteDay: z.number().nullable(),
  scheduledHours: z.number().nullable(),
});

/** One agent in a comparison: rank, composite (0–100), KPIs, components and the drivers of the rank. */
export const AgentEntrySchema = z.object({
  agentId: z.string(),
  name: z.string(),
  /** 1 = best; null while the agent has too little data to rank. */
  rank: z.number().int().positive().nullable(),
  status: z.enum(['ranked', 'insufficient_data']),
  /** Solved tickets and CSAT responses still needed to be ranked. */
  missingSamples: z.object({ solved: z.number().int().nonnegative(), csatResponses: z.number().int().nonnegative() }),
  composite: z.number().nullable(),
  kpis: AgentKpisSchema,
  components: z.array(PerformanceComponentSchema),
  drivers: z.array(PerformanceDriverSchema),
});

const PickSummarySchema = z.object({
  outcome: z.enum(['named', 'no_clear_outlier', 'insufficient_data']),
  agentId: z.string().nullable(),
  candidateAgentId: z.string().nullable(),
  leadPoints: z.number().nullable(),
  /** Lowest only: unranked agents whose KPIs put them below the candidate, holding back the pick. */
  unrankedConcernAgentIds: z.array(z.string()),
});

const UnrankedKpiKeySchema = enumOf<UnrankedKpiKey>({ csat: true, reopen: true, oneTouch: true, firstReplySpeed: true, resolutionSpeed: true });

/** An agent unranked for too few samples whose KPIs, among the ranked agents', put them below the lowest ranked agent. */
const UnrankedConcernSchema = z.object({
  agent: AgentEntrySchema,
  /** Weighted mean percentile over the KPIs compared (throughput left out), the agent's and the lowest ranked agent's. */
  standing: z.object({ agent: z.number(), lowestRanked: z.number() }),
  /** Where the agent trails the lowest ranked agent, weakest first: component value, sample size, whether worst in the team, a sentence. */
  trailingKpis: z
    .array(z.object({ key: UnrankedKpiKeySchema, value: z.number(), sampleSize: z.number().int().nonnegative(), worstInTeam: z.boolean(), reason: z.string() }))
    .min(1),
  reason: z.string(),
});

const TeamFiguresSchema = z.object({
  ticketsSolved: z.number().int().nonnegative(),
  /** CSAT of the ratings credited to the team's agents: without AI-resolved tickets, which csat.summary counts too. */
  csatRate: z.number().nullable(),
  oneTouchRate: z.number().nullable(),
  reopenRate: z.number().nullable(),
  firstReplyMedianMinutes: z.number().nullable(),
  resolutionMedianMinutes: z.number().nullable(),
  agentsRanked: z.number().int().nonnegative(),
  agentsWithInsufficientData: z.number().int().nonnegative(),
  medianCsatRate: z.number().nullable(),
});

const RankingThresholdsSchema = z.object({
  minSolved: z.number(),
  minCsatResponses: z.number(),
  shrinkageStrength: z.number(),
  wilsonZ: z.number(),
  outlierLeadPoints: z.number(),
  minUnrankedSamples: z.number(),
  reopenWindowDays: z.number(),
  minSegmentSize: z.number(),
});

/** agents.performance: every agent of the team compared, best first; a named agent is highlighted and listed first. */
export const AgentComparisonPayloadSchema = z.object({
  configVersion: z.string(),
  teamId: z.string().nullable(),
  window: WindowSchema,
  /** The agent the question named, when found in the team. */
  highlightedAgentId: z.string().nullable(),
  agents: z.array(AgentEntrySchema),
  team: TeamFiguresSchema,
  weights: z.record(PerformanceComponentKeySchema, z.number()),
  thresholds: RankingThresholdsSchema,
  top: PickSummarySchema,
  lowest: PickSummarySchema,
  timeBasis: z.string(),
  provenance: ProvenanceSchema,
});

/** agents.top / agents.lowest: the pick, named only when the lead is clear, with the numbers behind it. */
export const RankedAgentPayloadSchema = z.object({
  configVersion: z.string(),
  kind: z.enum(['top', 'lowest']),
  teamId: z.string().nullable(),
  window: WindowSchema,
  outcome: z.enum(['named', 'no_clear_outlier', 'insufficient_data']),
  /** The named agent; null unless `outcome` is `named`. */
  agentId: z.string().nullable(),
  /** The agent at that end of the ranking, named or not. */
  candidate: AgentEntrySchema.nullable(),
  /** Composite points between the candidate and the next agent. */
  leadPoints: z.number().nullable(),
  requiredLeadPoints: z.number(),
  candidateCsatWilson: z.object({ lower: z.number(), upper: z.number() }).nullable(),
  teamMedianCsatRate: z.number().nullable(),
  csatClearOfMedian: z.boolean(),
  /** The three components driving the candidate's rank. */
  drivers: z.array(PerformanceDriverSchema),
  /** The next agents from the same end, in order. */
  runnersUp: z.array(z.object({ agentId: z.string(), name: z.string(), rank: z.number().int().positive(), composite: z.number() })),
  /** Lowest only (empty for top): while an unranked agent's KPIs put them below the candidate, nobody is named. */
  unrankedConcerns: z.array(UnrankedConcernSchema),
  reason: z.string(),
  provenance: ProvenanceSchema,
});

const AgentKpiKeySchema = enumOf<AgentKpiKey>({
  ticketsSolved: true,
  weightedSolvedPerFteDay: true,
  firstReplyMedianMinutes: true,
  firstReplyP90Minutes: true,
  resolutionMedianMinutes: true,
  resolutionP90Minutes: true,
  agentWorkMedianMinutes: true,
  firstReplySpeedIndex: true,
  resolutionSpeedIndex: true,
  oneTouchRate: true,
  reopenRate: true,
  csatRate: true,
});

/** agent.myPerformance: the agent's KPIs against the team, with the agent's percentile among teammates. */
export const MyPerformancePayloadSchema = z.object({
  configVersion: z.string(),
  window: WindowSchema,
  agentId: z.string(),
  name: z.string(),
  status: z.enum(['ranked', 'insufficient_data']),
  missingSamples: z.object({ solved: z.number().int().nonnegative(), csatResponses: z.number().int().nonnegative() }),
  composite: z.number().nullable(),
  /** `team` when teammates' work was visible for the comparison; else team figures and percentiles are null. */
  comparison: z.enum(['team', 'unavailable']),
  kpis: z.array(
    z.object({
      key: AgentKpiKeySchema,
      agentValue: z.number().nullable(),
      teamValue: z.number().nullable(),
      teamBasis: z.enum(['pooled', 'team_tickets', 'agent_mean', 'neutral']).nullable(),
      higherIsBetter: z.boolean(),
      /** Share of teammates the agent does at least as well as, 0–100. */
      percentile: z.number().nullable(),
      reason: z.string(),
    }),
  ),
  drivers: z.array(PerformanceDriverSchema),
  provenance: ProvenanceSchema,
});

export type AgentKpis = z.infer<typeof AgentKpisSchema>;
export type AgentEntry = z.infer<typeof AgentEntrySchema>;
export type AgentComparisonPayload = z.infer<typeof AgentComparisonPayloadSchema>;
export type RankedAgentPayload = z.infer<typeof RankedAgentPayloadSchema>;
export type MyPerformancePayload = z.infer<typeof MyPerformancePayloadSchema>;
