import type { Priority } from '../../contracts/common.js';
import type { SlaMetric } from '../../contracts/sla-policy.js';

/** Composite weights of the fair ranking (SCORING §3.2 step 5); they sum to 100. */
export interface CompositeWeights {
  csat: number;
  reopen: number;
  oneTouch: number;
  firstReplySpeed: number;
  resolutionSpeed: number;
  throughput: number;
}

export interface AgentPerformanceConfig {
  /** Window when no period is given. @default 30 */
  windowDays: number;
  /** Solved tickets an agent needs in the window to be ranked. @default 20 */
  minSolved: number;
  /** CSAT responses an agent needs in the window to be ranked. @default 10 */
  minCsatResponses: number;
  /** Pseudo-count `m` of the shrinkage toward the team rate. @default 10 */
  shrinkageStrength: number;
  /** z of the Wilson interval. @default 1.96 (95 %) */
  wilsonZ: number;
  /** A solve counts as reopened when the ticket leaves solved within these days. @default 7 */
  reopenWindowDays: number;
  /** Composite lead over the next agent needed to name a top or lowest performer. @default 5 */
  outlierLeadPoints: number;
  /**
   * Samples behind a KPI (tickets, ratings) from which an unranked agent who trails every ranked agent on
   * it holds back the lowest-performer pick. @default 5
   */
  minUnrankedSamples: number;
  /** Business hours in one FTE-day, for throughput per scheduled FTE-day. @default 8 */
  hoursPerFteDay: number;
  /** Segments with fewer solved tickets fall back to a coarser segment. @default 5 */
  minSegmentSize: number;
  weights: CompositeWeights;
}

export interface WorkloadConfig {
  /** @default { urgent: 3, high: 2, normal: 1, low: 0.5 } */
  priorityWeights: Record<Priority, number>;
  /** @default 1.0 */
  overloadedLoad: number;
  /** Also overloaded above team mean + this many standard deviations. @default 1 */
  overloadedStandardDeviations: number;
  /**
   * The spread rule applies only when loads spread at least this much (standard deviation): in a team
   * whose loads sit within a few points of each other, nobody is "well above the team". @default 0.1
   */
  overloadedMinimumSpread: number;
  /** @default 0.7 */
  underloadedLoad: number;
  /** SLA clocks checked for risk. @default ['firstReply', 'nextReply', 'resolution'] */
  riskMetrics: readonly SlaMetric[];
  /** How far back solved tickets feed the breach history. @default 90 */
  historyDays: number;
  /** Fewest past clocks for the Kaplan–Meier estimate; below it the remaining-time rule applies. @default 20 */
  minHistory: number;
  /**
   * Add the running clocks of open tickets to the history as censored observations (SCORING §4.3).
   * Off by default: it rebuilds every curve on each call (the solved history alone is built once an
   * hour), and a few hundred open clocks against months of history barely move the estimate.
   * @default false
   */
  censorOpenTickets: boolean;
  /** P(breach) at or above which a ticket is at risk. @default 0.6 (SCORING §4.3 "High") */
  atRiskProbability: number;
  /** Remaining-time rule: at risk when at most this share of the target is left. @default 0.25 */
  atRiskRemainingShare: number;
}

/** Weights of the five move-cost terms (SCORING §4.2). */
export interface MoveCostWeights {
  missingOptionalSkill: number;
  contextLoss: number;
  targetLoadAfter: number;
  slaRisk: number;
  csatAdvantage: number;
}

export interface ReassignmentConfig {
  /** @default 5 */
  maxMoves: number;
  /** A target may not end above this load. @default 0.9 */
  targetMaxLoad: number;
  /** Never move a ticket reassigned within these hours. @default 48 */
  movedWithinHours: number;
  /** Never move a ticket whose customer wrote within these hours. @default 2 */
  customerActiveHours: number;
  /** A replied ticket is movable again after this many business hours without an agent touch. @default 24 */
  idleBusinessHours: number;
  /** Required skills per ticket category (lower case); a category not listed requires none. */
  categorySkills: Readonly<Record<string, readonly string[]>>;
  /** Treat ticket tags that are some agent's skill as optional skills. @default true */
  optionalSkillsFromTags: boolean;
  /** Only move tickets between agents of the same team. @default true */
  sameTeamOnly: boolean;
  costWeights: MoveCostWeights;
}

export interface CapacityConfig {
  /** Most past weeks averaged. @default 8 */
  maxWeeks: number;
  /** Fewest complete past weeks for a forecast. @default 4 */
  minWeeks: number;
  /** The trend factor is kept inside these bounds. @default [0.75, 1.25] */
  trendBounds: readonly [low: number, high: number];
  /** Busiest sustainable share of scheduled hours. @default 0.85 */
  targetUtilisationRate: number;
  /** Below this share of scheduled hours the team is over-staffed. @default 0.6 */
  overstaffedUtilisationRate: number;
  /** Agent effort per ticket in minutes; when absent: median handle minutes ÷ median capacity. */
  handleMinutesPerTicket?: number;
  /** Hours of one agent-day when no calendar says otherwise. @default 8 */
  hoursPerAgentDay: number;
}

/** Every weight and threshold of the team analytics, stamped as `configVersion` on each output. */
export interface TeamScoringConfig {
  version: string;
  performance: AgentPerformanceConfig;
  workload: WorkloadConfig;
  reassignment: ReassignmentConfig;
  capacity: CapacityConfig;
}

/** A partial config: each section (and the weight objects) may set only the fields it changes. */
export interface TeamScoringConfigOverride {
  version?: string;
  performance?: Partial<Omit<AgentPerformanceConfig, 'weights'>> & { weights?: Partial<CompositeWeights> };
  workload?: Partial<WorkloadConfig>;
  reassignment?: Partial<Omit<ReassignmentConfig, 'costWeights'>> & { costWeights?: Partial<MoveCostWeights> };
  capacity?: Partial<CapacityConfig>;
}

/** Defaults from SCORING §3 and §4.2; see the field docs for each value. */
export const DEFAULT_TEAM_SCORING_CONFIG: TeamScoringConfig = {
  version: 'team-1',
  performance: {
    windowDays: 30,
    minSolved: 20,
    minCsatResponses: 10,
    shrinkageStrength: 10,
    wilsonZ: 1.96,
    reopenWindowDays: 7,
    outlierLeadPoints: 5,
    minUnrankedSamples: 5,
    hoursPerFteDay: 8,
    minSegmentSize: 5,
    weights: { csat: 25, reopen: 10, oneTouch: 10, firstReplySpeed: 15, resolutionSpeed: 15, throughput: 25 },
  },
  workload: {
    priorityWeights: { urgent: 3, high: 2, normal: 1, low: 0.5 },
    overloadedLoad: 1,
    overloadedStandardDeviations: 1,
    overloadedMinimumSpread: 0.1,
    underloadedLoad: 0.7,
    riskMetrics: ['firstReply', 'nextReply', 'resolution'],
    historyDays: 90,
    minHistory: 20,
    censorOpenTickets: false,
    atRiskProbability: 0.6,
    atRiskRemainingShare: 0.25,
  },
  reassignment: {
    maxMoves: 5,
    targetMaxLoad: 0.9,
    movedWithinHours: 48,
    customerActiveHours: 2,
    idleBusinessHours: 24,
    categorySkills: {
      billing: ['billing'],
      invoicing: ['billing'],
      refunds: ['billing'],
      sso: ['sso'],
      security: ['security'],
      api: ['api'],
      integrations: ['integrations'],
    },
    optionalSkillsFromTags: true,
    sameTeamOnly: true,
    costWeights: { missingOptionalSkill: 3, contextLoss: 2, targetLoadAfter: 1, slaRisk: 4, csatAdvantage: 1 },
  },
  capacity: {
    maxWeeks: 8,
    minWeeks: 4,
    trendBounds: [0.75, 1.25],
    targetUtilisationRate: 0.85,
    overstaffedUtilisationRate: 0.6,
    hoursPerAgentDay: 8,
  },
};

/** The defaults with an override applied section by section. */
export function resolveTeamScoringConfig(override: TeamScoringConfigOverride = {}): TeamScoringConfig {
  const base = DEFAULT_TEAM_SCORING_CONFIG;
  return {
    version: override.version ?? base.version,
    performance: { ...base.performance, ...override.performance, weights: { ...base.performance.weights, ...override.performance?.weights } },
    workload: { ...base.workload, ...override.workload },
    reassignment: {
      ...base.reassignment,
      ...override.reassignment,
      costWeights: { ...base.reassignment.costWeights, ...override.reassignment?.costWeights },
    },
    capacity: { ...base.capacity, ...override.capacity },
  };
}
