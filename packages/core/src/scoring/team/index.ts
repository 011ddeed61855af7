/** Team analytics for the CS manager (SCORING §3, §4.2): agent performance, workload, rebalancing, capacity. */
export {
  DEFAULT_TEAM_SCORING_CONFIG,
  resolveTeamScoringConfig,
  type AgentPerformanceConfig,
  type CapacityConfig,
  type CompositeWeights,
  type MoveCostWeights,
  type ReassignmentConfig,
  type TeamScoringConfig,
  type TeamScoringConfigOverride,
  type WorkloadConfig,
} from './team-config.js';
export type { PeriodInput, TeamQueryOptions } from './team-scope.js';
export { agentPerformance, TIME_BASIS, type AgentPerformanceEntry, type AgentPerformanceOptions, type AgentPerformanceReport } from './agent-performance.js';
export type { AgentRawMetrics, RateCounts, TimeSummary } from './agent-metrics.js';
export type { AdjustedRates, PerformanceComponent, PerformanceComponentKey, RankedAgent } from './agent-ranking.js';
export type { PerformanceDriver } from './performance-drivers.js';
export type { PerformerPick } from './performer-pick.js';
export type { UnrankedConcern, UnrankedKpiKey, UnrankedTrailingKpi } from './unranked-concerns.js';
export { agentVersusTeam, type AgentKpiComparison, type AgentKpiKey, type AgentVersusTeam } from './agent-versus-team.js';
export { RISK_BASIS, teamWorkload, type AgentWorkload, type TeamWorkloadReport, type WorkloadLevel } from './team-workload.js';
export type { TicketBreachRisk } from './breach-risk.js';
export { recommendReassignments, type ReassignmentOptions, type ReassignmentPlan, type StopReason } from './reassignment-plan.js';
export type { ReassignmentMove } from './reassignment-reason.js';
export type { MoveBlock, MoveCost } from './reassignment-rules.js';
export { capacityForecast, type CapacityDay, type CapacityForecast } from './capacity-forecast.js';
export type { StaffingRecommendation, StaffingStatus, TicketEffort } from './staffing.js';
export { forecastDemand, type DemandForecast } from './demand-forecast.js';
