import { PRIORITIES, type Priority } from '../../contracts/common.js';
import { SLA_METRICS, type SlaMetric } from '../../contracts/sla-policy.js';
import type { Ticket } from '../../contracts/ticket.js';
import { evaluateTicketSla, slaSetupOf } from '../../data/ticket-sla.js';
import { predictBreach, rankTicketsAtRisk, type BreachBand, type BreachPrediction, type SurvivalCurve } from '../../sla/predict-breach.js';
import type { SlaEvaluation, SlaInstance } from '../../sla/types.js';
import { agentReplyRates } from './agent-reply-rate.js';
import { matchesSlaFilters, type SlaFilters } from './sla-dashboard-config.js';
import { DEFAULT_SLA_AT_RISK_CONFIG, survivalKey, type SlaAtRiskConfig } from './sla-at-risk-config.js';
import type { SlaReportData } from './sla-records.js';
import { reportMemo } from '../report-memo.js';
import { buildSurvivalCurves } from './survival-history.js';
import { ticketTimeIndex } from './ticket-time-index.js';

export interface SlaAtRiskInput {
  data: SlaReportData;
  /**
   * The data the breach history, the agents' reply rates and their queues are read from, when wider than
   * `data` (a viewer's slice): a ticket's breach probability is then the same whoever asks. @default data
   */
  history?: SlaReportData;
  now: Date;
  filters?: SlaFilters;
  /** @default 24 */
  horizonHours?: number;
  /** @default 20 */
  limit?: number;
  config?: Partial<SlaAtRiskConfig>;
}

/** A ticket whose SLA clock may breach soon, with the estimate and why. */
export interface SlaAtRiskTicket {
  ticketId: string;
  metric: SlaMetric;
  priority: Priority | null;
  assigneeId: string | null;
  teamId: string | null;
  deadline: string;
  /** Target time left (business or calendar, as the target counts). */
  remainingMinutes: number;
  /** Wall-clock minutes until the deadline. */
  remainingCalendarMinutes: number;
  probability: number | null;
  band: BreachBand | null;
  basis: BreachPrediction['basis'];
  historySampleSize: number;
  /** The assignee's queue used for the adjustment; null when unassigned. */
  queue: { position: number; openTickets: number; repliesPerBusinessHour: number } | null;
  explanation: string;
}

export interface SlaAtRiskReport {
  configVersion: string;
  horizonHours: number;
  /** Running clocks with a deadline inside the horizon, before the limit. */
  clocksInHorizon: number;
  tickets: SlaAtRiskTicket[];
  /** The Kaplan–Meier curves built, with their sample sizes. */
  curves: { metric: string; priority: string; sampleSize: number }[];
  thresholds: { bandThresholds: readonly [number, number]; minHistory: number; historyDays: number; replyRateDays: number };
}

const ALL_SURVIVAL_KEYS: ReadonlySet<string> = new Set(SLA_METRICS.flatMap((metric) => [...PRIORITIES, null].map((priority) => survivalKey(metric, priority))));

// Curves and reply rates depend on the instant and the list, not on the horizon or filters asked:
// a manager's and an agent's questions at one instant read the same ones.
const survivalCurves = reportMemo<Map<string, SurvivalCurve>>();
const replyRates = reportMemo<ReturnType<typeof agentReplyRates>>();

interface Candidate {
  ticketId: string;
  ticket: Ticket;
  instance: SlaInstance;
  prediction: BreachPrediction;
}

/**
 * Open tickets ranked by the chance an SLA clock breaches within the horizon (intent `sla.atRisk`):
 * Kaplan–Meier history per metric × priority, raised when the assignee's queue cannot be cleared in time.
 * One row per ticket: its riskiest clock.
 * @example slaTicketsAtRisk({ data, now, horizonHours: 24, limit: 10 }).tickets[0]?.probability // 0.82
 */
export function slaTicketsAtRisk(input: SlaAtRiskInput): SlaAtRiskReport {
  const config: SlaAtRiskConfig = { ...DEFAULT_SLA_AT_RISK_CONFIG, ...input.config };
  const horizonHours = input.horizonHours ?? config.horizonHours;
  const limit = input.limit ?? config.limit;
  const setup = slaSetupOf(input.data);
  const history = input.history ?? input.data;
  const index = ticketTimeIndex(history.tickets);
  const openOf = (tickets: readonly Ticket[]) => ticketTimeIndex(tickets).openPositions.map((position) => ({ ticket: tickets[position]!, evaluation: evaluateTicketSla(tickets[position]!, setup, input.now) }));
  const openInHistory = openOf(index.tickets);
  const queues = queuePositions(openInHistory);
  const open = history === input.data ? openInHistory : openOf(input.data.tickets);
  const inHorizon = open.flatMap(({ ticket, evaluation }) =>
    matchesSlaFilters(ticket, input.filters)
      ? evaluation.instances.filter((instance) => isInHorizon(instance, horizonHours, config.includeBreached)).map((instance) => ({ ticket, instance }))
      : [],
  );
  const sharedInputs = [history.agents, history.teams, history.slaPolicies, history.calendars];
  // Every metric × priority curve, not only those this question's clocks need: a curve then reads the same
  // clocks whoever asks, and one build at an instant serves every viewer.
  const curveKey = `${input.now.getTime()}|${config.historyDays}|${config.historySampleLimit}`;
  const curves = survivalCurves(index.tickets, curveKey, sharedInputs, () => buildSurvivalCurves(index, setup, input.now, ALL_SURVIVAL_KEYS, config));
  const rateKey = `${input.now.getTime()}|${config.replyRateDays}|${config.fallbackBusinessHoursPerDay}`;
  const rates = replyRates(index.tickets, rateKey, sharedInputs, () => agentReplyRates(history, index, input.now, config.replyRateDays, config.fallbackBusinessHoursPerDay));

  const candidates: Candidate[] = inHorizon.map(({ ticket, instance }) => {
    const queue = queues.get(ticket.id);
    const rate = ticket.assigneeId === null ? undefined : rates.get(ticket.assigneeId);
    const prediction = predictBreach({
      instance,
      history: curves.get(survivalKey(instance.metric, instance.priorityApplied))!,
      ...(queue && rate ? { queue: { position: queue.position, repliesPerBusinessHour: rate.repliesPerBusinessHour } } : {}),
      minHistory: config.minHistory,
      bandThresholds: config.bandThresholds,
    });
    return { ticketId: ticket.id, ticket, instance, prediction };
  });
  const listed = new Set<string>();
  const riskiestPerTicket = rankTicketsAtRisk(candidates).filter((candidate) => !listed.has(candidate.ticketId) && listed.add(candidate.ticketId));

  return {
    configVersion: config.version,
    horizonHours,
    clocksInHorizon: inHorizon.length,
    tickets: riskiestPerTicket.slice(0, limit).map((candidate) => toRow(candidate, queues, rates)),
    curves: [...new Set(inHorizon.map(({ instance }) => survivalKey(instance.metric, instance.priorityApplied)))].sort().map((key) => ({ metric: key.split('|')[0]!, priority: key.split('|')[1]!, sampleSize: curves.get(key)!.sampleSize })),
    thresholds: { bandThresholds: config.bandThresholds, minHistory: config.minHistory, historyDays: config.historyDays, replyRateDays: config.replyRateDays },
  };
}

/** How many at-risk rows fall in each breach band (`unknown`: too little history to band). */
export function breachBandCounts(rows: readonly Pick<SlaAtRiskTicket, 'band'>[]): Record<BreachBand | 'unknown', number> {
  const counts: Record<BreachBand | 'unknown', number> = { high: 0, medium: 0, low: 0, unknown: 0 };
  for (const row of rows) counts[row.band ?? 'unknown'] += 1;
  return counts;
}

function isInHorizon(instance: SlaInstance, horizonHours: number, includeBreached: boolean): boolean {
  if (instance.state !== 'active' || instance.remainingCalendarMinutes === null || instance.deadline === null) return false;
  if (instance.breached) return includeBreached;
  return instance.remainingCalendarMinutes <= horizonHours * 60;
}

/** Place of each open ticket in its assignee's queue, ordered by the ticket's next deadline. */
function queuePositions(open: readonly { ticket: Ticket; evaluation: SlaEvaluation }[]): Map<string, { position: number; openTickets: number }> {
  const byAssignee = new Map<string, { ticketId: string; deadlineMs: number }[]>();
  for (const { ticket, evaluation } of open) {
    if (ticket.assigneeId === null) continue;
    const queue = byAssignee.get(ticket.assigneeId) ?? [];
    queue.push({ ticketId: ticket.id, deadlineMs: evaluation.nextDeadline === null ? Number.POSITIVE_INFINITY : Date.parse(evaluation.nextDeadline) });
    byAssignee.set(ticket.assigneeId, queue);
  }
  const positions = new Map<string, { position: number; openTickets: number }>();
  for (const queue of byAssignee.values()) {
    queue.sort((left, right) => left.deadlineMs - right.deadlineMs || left.ticketId.localeCompare(right.ticketId));
    queue.forEach((entry, position) => positions.set(entry.ticketId, { position: position + 1, openTickets: queue.length }));
  }
  return positions;
}

function toRow(candidate: Candidate, queues: ReturnType<typeof queuePositions>, rates: ReturnType<typeof agentReplyRates>): SlaAtRiskTicket {
  const { ticket, instance, prediction } = candidate;
  const queue = queues.get(ticket.id);
  const rate = ticket.assigneeId === null ? undefined : rates.get(ticket.assigneeId);
  const remaining = instance.remainingCalendarMinutes ?? 0;
  const due = remaining < 0 ? `${instance.metric} breached ${-remaining} min ago` : `${instance.metric} due in ${remaining} min`;
  return {
    ticketId: ticket.id,
    metric: instance.metric,
    priority: instance.priorityApplied,
    assigneeId: ticket.assigneeId,
    teamId: ticket.teamId,
    deadline: instance.deadline!,
    remainingMinutes: instance.remainingMinutes,
    remainingCalendarMinutes: remaining,
    probability: prediction.probability,
    band: prediction.band,
    basis: prediction.basis,
    historySampleSize: prediction.sampleSize,
    queue: queue && rate ? { position: queue.position, openTickets: queue.openTickets, repliesPerBusinessHour: rate.repliesPerBusinessHour } : null,
    explanation: `${due}: ${prediction.explanation}`,
  };
}
