import { median } from '../statistics.js';
import type { RankedAgent } from './agent-ranking.js';
import { percent } from './format.js';
import { driversOf, type PerformanceDriver } from './performance-drivers.js';

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
  reason: string;
}

/**
 * Names the top or lowest performer only if its composite leads the next agent by at least
 * `requiredLeadPoints` and its CSAT Wilson interval does not overlap the team median (SCORING §3.2 step 6).
 */
export function pickPerformer(agents: readonly RankedAgent[], kind: 'top' | 'lowest', requiredLeadPoints: number): PerformerPick {
  const ranked = agents.filter((agent) => agent.composite !== null);
  const ordered = kind === 'top' ? ranked : [...ranked].reverse();
  const [candidate, next] = ordered;
  const teamMedianCsatRate = median(ranked.map((agent) => agent.metrics.csat.rate).filter((rate): rate is number => rate !== null));
  const base = { kind, requiredLeadPoints, teamMedianCsatRate };
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
  const named = leadPoints !== null && leadPoints >= requiredLeadPoints && csatClearOfMedian;
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
      : noOutlierSentence(candidate, kind, leadPoints, requiredLeadPoints, csatClearOfMedian, teamMedianCsatRate),
  };
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
  else if (leadPoints < required) why.push(`${candidate.name} is ${kind === 'top' ? 'ahead by' : 'behind by'} only ${leadPoints.toFixed(1)} points (needs ${required})`);
  if (!csatClear) {
    const wilson = candidate.adjusted.csatWilson;
    const interval = wilson ? `${percent(wilson.lower)}–${percent(wilson.upper)}` : 'n/a';
    why.push(`${candidate.name}'s CSAT interval ${interval} overlaps the team median ${percent(teamMedian)}`);
  }
  return `No clear outlier: ${why.join(' and ')}.`;
}
