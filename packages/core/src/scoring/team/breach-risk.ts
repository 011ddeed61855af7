import type { SlaMetric } from '../../contracts/sla-policy.js';
import type { Ticket } from '../../contracts/ticket.js';
import { ticketClocks, type SlaSetup } from '../../data/ticket-sla.js';
import { kaplanMeierOfSorted, predictBreach, type SlaHistoryEntry, type SurvivalCurve } from '../../sla/predict-breach.js';
import type { SlaEvaluation, SlaInstance } from '../../sla/types.js';
import type { WorkloadConfig } from './team-config.js';
import { DAY_MS, HOUR_MS, ticketInScope, type TeamScope } from './team-scope.js';
import type { TicketIndex } from './ticket-index.js';

/** The riskiest running SLA clock of an open ticket. */
export interface TicketBreachRisk {
  ticketId: string;
  metric: SlaMetric;
  targetMinutes: number;
  elapsedMinutes: number;
  remainingMinutes: number;
  /** Calendar minutes until the deadline (the countdown people read). */
  breachInMinutes: number | null;
  /** Kaplan–Meier P(breach) from similar past clocks; null when history is thin. */
  probability: number | null;
  /** What ranks tickets: the probability, or with thin history the share of the target already used. */
  riskScore: number;
  basis: 'history' | 'remaining_time';
  sampleSize: number;
  atRisk: boolean;
  explanation: string;
}

/** Survival curves of past clocks per metric × priority × time basis, built once per question. */
export type BreachHistory = Map<string, SurvivalCurve>;

function historyKey(metric: SlaMetric, instance: Pick<SlaInstance, 'priorityApplied' | 'businessHours'>): string {
  return `${metric}|${instance.priorityApplied ?? '-'}|${instance.businessHours ? 'business' : 'calendar'}`;
}

/** Past clocks of one key as two columns sorted by minutes: 9 bytes a clock instead of an entry object. */
interface HistoryColumns {
  minutes: Float64Array;
  observed: Uint8Array;
}

interface SolvedHistory {
  hourStartMs: number;
  entries: Map<string, HistoryColumns>;
  curves: BreachHistory;
}

/** Solved-ticket history per index and scope, for the latest hour only (so a long-lived host keeps one copy per team). */
const solvedHistoryCache = new WeakMap<TicketIndex, Map<string, SolvedHistory>>();

/**
 * Kaplan–Meier curves of past clocks per metric × priority × time basis: the scope's tickets solved in
 * the `historyDays` before the start of the current hour (observed when fulfilled, censored otherwise),
 * computed once per hour and index (a frozen ticket list is indexed once). With `censorOpenTickets`,
 * the running clocks of open tickets join as censored entries (SCORING §4.3) and the curves are rebuilt.
 */
export function buildBreachHistory(
  index: TicketIndex,
  scope: TeamScope,
  setup: SlaSetup,
  openEvaluations: readonly SlaEvaluation[],
  now: Date,
  config: WorkloadConfig,
): BreachHistory {
  const metrics = new Set(config.riskMetrics);
  const solved = solvedHistory(index, scope, setup, now, config, metrics);
  if (!config.censorOpenTickets) return solved.curves;
  const open = new Map<string, SlaHistoryEntry[]>();
  for (const evaluation of openEvaluations) {
    for (const instance of evaluation.instances) {
      if (instance.fulfilledAt === null && metrics.has(instance.metric)) push(open, historyKey(instance.metric, instance), { minutes: instance.elapsedSeconds / 60, observed: false });
    }
  }
  const curves: BreachHistory = new Map(solved.curves);
  for (const [key, entries] of open) curves.set(key, kaplanMeierOfSorted(...mergedColumns(solved.entries.get(key), entries)));
  return curves;
}

/** The solved columns and the open entries merged into one history sorted by minutes (what `kaplanMeier` would sort). */
function mergedColumns(solved: HistoryColumns | undefined, open: SlaHistoryEntry[]): [Float64Array, Uint8Array] {
  const extra = open.filter((entry) => Number.isFinite(entry.minutes) && entry.minutes >= 0).sort((left, right) => left.minutes - right.minutes);
  const solvedMinutes = solved?.minutes ?? new Float64Array(0);
  const solvedObserved = solved?.observed ?? new Uint8Array(0);
  const minutes = new Float64Array(solvedMinutes.length + extra.length);
  const observed = new Uint8Array(minutes.length);
  let fromSolved = 0;
  let fromOpen = 0;
  for (let position = 0; position < minutes.length; position += 1) {
    if (fromOpen >= extra.length || (fromSolved < solvedMinutes.length && solvedMinutes[fromSolved]! <= extra[fromOpen]!.minutes)) {
      minutes[position] = solvedMinutes[fromSolved]!;
      observed[position] = solvedObserved[fromSolved]!;
      fromSolved += 1;
    } else {
      minutes[position] = extra[fromOpen]!.minutes;
      observed[position] = extra[fromOpen]!.observed ? 1 : 0;
      fromOpen += 1;
    }
  }
  return [minutes, observed];
}

function solvedHistory(index: TicketIndex, scope: TeamScope, setup: SlaSetup, now: Date, config: WorkloadConfig, metrics: ReadonlySet<SlaMetric>): SolvedHistory {
  const hourStartMs = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const key = `${scope.teamId ?? '*'}|${config.historyDays}|${[...metrics].join(',')}`;
  let byScope = solvedHistoryCache.get(index);
  if (!byScope) solvedHistoryCache.set(index, (byScope = new Map()));
  const cached = byScope.get(key);
  if (cached?.hourStartMs === hourStartMs) return cached;
  const lists = new Map<string, SlaHistoryEntry[]>();
  const [first, end] = index.solvedByTime.range(hourStartMs - config.historyDays * DAY_MS, hourStartMs);
  for (let rank = first; rank < end; rank += 1) {
    const ticket = index.solvedByTime.ticket(rank);
    if (!ticketInScope(ticket, scope)) continue;
    const clocks = ticketClocks(ticket, setup, now);
    for (let clock = 0; clock < clocks.count; clock += 1) {
      const metric = clocks.metric(clock);
      if (!metrics.has(metric)) continue;
      const minutes = clocks.elapsedSeconds(clock) / 60;
      if (!Number.isFinite(minutes) || minutes < 0) continue;
      push(lists, historyKey(metric, { priorityApplied: clocks.priorityApplied(clock), businessHours: clocks.businessHours(clock) }), { minutes, observed: clocks.fulfilledAt(clock) !== null });
    }
  }
  const entries = new Map<string, HistoryColumns>();
  for (const [curveKey, list] of lists) {
    list.sort((left, right) => left.minutes - right.minutes);
    entries.set(curveKey, { minutes: Float64Array.from(list, (entry) => entry.minutes), observed: Uint8Array.from(list, (entry) => (entry.observed ? 1 : 0)) });
  }
  const history = { hourStartMs, entries, curves: new Map([...entries].map(([curveKey, columns]) => [curveKey, kaplanMeierOfSorted(columns.minutes, columns.observed)])) };
  byScope.set(key, history);
  return history;
}

function push(map: Map<string, SlaHistoryEntry[]>, key: string, entry: SlaHistoryEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/**
 * The riskiest running clock of an open ticket. With at least `minHistory` similar clocks the risk is
 * `predictBreach`'s P(breach); otherwise the remaining-time rule: at risk when no more than
 * `atRiskRemainingShare` of the target is left. Clocks already breached carry no risk to predict (the
 * ticket's SLA level says it is past SLA).
 */
export function ticketBreachRisk(ticket: Ticket, evaluation: SlaEvaluation, history: BreachHistory, config: WorkloadConfig): TicketBreachRisk | null {
  const metrics = new Set(config.riskMetrics);
  let riskiest: TicketBreachRisk | null = null;
  for (const instance of evaluation.instances) {
    if (!metrics.has(instance.metric) || instance.fulfilledAt !== null || instance.breached || instance.state !== 'active') continue;
    const risk = clockRisk(ticket.id, instance, history.get(historyKey(instance.metric, instance)), config);
    if (riskiest === null || isRiskier(risk, riskiest)) riskiest = risk;
  }
  return riskiest;
}

/** Higher risk first; on a tie, the nearer deadline. */
function isRiskier(risk: TicketBreachRisk, than: TicketBreachRisk): boolean {
  if (risk.riskScore !== than.riskScore) return risk.riskScore > than.riskScore;
  return (risk.breachInMinutes ?? Infinity) < (than.breachInMinutes ?? Infinity);
}

function clockRisk(ticketId: string, instance: SlaInstance, curve: SurvivalCurve | undefined, config: WorkloadConfig): TicketBreachRisk {
  const common = {
    ticketId,
    metric: instance.metric,
    targetMinutes: instance.targetMinutes,
    elapsedMinutes: instance.elapsedMinutes,
    remainingMinutes: instance.remainingMinutes,
    breachInMinutes: instance.remainingCalendarMinutes,
    sampleSize: curve?.sampleSize ?? 0,
  };
  if (curve && curve.sampleSize >= config.minHistory) {
    const prediction = predictBreach({ instance, history: curve, minHistory: config.minHistory });
    const probability = prediction.probability ?? 0;
    return { ...common, probability, riskScore: probability, basis: 'history', atRisk: probability >= config.atRiskProbability, explanation: prediction.explanation };
  }
  const usedShare = instance.targetMinutes <= 0 ? 1 : Math.min(1, instance.elapsedMinutes / instance.targetMinutes);
  const atRisk = instance.remainingMinutes <= config.atRiskRemainingShare * instance.targetMinutes;
  return {
    ...common,
    probability: null,
    riskScore: usedShare,
    basis: 'remaining_time',
    atRisk,
    explanation:
      `${instance.remainingMinutes} of ${instance.targetMinutes} min left on the ${instance.metric} target ` +
      `(only ${common.sampleSize} similar past clocks, so judged on time left)`,
  };
}
