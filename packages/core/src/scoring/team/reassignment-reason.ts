import type { Priority } from '../../contracts/common.js';
import type { SlaMetric } from '../../contracts/sla-policy.js';
import { decimal, duration, percent } from './format.js';
import type { MoveCost } from './reassignment-rules.js';

/** One recommended move with everything its one-line reason is built from (SCORING §4.2 "Explainable output"). */
export interface ReassignmentMove {
  ticketId: string;
  priority: Priority;
  /** The riskiest running SLA clock, or null when none runs. */
  metric: SlaMetric | null;
  /** Calendar minutes until that clock breaches. */
  breachInMinutes: number | null;
  /** Kaplan–Meier P(breach); null when history was too thin (then `riskScore` is the share of the target used). */
  probability: number | null;
  riskScore: number;
  from: { agentId: string; name: string; loadBefore: number; loadAfter: number; openTickets: number; capacity: number };
  to: {
    agentId: string;
    name: string;
    loadBefore: number;
    loadAfter: number;
    /** The required skill the target has (the first, when several), or null when none is required. */
    skill: string | null;
    /** CSAT shrunk toward the team rate over the performance window. */
    csatRate: number | null;
  };
  cost: MoveCost;
  reason: string;
}

const METRIC_WORDS: Partial<Record<SlaMetric, string>> = { firstReply: 'first-reply', nextReply: 'next-reply', resolution: 'resolution' };

/** "Move #4812 (urgent, first-reply SLA breach in 1h 40m, P(breach)=0.78) from Alice (load 1.45: 11 open, capacity 8) to Bob (…). Expected: …" */
export function moveReason(move: Omit<ReassignmentMove, 'reason'>): string {
  const chance = move.probability === null ? `${percent(move.riskScore)} of target used` : `P(breach)=${decimal(move.probability)}`;
  const risk = move.metric === null ? 'no SLA clock at risk' : `${METRIC_WORDS[move.metric] ?? move.metric} SLA breach in ${duration(move.breachInMinutes)}, ${chance}`;
  const skill = move.to.skill === null ? '' : `, has required skill '${move.to.skill}'`;
  const csat = move.to.csatRate === null ? '' : `, CSAT ${percent(move.to.csatRate)}`;
  const from = `${move.from.name} (load ${decimal(move.from.loadBefore)}: ${move.from.openTickets} open, capacity ${move.from.capacity})`;
  const to = `${move.to.name} (load ${decimal(move.to.loadBefore)}${skill}${csat})`;
  const expected = `${move.from.name} → ${decimal(move.from.loadAfter)}, ${move.to.name} → ${decimal(move.to.loadAfter)}`;
  return `Move #${move.ticketId} (${move.priority}, ${risk}) from ${from} to ${to}. Expected: ${expected}.`;
}
