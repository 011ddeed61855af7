import { median } from '../statistics.js';
import type { RankedAgent } from './agent-ranking.js';
import { percent } from './format.js';
import { driversOf, type PerformanceDriver } from './performance-drivers.js';
import type { AgentPerformanceConfig } from './team-config.js';
import { unrankedConcerns, type UnrankedConcern } from './unranked-concerns.js';

// Composites are sums of fractions: a lead of exactly the required points must not miss by a rounding error.
const LEAD_TOLERANCE = 1e-9;

/** The answer to "who is my top / lowest performer": a named agent only when the lead is clear. */
export interface PerformerPick {
  kind: 'top' | 'lowest';
  outcome: 'named' | 'no_clear_outlier' | 'insufficient_data';
  /** The named agent; null unless `outcome` is `named`. */
  agentId: string | null;
  /** The agent at that end of the ranking, named or not. */
  candidateAgentId: string | null;
  /** Composite points between the candidate and the next agent. */
  leadPoints: number | null;
  requiredLeadPoints: number;
  candidateCsatWilson: { lower: number; upper: number } | null;
  /** Median raw CSAT of the ranked agents. */
  teamMedianCsatRate: number | null;
  /** Whether the candidate's CSAT interval lies wholly above (top) or below (lowest) the team median. */
  csatClearOfMedian: boolean;
  /** The three components driving the candidate's rank. */
  drivers: PerformanceDriver[];
  /**
   * Lowest only (empty for top): agents unranked for too few samples whose KPIs put them below the
   * candidate. While there is one, nobody is named lowest.
   */
  unrankedConcerns: UnrankedConcern[];
  reason: string;
}

/**
 * Names the top or lowest performer only if its composite leads the next agent by at least
 * `outlierLeadPoints` and its CSAT Wilson interval does not overlap the team median (SCORING §3.2 step 6).
 * The lowest is named only if no unranked agent's KPIs put them below the candidate (`unrankedConcerns`):
 * the ranking would otherwise blame the lowest of the agents it can see.
 */
export function pickPerformer(
  agents: readonly RankedAgent[],
  kind: 'top' | 'lowest',
  settings: Pick<AgentPerformanceConfig, 'outlierLeadPoints' | 'minUnrankedSamples'>,
): PerformerPick {
  const requiredLeadPoints = settings.outlierLeadPoints;
  const ranked = agents.filter((agent) => agent.composite !== null);
  const ordered = kind === 'top' ? ranked : [...ranked].reverse();
  const [candidate, next] = ordered;
  const teamMedianCsatRate = median(ranked.map((agent) => agent.metrics.csat.rate).filter((rate): rate is number => rate !== null));
  const concerns = kind === 'lowest' && candidate ? unrankedConcerns(agents, candidate, settings.minUnrankedSamples) : [];
  const base = { kind, requiredLeadPoints, teamMedianCsatRate, unrankedConcerns: concerns };
  if (!candidate) {
    return {
      ...base,
      outcome: 'insufficient_data',
      agentId: null,
      candidateAgentId: null,
      leadPoints: null,
      candidateCsatWilson: null,
      csatClearOfMedian: false,
      drivers: [],
      reason: 'No agent has enough solved tickets and CSAT responses in the period to be ranked.',
    };
  }
  const leadPoints = next ? Math.abs(candidate.composite! - next.composite!) : null;
  const wilson = candidate.adjusted.csatWilson;
  const csatClearOfMedian = wilson !== null && teamMedianCsatRate !== null && (kind === 'top' ? wilson.lower > teamMedianCsatRate : wilson.upper < teamMedianCsatRate);
  const clearLead = leadPoints !== null && leadPoints >= requiredLeadPoints - LEAD_TOLERANCE;
  const named = clearLead && csatClearOfMedian && concerns.length === 0;
  const drivers = driversOf(candidate, kind);
  return {
    ...base,
    outcome: named ? 'named' : 'no_clear_outlier',
    agentId: named ? candidate.agentId : null,
    candidateAgentId: candidate.agentId,
    leadPoints,
    candidateCsatWilson: wilson,
    csatClearOfMedian,
    drivers,
    reason: named
      ? namedSentence(candidate, kind, leadPoints, drivers)
      : concerns.length > 0
        ? unrankedSentence(candidate, concerns)
        : noOutlierSentence(candidate, kind, leadPoints, requiredLeadPoints, csatClearOfMedian, teamMedianCsatRate),
  };
}

function unrankedSentence(candidate: RankedAgent, concerns: readonly UnrankedConcern[]): string {
  return `No lowest performer named: ${concerns.map((concern) => concern.reason).join('. ')}. Of the ranked agents, ${candidate.name} is last (composite ${candidate.composite!.toFixed(0)}).`;
}

function namedSentence(candidate: RankedAgent, kind: 'top' | 'lowest', leadPoints: number, drivers: PerformanceDriver[]): string {
  const label = kind === 'top' ? 'Top performer' : 'Lowest performer';
  const lead = `${leadPoints.toFixed(1)} points ${kind === 'top' ? 'ahead of' : 'behind'} the next agent`;
  return `${label}: ${candidate.name} (composite ${candidate.composite!.toFixed(0)}, ${lead}), driven by ${drivers.map((driver) => driver.reason).join('; ')}.`;
}

function noOutlierSentence(
  candidate: RankedAgent,
  kind: 'top' | 'lowest',
  leadPoints: number | null,
  required: number,
  csatClear: boolean,
  teamMedian: number | null,
): string {
  const why: string[] = [];
  if (leadPoints === null) why.push('only one agent is ranked');
  else if (leadPoints < required - LEAD_TOLERANCE) why.push(`${candidate.name} is ${kind === 'top' ? 'ahead by' : 'behind by'} only ${leadPoints.toFixed(1)} points (needs ${required})`);
  if (!csatClear) {
    const wilson = candidate.adjusted.csatWilson;
    const interval = wilson ? `${percent(wilson.lower)}–${percent(wilson.upper)}` : 'n/a';
    why.push(`${candidate.name}'s CSAT interval ${interval} overlaps the team median ${percent(teamMedian)}`);
  }
  return `No clear outlier: ${why.join(' and ')}.`;
}
