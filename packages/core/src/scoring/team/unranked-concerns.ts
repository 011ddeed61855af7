import type { PerformanceComponent, PerformanceComponentKey, RankedAgent } from './agent-ranking.js';
import { decimal, duration, percent } from './format.js';

/** The components an unranked agent is compared on; throughput is low for every unranked agent, so it never counts. */
export type UnrankedKpiKey = Exclude<PerformanceComponentKey, 'throughput'>;

/** A KPI on which an unranked agent does worse than the lowest ranked agent. */
export interface UnrankedTrailingKpi {
  key: UnrankedKpiKey;
  /** The component's value as the composite reads it: adjusted rate or speed index. */
  value: number;
  /** Tickets or ratings behind it. */
  sampleSize: number;
  /** Worse than every ranked agent, not only the lowest. */
  worstInTeam: boolean;
  reason: string;
}

/** An agent left unranked for too few samples whose KPIs would put them below the lowest ranked agent. */
export interface UnrankedConcern {
  agentId: string;
  name: string;
  missingSamples: RankedAgent['missingSamples'];
  /** Weighted mean percentile among the ranked agents over the KPIs compared (throughput left out), beside the lowest ranked agent's. */
  standing: { agent: number; lowestRanked: number };
  /** Where the agent trails the lowest ranked agent, weakest first. */
  trailingKpis: UnrankedTrailingKpi[];
  /** `Ana Lopez has too few solved tickets (12; 8 more needed) to rank, but the slowest first replies in the team: 5h 22m median …`. */
  reason: string;
}

const KPI_KEYS: readonly UnrankedKpiKey[] = ['csat', 'reopen', 'oneTouch', 'firstReplySpeed', 'resolutionSpeed'];

/**
 * The unranked agents who, placed among the ranked agents on the KPIs they have at least `minimumSamples`
 * tickets or ratings for, stand below `lowestRanked` (the weighted mean of their percentiles, throughput
 * left out for both). While one exists, naming `lowestRanked` as the lowest performer would blame the
 * lowest of the agents the ranking can see rather than the one doing worst.
 * @example unrankedConcerns(agents, agents.filter((agent) => agent.status === 'ranked').at(-1)!, 5)[0]?.reason
 */
export function unrankedConcerns(agents: readonly RankedAgent[], lowestRanked: RankedAgent, minimumSamples: number): UnrankedConcern[] {
  return agents.flatMap((agent): UnrankedConcern[] => {
    if (agent.status === 'ranked') return [];
    const compared = KPI_KEYS.flatMap((key) => {
      const own = componentOf(agent, key);
      const theirs = componentOf(lowestRanked, key);
      if (own.value === null || own.percentile === null || theirs.percentile === null || sampleSizeOf(agent, key) < minimumSamples) return [];
      return [{ key, own, theirs }];
    });
    const standing = { agent: weightedPercentile(compared.map(({ own }) => own)), lowestRanked: weightedPercentile(compared.map(({ theirs }) => theirs)) };
    if (compared.length === 0 || standing.agent >= standing.lowestRanked) return [];
    const trailingKpis = compared
      .filter(({ own, theirs }) => own.percentile! < theirs.percentile!)
      .sort((left, right) => left.own.percentile! - right.own.percentile! || right.own.weight - left.own.weight)
      .map(({ key, own }) => {
        // Percentile 0 among the ranked agents: worse than each of them.
        const worstInTeam = own.percentile === 0;
        return { key, value: own.value!, sampleSize: sampleSizeOf(agent, key), worstInTeam, reason: trailingSentence(agent, key, worstInTeam ? null : lowestRanked.name) };
      });
    const reason = `${agent.name} has too few ${missingWords(agent)} to rank, but ${trailingKpis.map((kpi) => kpi.reason).join('; ')}`;
    return [{ agentId: agent.agentId, name: agent.name, missingSamples: agent.missingSamples, standing, trailingKpis, reason }];
  });
}

function componentOf(agent: RankedAgent, key: UnrankedKpiKey): PerformanceComponent {
  return agent.components.find((part) => part.key === key)!;
}

function weightedPercentile(parts: readonly PerformanceComponent[]): number {
  const weight = parts.reduce((total, part) => total + part.weight, 0);
  return weight === 0 ? 50 : parts.reduce((total, part) => total + part.weight * part.percentile!, 0) / weight;
}

function sampleSizeOf({ metrics }: RankedAgent, key: UnrankedKpiKey): number {
  if (key === 'firstReplySpeed') return metrics.firstReply.sampleSize;
  if (key === 'resolutionSpeed') return metrics.resolution.sampleSize;
  if (key === 'csat') return metrics.csat.total;
  return key === 'reopen' ? metrics.reopen.total : metrics.oneTouch.total;
}

function missingWords({ metrics, missingSamples }: RankedAgent): string {
  const parts = [
    missingSamples.solved > 0 ? `solved tickets (${metrics.ticketsSolved}; ${missingSamples.solved} more needed)` : null,
    missingSamples.csatResponses > 0 ? `CSAT ratings (${metrics.csat.total}; ${missingSamples.csatResponses} more needed)` : null,
  ];
  return parts.filter((part): part is string => part !== null).join(' and ');
}

/** `the slowest first replies in the team: 5h 22m median (…)`, or `slower first replies than Cat: …` when only the lowest ranked agent is beaten. */
function trailingSentence({ metrics }: RankedAgent, key: UnrankedKpiKey, than: string | null): string {
  const versus = (worst: string, worse: string) => (than === null ? `the ${worst} in the team` : `${worse} than ${than}`);
  const sameKind = (index: number | null) => `${decimal(index)}× the team's time on the same kind of ticket`;
  switch (key) {
    case 'firstReplySpeed':
      return `${versus('slowest first replies', 'slower first replies')}: ${duration(metrics.firstReply.medianMinutes)} median (${sameKind(metrics.firstReplySpeedIndex)})`;
    case 'resolutionSpeed':
      return `${versus('slowest resolutions', 'slower resolutions')}: ${duration(metrics.resolution.medianMinutes)} median (${sameKind(metrics.resolutionSpeedIndex)})`;
    case 'csat':
      return `${versus('lowest CSAT', 'lower CSAT')}: ${percent(metrics.csat.rate)} (${metrics.csat.successes} good of ${metrics.csat.total})`;
    case 'reopen':
      return `${versus('most reopens', 'more reopens')}: ${metrics.reopen.successes} of ${metrics.reopen.total} solves reopened`;
    case 'oneTouch':
      return `${versus('fewest one-touch solves', 'fewer one-touch solves')}: ${metrics.oneTouch.successes} of ${metrics.oneTouch.total} replied tickets`;
  }
}
