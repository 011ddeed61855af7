import type { SupportData } from '../../data/support-data.js';
import type { ReportPeriod, ReportPeriodInput } from '../service-levels/report-window.js';
import type { BoardMetric, BoardMetricId, MetricUnit } from './board-metric-catalogue.js';
import type { BoardMetricsConfig } from './board-metrics-config.js';
import { boardMetrics, type ArrAtRiskInput, type BoardMetrics } from './board-metrics.js';
import type { GoalMetric } from './goal-metric-values.js';
import type { GoalStatus } from './goal-progress.js';
import { goalsProgress, type GoalsProgressReport } from './goals-progress.js';
import { findInsights, selectInsights, type Insight } from './insights.js';
import type { MetricChange } from './metric-change.js';
import { recommendActions, type RecommendedAction } from './recommended-actions.js';
import { DEFAULT_SUMMARY_CONFIG, type SummaryConfig } from './summary-config.js';

/** The tiles of the summary, in order; ARR at risk only when given. */
export const SUMMARY_TILE_METRICS: readonly BoardMetricId[] = ['ticketVolume', 'slaCompliance', 'csat', 'costPerTicketCents', 'aiResolutionRate', 'agentHoursSaved', 'netAiSavingsCents', 'arrAtRiskCents'];

const GOAL_METRIC_OF: Partial<Record<BoardMetricId, GoalMetric>> = { slaCompliance: 'slaCompliance', csat: 'csat', aiResolutionRate: 'aiResolutionRate', costPerTicketCents: 'costPerTicket', arrAtRiskCents: 'arrAtRisk' };

/** One KPI tile: value, change and whether the change is good news. */
export interface KpiTile {
  metricId: BoardMetricId;
  value: number | null;
  unit: MetricUnit;
  previousValue: number | null;
  change: MetricChange;
  direction: 'good' | 'bad' | 'neutral';
  /** The first goal set on this metric, with its status. */
  goal: { goalId: string; target: number; status: GoalStatus } | null;
}

export interface ExecutiveSummaryInput {
  data: SupportData;
  now: Date;
  /** @default the last 30 days ending at `now` */
  period?: ReportPeriodInput;
  arrAtRisk?: ArrAtRiskInput;
  nps?: number;
  config?: Partial<SummaryConfig>;
  boardConfig?: Partial<BoardMetricsConfig>;
}

export interface ExecutiveSummary {
  configVersion: string;
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  tiles: KpiTile[];
  insights: Insight[];
  actions: RecommendedAction[];
  board: BoardMetrics;
  goals: GoalsProgressReport;
}

/**
 * The executive dashboard summary (intent `executive.summary`): KPI tiles, 3–5 insights drawn from the
 * numbers and 2–4 actions tied to them (rules in `DEFAULT_SUMMARY_CONFIG`).
 * @example executiveSummary({ data, now }).insights[0]?.statement // 'SLA firstReply compliance fell from 94% to 88%.'
 */
export function executiveSummary(input: ExecutiveSummaryInput): ExecutiveSummary {
  const config: SummaryConfig = { ...DEFAULT_SUMMARY_CONFIG, ...input.config };
  const board = boardMetrics({ data: input.data, now: input.now, period: input.period, arrAtRisk: input.arrAtRisk, config: input.boardConfig });
  const goals = goalsProgress({ data: input.data, now: input.now, board, nps: input.nps });
  const insights = selectInsights(findInsights(board, goals, config), config);
  return {
    configVersion: config.version,
    period: board.period,
    previousPeriod: board.previousPeriod,
    tiles: SUMMARY_TILE_METRICS.filter((id) => id !== 'arrAtRiskCents' || board.arrAtRisk !== null).map((id) => tileOf(board.metrics[id], goals, config)),
    insights,
    actions: recommendActions(insights, config),
    board,
    goals,
  };
}

function tileOf(metric: BoardMetric, goals: GoalsProgressReport, config: SummaryConfig): KpiTile {
  const goalMetric = GOAL_METRIC_OF[metric.id];
  const goal = goalMetric === undefined ? undefined : goals.goals.find((candidate) => candidate.metric === goalMetric);
  const { relative, absolute } = metric.change;
  // A change from 0 has no relative size: judge it by its sign alone.
  const meaningful = absolute !== null && absolute !== 0 && (relative === null || Math.abs(relative) >= config.neutralChangeRate);
  const direction = !meaningful || metric.higherIsBetter === null ? 'neutral' : (absolute > 0) === metric.higherIsBetter ? 'good' : 'bad';
  return {
    metricId: metric.id,
    value: metric.value,
    unit: metric.unit,
    previousValue: metric.previousValue,
    change: metric.change,
    direction,
    goal: goal ? { goalId: goal.goalId, target: goal.target, status: goal.status } : null,
  };
}
