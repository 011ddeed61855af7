import type { BoardMetrics } from './board-metrics.js';
import type { GoalsProgressReport } from './goals-progress.js';
import { moneyOf, percentOf } from './metric-change.js';
import type { SummaryConfig } from './summary-config.js';

export type InsightKind =
  | 'slaMetricChange'
  | 'slaBelowTarget'
  | 'csatChange'
  | 'costPerTicketChange'
  | 'volumeChange'
  | 'aiImpact'
  | 'aiRoiNegative'
  | 'arrAtRisk'
  | 'goalsOffTrack'
  | 'volumeLevel'
  | 'slaLevel'
  | 'csatLevel';

/** A finding drawn from the numbers, with the metric ids and values it rests on. */
export interface Insight {
  kind: InsightKind;
  tone: 'positive' | 'negative' | 'neutral';
  /** How strongly the numbers show it (multiples of its threshold); ranks the insights. */
  strength: number;
  metricIds: string[];
  values: Record<string, number | null>;
  /** What it concerns when narrower than the metric, e.g. the SLA metric `firstReply`. */
  subject?: string;
  statement: string;
}

type Rule = (board: BoardMetrics, goals: GoalsProgressReport, config: SummaryConfig) => Insight | null;

const percent = (rate: number) => `${percentOf(rate)}%`;
const moved = (delta: number) => (delta < 0 ? 'fell' : 'rose');
const toneOf = (delta: number, higherIsBetter: boolean): Insight['tone'] => ((delta > 0) === higherIsBetter ? 'positive' : 'negative');

/** The SLA metric whose compliance moved most since the previous period. */
const slaMetricChange: Rule = (board, _goals, config) => {
  let best: { metric: string; current: number; previous: number } | null = null;
  for (const metric of board.current.sla.byMetric) {
    const previous = board.previous.sla.byMetric.find((other) => other.metric === metric.metric)?.rate ?? null;
    if (metric.rate === null || previous === null) continue;
    if (!best || Math.abs(metric.rate - previous) > Math.abs(best.current - best.previous)) best = { metric: metric.metric, current: metric.rate, previous };
  }
  if (!best) return null;
  const delta = best.current - best.previous;
  if (Math.abs(delta) < config.slaChangePoints) return null;
  return {
    kind: 'slaMetricChange',
    tone: toneOf(delta, true),
    strength: Math.abs(delta) / config.slaChangePoints,
    metricIds: ['slaCompliance'],
    subject: best.metric,
    values: { currentRate: best.current, previousRate: best.previous },
    statement: `SLA ${best.metric} compliance ${moved(delta)} from ${percent(best.previous)} to ${percent(best.current)}.`,
  };
};

const slaBelowTarget: Rule = (board, _goals, config) => {
  const { rate, gapToTarget, targetRate } = board.current.sla.overall;
  if (rate === null || gapToTarget === null || gapToTarget >= 0) return null;
  return {
    kind: 'slaBelowTarget',
    tone: 'negative',
    strength: -gapToTarget / config.slaChangePoints,
    metricIds: ['slaCompliance'],
    values: { rate, targetRate },
    statement: `SLA compliance is ${percent(rate)}, below the ${percent(targetRate)} target.`,
  };
};

const csatChange: Rule = (board, _goals, config) => {
  const { value, previousValue, change } = board.metrics.csat;
  if (value === null || previousValue === null || change.absolute === null || Math.abs(change.absolute) < config.csatChangePoints) return null;
  return {
    kind: 'csatChange',
    tone: toneOf(change.absolute, true),
    strength: Math.abs(change.absolute) / config.csatChangePoints,
    metricIds: ['csat'],
    values: { currentRate: value, previousRate: previousValue },
    statement: `CSAT ${moved(change.absolute)} from ${percent(previousValue)} to ${percent(value)}.`,
  };
};

const costPerTicketChange: Rule = (board, _goals, config) => {
  const { value, previousValue, change } = board.metrics.costPerTicketCents;
  if (value === null || change.relative === null || Math.abs(change.relative) < config.costChangeRate) return null;
  return {
    kind: 'costPerTicketChange',
    tone: toneOf(change.relative, false),
    strength: Math.abs(change.relative) / config.costChangeRate,
    metricIds: ['costPerTicketCents'],
    values: { currentCents: value, previousCents: previousValue, relativeChange: change.relative },
    statement: `Cost per ticket ${moved(change.relative)} ${percent(Math.abs(change.relative))} to ${moneyOf(value, board.currency)}.`,
  };
};

const volumeChange: Rule = (board, _goals, config) => {
  const { value, previousValue, change } = board.metrics.ticketVolume;
  if (value === null || change.relative === null || Math.abs(change.relative) < config.volumeChangeRate) return null;
  return {
    kind: 'volumeChange',
    tone: 'neutral',
    strength: Math.abs(change.relative) / config.volumeChangeRate,
    metricIds: ['ticketVolume'],
    values: { current: value, previous: previousValue, relativeChange: change.relative },
    statement: `Ticket volume ${moved(change.relative)} ${percent(Math.abs(change.relative))} to ${value} tickets.`,
  };
};

const aiImpact: Rule = (board) => {
  const { aiResolutionRate: rate, aiResolvedTickets, agentHoursSaved } = board.metrics;
  const resolved = aiResolvedTickets.value ?? 0;
  if (resolved === 0 || rate.value === null) return null;
  const hours = agentHoursSaved.value;
  return {
    kind: 'aiImpact',
    tone: 'positive',
    strength: 1 + ((rate.change.absolute ?? 0) > 0 ? 1 : 0),
    metricIds: ['aiResolutionRate', 'aiResolvedTickets', 'agentHoursSaved'],
    values: { rate: rate.value, resolved, agentHoursSaved: hours },
    statement: `AI resolved ${percent(rate.value)} of tickets (${resolved})${hours === null ? '' : `, saving ${Math.round(hours)} agent hours`}.`,
  };
};

const aiRoiNegative: Rule = (board) => {
  const net = board.metrics.netAiSavingsCents.value;
  if (net === null || net >= 0) return null;
  return {
    kind: 'aiRoiNegative',
    tone: 'negative',
    strength: 2,
    metricIds: ['netAiSavingsCents', 'aiCostCents', 'aiRoi'],
    values: { netCents: net, aiCostCents: board.metrics.aiCostCents.value, roi: board.metrics.aiRoi.value },
    statement: `AI cost ${moneyOf(-net, board.currency)} more than it saved in agent time this period.`,
  };
};

const arrAtRisk: Rule = (board) => {
  if (!board.arrAtRisk || board.arrAtRisk.valueCents <= 0) return null;
  const { valueCents, method } = board.arrAtRisk;
  return { kind: 'arrAtRisk', tone: 'negative', strength: 1.5, metricIds: ['arrAtRiskCents'], values: { valueCents }, statement: `${moneyOf(valueCents, board.currency)} of ARR is at risk (${method}).` };
};

const goalsOffTrack: Rule = (_board, goals) => {
  const offTrack = goals.goals.filter((goal) => goal.status === 'off_track');
  if (offTrack.length === 0) return null;
  return {
    kind: 'goalsOffTrack',
    tone: 'negative',
    strength: 1.5,
    metricIds: offTrack.map((goal) => goal.metric),
    values: { offTrack: offTrack.length, goals: goals.goals.length },
    statement: `${offTrack.length} of ${goals.goals.length} goals are off track: ${offTrack.map((goal) => goal.name).join(', ')}.`,
  };
};

/** Level statements: weak (0.5), only to reach the minimum number of insights. */
const levels: Rule[] = [
  ({ metrics }) => ({
    kind: 'volumeLevel',
    tone: 'neutral',
    strength: 0.5,
    metricIds: ['ticketVolume', 'ticketsHandled'],
    values: { inbound: metrics.ticketVolume.value, handled: metrics.ticketsHandled.value },
    statement: `${metrics.ticketVolume.value ?? 0} tickets came in and ${metrics.ticketsHandled.value ?? 0} were solved in the period.`,
  }),
  ({ current }) => {
    const { rate, targetRate } = current.sla.overall;
    return rate === null ? null : { kind: 'slaLevel', tone: 'neutral', strength: 0.5, metricIds: ['slaCompliance'], values: { rate, targetRate }, statement: `SLA compliance is ${percent(rate)} against a ${percent(targetRate)} target.` };
  },
  ({ metrics }) => (metrics.csat.value === null ? null : { kind: 'csatLevel', tone: 'neutral', strength: 0.5, metricIds: ['csat'], values: { rate: metrics.csat.value }, statement: `CSAT is ${percent(metrics.csat.value)}.` }),
];

const RULES: readonly Rule[] = [slaMetricChange, slaBelowTarget, csatChange, costPerTicketChange, volumeChange, aiImpact, aiRoiNegative, arrAtRisk, goalsOffTrack, ...levels];

/** Every insight the rules in `DEFAULT_SUMMARY_CONFIG` find, strongest first (negatives weighted up). */
export function findInsights(board: BoardMetrics, goals: GoalsProgressReport, config: SummaryConfig): Insight[] {
  const found = RULES.map((rule) => rule(board, goals, config)).filter((insight): insight is Insight => insight !== null);
  const weight = (insight: Insight) => insight.strength * (insight.tone === 'negative' ? config.negativeWeight : 1);
  return found.sort((left, right) => weight(right) - weight(left));
}

/** The insights to show: those of strength ≥ 1, up to the maximum, filled from the rest up to the minimum. */
export function selectInsights(ranked: readonly Insight[], config: SummaryConfig): Insight[] {
  const strong = ranked.filter((insight) => insight.strength >= 1).slice(0, config.maxInsights);
  // A level statement that repeats a movement insight's metric adds nothing.
  const fill = ranked.filter((insight) => insight.strength < 1 && !strong.some((chosen) => insight.metricIds.every((id) => chosen.metricIds.includes(id))));
  return [...strong, ...fill].slice(0, Math.max(strong.length, config.minInsights));
}
