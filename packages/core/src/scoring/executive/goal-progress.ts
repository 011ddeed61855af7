import type { KpiGoal } from '../../data/support-settings.js';
import { DAY_MS } from '../service-levels/report-window.js';
import type { GoalMetric } from './goal-metric-values.js';
import type { GoalsConfig } from './goals-config.js';

export type GoalStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';
export type GoalUnit = 'rate' | 'percent' | 'cents' | 'minutes' | 'count' | 'score';

/** Where one goal stands, with the numbers and rule that set its status. */
export interface GoalProgress {
  goalId: string;
  name: string;
  metric: GoalMetric;
  direction: KpiGoal['direction'];
  target: number;
  /** On the goal's scale: a rate goal written as 95 is read in percent. */
  unit: GoalUnit;
  currentValue: number | null;
  previousValue: number | null;
  baseline: number | null;
  baselineSource: 'goal' | 'previousPeriod' | 'none';
  /** Share of the way from baseline to target, 0–1; null without a baseline. */
  progress: number | null;
  achieved: boolean;
  status: GoalStatus;
  trend: 'improving' | 'worsening' | 'flat' | null;
  dueDate: string | null;
  /** Whole days until the end of the due date (UTC); negative once passed. */
  daysLeft: number | null;
  explanation: string;
}

const RATE_METRICS: ReadonlySet<GoalMetric> = new Set(['slaCompliance', 'csat', 'aiResolutionRate']);
const UNITS: Record<GoalMetric, GoalUnit> = {
  slaCompliance: 'rate',
  csat: 'rate',
  aiResolutionRate: 'rate',
  costPerTicket: 'cents',
  firstReplyMedianMinutes: 'minutes',
  resolutionMedianMinutes: 'minutes',
  nps: 'score',
  backlog: 'count',
  arrAtRisk: 'cents',
};

/** Progress and status of one goal from the metric's current and previous values (rules in `DEFAULT_GOALS_CONFIG`). */
export function evaluateGoal(goal: KpiGoal, currentRaw: number | null, previousRaw: number | null, now: Date, config: GoalsConfig): GoalProgress {
  const inPercent = RATE_METRICS.has(goal.metric) && Math.abs(goal.target) > 1;
  const scale = (value: number | null) => (value === null ? null : inPercent ? value * 100 : value);
  const current = scale(currentRaw);
  const previous = scale(previousRaw);
  const sign = goal.direction === 'atLeast' ? 1 : -1;
  const baseline = goal.baseline ?? previous;
  const baselineSource = goal.baseline !== undefined ? 'goal' : previous !== null ? 'previousPeriod' : 'none';
  const achieved = current !== null && sign * (current - goal.target) >= 0;
  const daysLeft = goal.dueDate ? Math.floor((Date.parse(`${goal.dueDate}T00:00:00Z`) + DAY_MS - now.getTime()) / DAY_MS) : null;
  const trend = current === null || previous === null ? null : sign * (current - previous) > 0 ? 'improving' : sign * (current - previous) < 0 ? 'worsening' : 'flat';

  let progress: number | null = null;
  if (current !== null) {
    if (achieved) progress = 1;
    // A baseline already past the target leaves no way to measure progress toward it: 0 while missed.
    else if (baseline !== null) progress = sign * (goal.target - baseline) <= 0 ? 0 : Math.min(1, Math.max(0, (current - baseline) / (goal.target - baseline)));
  }

  let status: GoalStatus;
  const reasons: string[] = [];
  if (current === null) status = 'no_data';
  else if (achieved) status = 'on_track';
  else if (daysLeft !== null && daysLeft < 0) {
    status = 'off_track';
    reasons.push('the due date has passed');
  } else {
    status = progress === null ? 'at_risk' : progress >= config.onTrackProgress ? 'on_track' : progress >= config.atRiskProgress ? 'at_risk' : 'off_track';
    if (config.downgradeWhenWorsening && trend === 'worsening' && status !== 'off_track') {
      status = status === 'on_track' ? 'at_risk' : 'off_track';
      reasons.push('it moved away from the target since the previous period');
    }
  }

  const unit = inPercent ? 'percent' : UNITS[goal.metric];
  return {
    goalId: goal.id,
    name: goal.name,
    metric: goal.metric,
    direction: goal.direction,
    target: goal.target,
    unit,
    currentValue: current,
    previousValue: previous,
    baseline,
    baselineSource,
    progress,
    achieved,
    status,
    trend,
    dueDate: goal.dueDate ?? null,
    daysLeft,
    explanation: explainGoal(goal, current, baseline, progress, status, daysLeft, reasons),
  };
}

function explainGoal(goal: KpiGoal, current: number | null, baseline: number | null, progress: number | null, status: GoalStatus, daysLeft: number | null, reasons: string[]): string {
  if (current === null) return `${goal.name}: no ${goal.metric} value for the period yet.`;
  const round = (value: number) => Math.round(value * 100) / 100;
  const parts = [`${goal.name}: ${goal.metric} is ${round(current)} against a target of ${goal.direction === 'atLeast' ? 'at least' : 'at most'} ${goal.target}`];
  if (baseline !== null) parts.push(`from a baseline of ${round(baseline)}`);
  if (progress !== null) parts.push(`${Math.round(progress * 100)}% of the way`);
  let sentence = `${parts.join(', ')}; ${status.replace('_', ' ')}`;
  if (reasons.length > 0) sentence += ` because ${reasons.join(' and ')}`;
  if (daysLeft !== null) sentence += daysLeft >= 0 ? `; ${daysLeft} days left` : `; due ${-daysLeft} days ago`;
  return `${sentence}.`;
}
