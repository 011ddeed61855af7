import type { SupportData } from '../../data/support-data.js';
import { SupportAIError } from '../../errors/supportai-error.js';
import { mean, percentileRank } from '../statistics.js';
import type { AgentRawMetrics } from './agent-metrics.js';
import { agentPerformance, type AgentPerformanceEntry, type AgentPerformanceOptions, type AgentPerformanceReport } from './agent-performance.js';
import { duration, ordinal, percent } from './format.js';

export type AgentKpiKey =
  | 'ticketsSolved'
  | 'weightedSolvedPerFteDay'
  | 'firstReplyMedianMinutes'
  | 'firstReplyP90Minutes'
  | 'resolutionMedianMinutes'
  | 'resolutionP90Minutes'
  | 'agentWorkMedianMinutes'
  | 'firstReplySpeedIndex'
  | 'resolutionSpeedIndex'
  | 'oneTouchRate'
  | 'reopenRate'
  | 'csatRate';

/** One KPI of the agent beside the team's, with the agent's percentile among teammates. */
export interface AgentKpiComparison {
  key: AgentKpiKey;
  agentValue: number | null;
  /** The team figure: pooled rate, team-wide median / p90, or the mean over agents (see `teamBasis`). */
  teamValue: number | null;
  teamBasis: 'pooled' | 'team_tickets' | 'agent_mean' | 'neutral';
  higherIsBetter: boolean;
  /** Share of teammates (with a value) the agent does at least as well as, 0–100; null without a value. */
  percentile: number | null;
  reason: string;
}

/** "My performance vs the team average": the agent's KPIs, percentiles and composite. */
export interface AgentVersusTeam {
  configVersion: string;
  window: AgentPerformanceReport['window'];
  agentId: string;
  name: string;
  status: AgentPerformanceEntry['status'];
  missingSamples: AgentPerformanceEntry['missingSamples'];
  composite: number | null;
  kpis: AgentKpiComparison[];
  drivers: AgentPerformanceEntry['drivers'];
}

interface KpiDefinition {
  key: AgentKpiKey;
  label: string;
  higherIsBetter: boolean;
  format: (value: number | null) => string;
  agent: (metrics: AgentRawMetrics) => number | null;
  team: (report: AgentPerformanceReport, agents: readonly AgentRawMetrics[]) => { value: number | null; basis: AgentKpiComparison['teamBasis'] };
}

const agentMean = (pick: (metrics: AgentRawMetrics) => number | null) => (_report: AgentPerformanceReport, agents: readonly AgentRawMetrics[]) => ({
  value: mean(agents.map(pick).filter((value): value is number => value !== null)),
  basis: 'agent_mean' as const,
});
const fixed = (digits: number) => (value: number | null) => (value === null ? 'n/a' : value.toFixed(digits));

const KPIS: readonly KpiDefinition[] = [
  { key: 'ticketsSolved', label: 'tickets solved', higherIsBetter: true, format: fixed(0), agent: (m) => m.ticketsSolved, team: agentMean((m) => m.ticketsSolved) },
  { key: 'weightedSolvedPerFteDay', label: 'weighted tickets per FTE-day', higherIsBetter: true, format: fixed(1), agent: (m) => m.weightedSolvedPerFteDay, team: agentMean((m) => m.weightedSolvedPerFteDay) },
  { key: 'firstReplyMedianMinutes', label: 'median first reply', higherIsBetter: false, format: duration, agent: (m) => m.firstReply.medianMinutes, team: (r) => ({ value: r.team.firstReply.medianMinutes, basis: 'team_tickets' }) },
  { key: 'firstReplyP90Minutes', label: 'p90 first reply', higherIsBetter: false, format: duration, agent: (m) => m.firstReply.p90Minutes, team: (r) => ({ value: r.team.firstReply.p90Minutes, basis: 'team_tickets' }) },
  { key: 'resolutionMedianMinutes', label: 'median resolution', higherIsBetter: false, format: duration, agent: (m) => m.resolution.medianMinutes, team: (r) => ({ value: r.team.resolution.medianMinutes, basis: 'team_tickets' }) },
  { key: 'resolutionP90Minutes', label: 'p90 resolution', higherIsBetter: false, format: duration, agent: (m) => m.resolution.p90Minutes, team: (r) => ({ value: r.team.resolution.p90Minutes, basis: 'team_tickets' }) },
  { key: 'agentWorkMedianMinutes', label: 'median agent work time', higherIsBetter: false, format: duration, agent: (m) => m.agentWork.medianMinutes, team: agentMean((m) => m.agentWork.medianMinutes) },
  // 1.0 is the team by construction: the index compares with the team's own segment medians.
  { key: 'firstReplySpeedIndex', label: 'first-reply speed index', higherIsBetter: false, format: fixed(2), agent: (m) => m.firstReplySpeedIndex, team: () => ({ value: 1, basis: 'neutral' }) },
  { key: 'resolutionSpeedIndex', label: 'resolution speed index', higherIsBetter: false, format: fixed(2), agent: (m) => m.resolutionSpeedIndex, team: () => ({ value: 1, basis: 'neutral' }) },
  { key: 'oneTouchRate', label: 'one-touch rate', higherIsBetter: true, format: percent, agent: (m) => m.oneTouch.rate, team: (r) => ({ value: r.team.oneTouch.rate, basis: 'pooled' }) },
  { key: 'reopenRate', label: 'reopen rate', higherIsBetter: false, format: percent, agent: (m) => m.reopen.rate, team: (r) => ({ value: r.team.reopen.rate, basis: 'pooled' }) },
  { key: 'csatRate', label: 'CSAT', higherIsBetter: true, format: percent, agent: (m) => m.csat.rate, team: (r) => ({ value: r.team.csat.rate, basis: 'pooled' }) },
];

/**
 * One agent's KPIs against the team average, with the percentile within the team for each.
 * @throws SupportAIError when the agent is not an active agent of the scope.
 * @example agentVersusTeam(data, { now, agentId: 'agent-7' }).kpis.find((kpi) => kpi.key === 'csatRate')
 */
export function agentVersusTeam(data: SupportData, options: AgentPerformanceOptions & { agentId: string }): AgentVersusTeam {
  const report = agentPerformance(data, options);
  const entry = report.agents.find((agent) => agent.agentId === options.agentId);
  if (!entry) throw new SupportAIError('invalid_input', 'Unknown agent', [{ path: 'agentId', message: `no active agent "${options.agentId}" in the team` }]);
  const everyone = report.agents.map((agent) => agent.metrics);
  const kpis = KPIS.map((definition): AgentKpiComparison => {
    const agentValue = definition.agent(entry.metrics);
    const team = definition.team(report, everyone);
    const sign = definition.higherIsBetter ? 1 : -1;
    const pool = everyone.map(definition.agent).filter((value): value is number => value !== null);
    const percentile = agentValue === null ? null : percentileRank(sign * agentValue, pool.map((value) => sign * value));
    const reason =
      agentValue === null
        ? `No ${definition.label} for ${entry.name} in the period.`
        : `${entry.name}'s ${definition.label}: ${definition.format(agentValue)} vs team ${definition.format(team.value)}, ${ordinal(Math.round(percentile!))} percentile of ${pool.length} agents.`;
    return { key: definition.key, agentValue, teamValue: team.value, teamBasis: team.basis, higherIsBetter: definition.higherIsBetter, percentile, reason };
  });
  return {
    configVersion: report.configVersion,
    window: report.window,
    agentId: entry.agentId,
    name: entry.name,
    status: entry.status,
    missingSamples: entry.missingSamples,
    composite: entry.composite,
    kpis,
    drivers: entry.drivers,
  };
}
