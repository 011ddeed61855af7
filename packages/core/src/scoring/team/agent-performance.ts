import type { SupportData } from '../../data/support-data.js';
import { median } from '../statistics.js';
import { reportMemo } from '../report-memo.js';
import { collectTeamMetrics, type TeamRawMetrics } from './agent-metrics.js';

/** Every agent's raw KPIs per team, window and instant: read-only, shared by the ranking questions. */
const teamMetrics = reportMemo<TeamRawMetrics>();
import { rankAgents, type RankedAgent } from './agent-ranking.js';
import { driversOf, type PerformanceDriver } from './performance-drivers.js';
import { pickPerformer, type PerformerPick } from './performer-pick.js';
import { resolveTeamScoringConfig, type CompositeWeights } from './team-config.js';
import { resolveWindow, teamScopeOf, type PeriodInput, type TeamQueryOptions } from './team-scope.js';

export interface AgentPerformanceOptions extends TeamQueryOptions {
  /** The period to judge; the `windowDays` (30) before `now` when absent. */
  period?: PeriodInput;
}

/** A ranked (or unrankable) agent with the three components that move its composite most. */
export interface AgentPerformanceEntry extends RankedAgent {
  drivers: PerformanceDriver[];
}

/** Agent performance of a team with fair ranking and top / lowest performer (SCORING §3.1–3.2). */
export interface AgentPerformanceReport {
  configVersion: string;
  teamId: string | null;
  window: { from: string; to: string };
  thresholds: {
    minSolved: number;
    minCsatResponses: number;
    shrinkageStrength: number;
    wilsonZ: number;
    outlierLeadPoints: number;
    minUnrankedSamples: number;
    reopenWindowDays: number;
    minSegmentSize: number;
  };
  weights: CompositeWeights;
  team: TeamRawMetrics['team'] & { agentsRanked: number; agentsWithInsufficientData: number; medianCsatRate: number | null };
  /** Ranked agents by composite (best first), then the agents with insufficient data. */
  agents: AgentPerformanceEntry[];
  top: PerformerPick;
  lowest: PerformerPick;
  /** How the minutes are counted. */
  timeBasis: string;
}

export const TIME_BASIS =
  "Each time is the ticket's SLA clock for that metric when its policy tracks it — business minutes when the target " +
  'counts business hours, else calendar minutes — and calendar minutes from the timeline otherwise. ' +
  'Agent work time (new + open, pending and on-hold excluded) is the handle time.';

/**
 * Per-agent KPIs over a window with a fair composite ranking and top / lowest performer.
 * @example agentPerformance(data, { now, teamId: 'team-billing' }).top.agentId // 'agent-7' or null
 */
export function agentPerformance(data: SupportData, options: AgentPerformanceOptions): AgentPerformanceReport {
  const config = resolveTeamScoringConfig(options.config);
  const settings = config.performance;
  const window = resolveWindow(options.now, options.period, settings.windowDays);
  const scope = teamScopeOf(data, options.teamId);
  const key = `${scope.teamId ?? '*'}|${window.fromMs}|${window.toMs}|${options.now.getTime()}|${JSON.stringify(settings)}`;
  const raw = teamMetrics(data.tickets, key, [data.agents, data.teams, data.slaPolicies, data.calendars], () => collectTeamMetrics(data, scope, window, settings, options.now));
  const ranked = rankAgents(raw, new Map(scope.agents.map((agent) => [agent.id, agent.name])), settings);
  const agents = ranked.map((agent) => ({ ...agent, drivers: driversOf(agent, 'any') }));
  const rankedCount = agents.filter((agent) => agent.status === 'ranked').length;
  return {
    configVersion: config.version,
    teamId: scope.teamId,
    window: { from: window.from, to: window.to },
    thresholds: {
      minSolved: settings.minSolved,
      minCsatResponses: settings.minCsatResponses,
      shrinkageStrength: settings.shrinkageStrength,
      wilsonZ: settings.wilsonZ,
      outlierLeadPoints: settings.outlierLeadPoints,
      minUnrankedSamples: settings.minUnrankedSamples,
      reopenWindowDays: settings.reopenWindowDays,
      minSegmentSize: settings.minSegmentSize,
    },
    weights: settings.weights,
    team: {
      ...raw.team,
      agentsRanked: rankedCount,
      agentsWithInsufficientData: agents.length - rankedCount,
      medianCsatRate: median(agents.filter((agent) => agent.status === 'ranked' && agent.metrics.csat.rate !== null).map((agent) => agent.metrics.csat.rate!)),
    },
    agents,
    top: pickPerformer(ranked, 'top', settings),
    lowest: pickPerformer(ranked, 'lowest', settings),
    timeBasis: TIME_BASIS,
  };
}
