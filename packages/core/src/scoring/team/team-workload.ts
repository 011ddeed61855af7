import type { SupportData } from '../../data/support-data.js';
import { decimal, duration } from './format.js';
import { resolveTeamScoringConfig, type WorkloadConfig } from './team-config.js';
import { teamScopeOf, type TeamQueryOptions } from './team-scope.js';
import { reportMemo } from '../report-memo.js';
import { workloadState, type OpenTicketState, type WorkloadState } from './workload-state.js';

const workloadStates = reportMemo<WorkloadState>();

export type WorkloadLevel = 'overloaded' | 'balanced' | 'underloaded';

/** One agent's row of the team workload view (SCORING §3 "Team workload view"). */
export interface AgentWorkload {
  agentId: string;
  name: string;
  /** Concurrent-ticket limit. */
  capacity: number;
  /** Open assigned tickets (new, open, pending, on hold). */
  openTickets: number;
  /** Of which with a running SLA clock: these make the load. */
  slaActiveTickets: number;
  /** Σ priority weights of the SLA-active tickets. */
  weightedOpen: number;
  /** `weightedOpen / capacity`. */
  load: number;
  level: WorkloadLevel;
  /** Why overloaded: above the absolute limit, or far above the team. */
  overloadBasis: 'above_limit' | 'above_team_spread' | null;
  oldestOpenTicketId: string | null;
  oldestOpenTicketAgeMinutes: number | null;
  ticketsAtRisk: number;
  ticketsBreached: number;
  /** At-risk ticket ids, riskiest first. */
  atRiskTicketIds: string[];
  reason: string;
}

export interface TeamWorkloadReport {
  configVersion: string;
  teamId: string | null;
  asOf: string;
  /** Every workload weight and threshold used. */
  thresholds: WorkloadConfig;
  team: {
    meanLoad: number | null;
    loadStandardDeviation: number | null;
    /** Loads above this are overloaded: the smaller of the limit and mean + k·sd. */
    overloadedAboveLoad: number;
    openTickets: number;
    ticketsAtRisk: number;
    ticketsBreached: number;
    overloadedAgents: number;
    underloadedAgents: number;
  };
  /** Agents by load, heaviest first. */
  agents: AgentWorkload[];
  /** How "at SLA risk" was decided. */
  riskBasis: string;
}

export const RISK_BASIS =
  'A ticket is at risk when a running first-reply, next-reply or resolution clock has P(breach) at or above the threshold, ' +
  "P being the Kaplan–Meier estimate from the team's clocks of the same metric and priority on tickets solved in the " +
  'history window before the current hour; with fewer past clocks than the minimum, when no more than the remaining ' +
  'share of its target is left.';

/**
 * The team workload view: per agent open tickets, weighted load, oldest ticket age and SLA risk.
 * @example teamWorkload(data, { now, teamId: 'team-billing' }).agents[0].level // 'overloaded'
 */
export function teamWorkload(data: SupportData, options: TeamQueryOptions): TeamWorkloadReport {
  const config = resolveTeamScoringConfig(options.config);
  const scope = teamScopeOf(data, options.teamId);
  // The same state for every panel and viewer asking about this team at this instant (read-only here).
  const key = `${scope.teamId ?? '*'}|${options.now.getTime()}|${JSON.stringify(config.workload)}`;
  const state = workloadStates(data.tickets, key, [data.agents, data.teams, data.slaPolicies, data.calendars], () => workloadState(data, scope, options.now, config.workload));
  const agents = scope.agents
    .map((agent) => agentWorkload(agent.id, agent.name, agent.capacity, state, config.workload))
    .sort((left, right) => right.load - left.load || left.agentId.localeCompare(right.agentId));
  const settings = config.workload;
  return {
    configVersion: config.version,
    teamId: scope.teamId,
    asOf: options.now.toISOString(),
    thresholds: settings,
    team: {
      meanLoad: state.meanLoad,
      loadStandardDeviation: state.loadStandardDeviation,
      overloadedAboveLoad: overloadedAbove(state, settings),
      openTickets: sum(agents, (agent) => agent.openTickets),
      ticketsAtRisk: sum(agents, (agent) => agent.ticketsAtRisk),
      ticketsBreached: sum(agents, (agent) => agent.ticketsBreached),
      overloadedAgents: agents.filter((agent) => agent.level === 'overloaded').length,
      underloadedAgents: agents.filter((agent) => agent.level === 'underloaded').length,
    },
    agents,
    riskBasis: state.slaTracked ? RISK_BASIS : 'The data has no SLA policy, so no ticket is judged at risk.',
  };
}

/** The load above which an agent is overloaded: `min(limit, mean + k·sd)`, only the limit when loads barely spread. */
export function overloadedAbove(state: Pick<WorkloadState, 'meanLoad' | 'loadStandardDeviation'>, config: WorkloadConfig): number {
  if (state.meanLoad === null || state.loadStandardDeviation === null || state.loadStandardDeviation < config.overloadedMinimumSpread) return config.overloadedLoad;
  return Math.min(config.overloadedLoad, state.meanLoad + config.overloadedStandardDeviations * state.loadStandardDeviation);
}

/** Overloaded, balanced or underloaded, and why. */
export function levelOf(
  load: number,
  state: Pick<WorkloadState, 'meanLoad' | 'loadStandardDeviation'>,
  config: WorkloadConfig,
): { level: WorkloadLevel; basis: AgentWorkload['overloadBasis'] } {
  if (load > config.overloadedLoad) return { level: 'overloaded', basis: 'above_limit' };
  if (load > overloadedAbove(state, config)) return { level: 'overloaded', basis: 'above_team_spread' };
  return { level: load < config.underloadedLoad ? 'underloaded' : 'balanced', basis: null };
}

function agentWorkload(agentId: string, name: string, capacity: number, state: WorkloadState, config: WorkloadConfig): AgentWorkload {
  const queue = state.queues.get(agentId) ?? [];
  const load = state.loads.get(agentId) ?? 0;
  const { level, basis } = levelOf(load, state, config);
  const active = queue.filter((entry) => entry.slaActive);
  const oldest = queue.reduce<OpenTicketState | null>((found, entry) => (found === null || entry.ageMinutes > found.ageMinutes ? entry : found), null);
  const atRisk = queue.filter((entry) => entry.risk?.atRisk).sort((left, right) => right.risk!.riskScore - left.risk!.riskScore);
  const row = {
    agentId,
    name,
    capacity,
    openTickets: queue.length,
    slaActiveTickets: active.length,
    weightedOpen: sum(active, (entry) => entry.weight),
    load,
    level,
    overloadBasis: basis,
    oldestOpenTicketId: oldest?.ticket.id ?? null,
    oldestOpenTicketAgeMinutes: oldest?.ageMinutes ?? null,
    ticketsAtRisk: atRisk.length,
    ticketsBreached: queue.filter((entry) => entry.breached).length,
    atRiskTicketIds: atRisk.map((entry) => entry.ticket.id),
  };
  const levelText = { overloaded: basis === 'above_limit' ? ' — overloaded (above capacity)' : ' — overloaded (well above the team)', underloaded: ' — has room', balanced: '' }[level];
  const oldestText = oldest ? `; oldest open ${duration(oldest.ageMinutes)}` : '';
  const queueText = `${row.openTickets} open, ${row.slaActiveTickets} SLA-active weighing ${decimal(row.weightedOpen, 1)} against capacity ${capacity}`;
  const reason = `${name}: load ${decimal(load)} (${queueText})${oldestText}; ${row.ticketsAtRisk} at SLA risk${levelText}.`;
  return { ...row, reason };
}

function sum<Item>(items: readonly Item[], value: (item: Item) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
