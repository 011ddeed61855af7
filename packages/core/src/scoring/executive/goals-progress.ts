import type { SupportData } from '../../data/support-data.js';
import type { ReportPeriod, ReportPeriodInput } from '../service-levels/report-window.js';
import type { BoardMetricsConfig } from './board-metrics-config.js';
import { boardMetrics, type ArrAtRiskInput, type BoardMetrics } from './board-metrics.js';
import { goalMetricValues, type GoalMetricValues } from './goal-metric-values.js';
import { evaluateGoal, type GoalProgress, type GoalStatus } from './goal-progress.js';
import { DEFAULT_GOALS_CONFIG, type GoalsConfig } from './goals-config.js';

export interface GoalsProgressInput {
  data: SupportData;
  now: Date;
  /** @default the last 30 days ending at `now` */
  period?: ReportPeriodInput;
  /** NPS (−100…100) from the host or the accounts scores; computed from `npsResponses` when absent. */
  nps?: number;
  arrAtRisk?: ArrAtRiskInput;
  /** Board metrics already computed for the same period, to reuse. */
  board?: BoardMetrics;
  config?: Partial<GoalsConfig>;
  boardConfig?: Partial<BoardMetricsConfig>;
}

export interface GoalsProgressReport {
  configVersion: string;
  period: ReportPeriod;
  goals: GoalProgress[];
  counts: Record<GoalStatus, number>;
  /** Every goal metric's value this period and the previous one. */
  values: { current: GoalMetricValues; previous: GoalMetricValues };
  thresholds: { onTrackProgress: number; atRiskProgress: number; downgradeWhenWorsening: boolean };
}

/**
 * Progress on the host's KPI goals (`settings.goals`, intent `executive.goals`): each metric's current
 * value, progress from baseline to target, status and days left.
 * @example goalsProgress({ data, now }).goals[0]?.status // 'at_risk'
 */
export function goalsProgress(input: GoalsProgressInput): GoalsProgressReport {
  const config: GoalsConfig = { ...DEFAULT_GOALS_CONFIG, ...input.config };
  const board = input.board ?? boardMetrics({ data: input.data, now: input.now, period: input.period, arrAtRisk: input.arrAtRisk, config: input.boardConfig });
  const values = goalMetricValues(board, input.data, input.nps);
  const goals = input.data.settings.goals.map((goal) => evaluateGoal(goal, values.current[goal.metric], values.previous[goal.metric], input.now, config));
  const counts: Record<GoalStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const goal of goals) counts[goal.status] += 1;
  return {
    configVersion: config.version,
    period: board.period,
    goals,
    counts,
    values,
    thresholds: { onTrackProgress: config.onTrackProgress, atRiskProgress: config.atRiskProgress, downgradeWhenWorsening: config.downgradeWhenWorsening },
  };
}
