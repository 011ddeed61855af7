import { percentileRank, shrunkRate, wilsonInterval } from '../statistics.js';
import type { AgentRawMetrics, RateCounts, TeamRawMetrics } from './agent-metrics.js';
import type { AgentPerformanceConfig, CompositeWeights } from './team-config.js';

export type PerformanceComponentKey = keyof CompositeWeights;

/** One part of the composite: the agent's value, its percentile within the team and what it earned. */
export interface PerformanceComponent {
  key: PerformanceComponentKey;
  group: 'quality' | 'speed' | 'throughput';
  /** Shrunk rate (0–1) for csat / reopen / oneTouch, speed index for the speeds, weighted tickets per FTE-day for throughput. */
  value: number | null;
  higherIsBetter: boolean;
  /** Percentile rank 0–100 among ranked agents (better = higher); null without a value or a pool. */
  percentile: number | null;
  weight: number;
  /** `weight × percentile / 100`, a missing percentile counting as the middle (50). */
  points: number;
  pointsLost: number;
}

/** Small-sample-safe rates (SCORING §3.2 step 2): shrunk toward the team for display, Wilson for decisions. */
export interface AdjustedRates {
  csatRate: number | null;
  csatWilson: { lower: number; upper: number } | null;
  oneTouchRate: number | null;
  reopenRate: number | null;
}

/** An agent with its composite, or the reason it is not ranked. */
export interface RankedAgent {
  agentId: string;
  name: string;
  status: 'ranked' | 'insufficient_data';
  /** How many more solved tickets and CSAT responses would make the agent rankable. */
  missingSamples: { solved: number; csatResponses: number };
  metrics: AgentRawMetrics;
  adjusted: AdjustedRates;
  /** Weighted average of the component percentiles, 0–100; null while insufficient data. */
  composite: number | null;
  components: PerformanceComponent[];
}

const GROUPS: Record<PerformanceComponentKey, PerformanceComponent['group']> = {
  csat: 'quality',
  reopen: 'quality',
  oneTouch: 'quality',
  firstReplySpeed: 'speed',
  resolutionSpeed: 'speed',
  throughput: 'throughput',
};
const HIGHER_IS_BETTER: Record<PerformanceComponentKey, boolean> = {
  csat: true,
  reopen: false,
  oneTouch: true,
  firstReplySpeed: false,
  resolutionSpeed: false,
  throughput: true,
};

/** Ranks agents by within-team percentile ranks of the six components (SCORING §3.2 steps 1–5). */
export function rankAgents(raw: TeamRawMetrics, names: ReadonlyMap<string, string>, config: AgentPerformanceConfig): RankedAgent[] {
  const adjusted = new Map(raw.agents.map((agent) => [agent.agentId, adjustRates(agent, raw.team, config)]));
  const valueOf = (agent: AgentRawMetrics, key: PerformanceComponentKey): number | null => {
    const rates = adjusted.get(agent.agentId)!;
    if (key === 'csat') return rates.csatRate;
    if (key === 'reopen') return rates.reopenRate;
    if (key === 'oneTouch') return rates.oneTouchRate;
    if (key === 'firstReplySpeed') return agent.firstReplySpeedIndex;
    if (key === 'resolutionSpeed') return agent.resolutionSpeedIndex;
    return agent.weightedSolvedPerFteDay ?? (agent.scheduledHours === null ? agent.weightedTicketsSolved : null);
  };
  const isRanked = (agent: AgentRawMetrics) => agent.ticketsSolved >= config.minSolved && agent.csat.total >= config.minCsatResponses;
  const rankedAgents = raw.agents.filter(isRanked);
  const keys = Object.keys(GROUPS) as PerformanceComponentKey[];
  // Pools hold "better is higher" values so one percentile rule fits every component.
  const pools = new Map(keys.map((key) => [key, rankedAgents.map((agent) => oriented(key, valueOf(agent, key))).filter((value): value is number => value !== null)]));
  return raw.agents
    .map((agent): RankedAgent => {
      const components = keys.map((key) => component(key, valueOf(agent, key), pools.get(key)!, config.weights[key]));
      const ranked = isRanked(agent);
      const totalWeight = components.reduce((total, part) => total + part.weight, 0);
      return {
        agentId: agent.agentId,
        name: names.get(agent.agentId) ?? agent.agentId,
        status: ranked ? 'ranked' : 'insufficient_data',
        missingSamples: { solved: Math.max(0, config.minSolved - agent.ticketsSolved), csatResponses: Math.max(0, config.minCsatResponses - agent.csat.total) },
        metrics: agent,
        adjusted: adjusted.get(agent.agentId)!,
        composite: ranked && totalWeight > 0 ? (100 * components.reduce((total, part) => total + part.points, 0)) / totalWeight : null,
        components,
      };
    })
    .sort((left, right) => (right.composite ?? -1) - (left.composite ?? -1) || left.agentId.localeCompare(right.agentId));
}

function oriented(key: PerformanceComponentKey, value: number | null): number | null {
  return value === null ? null : HIGHER_IS_BETTER[key] ? value : -value;
}

function component(key: PerformanceComponentKey, value: number | null, pool: readonly number[], weight: number): PerformanceComponent {
  const orientedValue = oriented(key, value);
  const percentile = orientedValue === null ? null : percentileRank(orientedValue, pool);
  const points = (weight * (percentile ?? 50)) / 100;
  return { key, group: GROUPS[key], value, higherIsBetter: HIGHER_IS_BETTER[key], percentile, weight, points, pointsLost: weight - points };
}

function adjustRates(agent: AgentRawMetrics, team: TeamRawMetrics['team'], config: AgentPerformanceConfig): AdjustedRates {
  const shrink = (counts: RateCounts, teamCounts: RateCounts) =>
    counts.total === 0 || teamCounts.rate === null ? null : shrunkRate(counts.successes, counts.total, teamCounts.rate, config.shrinkageStrength);
  return {
    csatRate: shrink(agent.csat, team.csat),
    csatWilson: wilsonInterval(agent.csat.successes, agent.csat.total, config.wilsonZ),
    oneTouchRate: shrink(agent.oneTouch, team.oneTouch),
    reopenRate: shrink(agent.reopen, team.reopen),
  };
}
