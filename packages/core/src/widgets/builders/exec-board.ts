import { BOARD_METRIC_IDS, boardMetrics, DEFAULT_BOARD_METRICS_CONFIG, executiveSummary, goalsProgress, type ArrAtRiskInput, type BoardMetrics } from '../../scoring/executive/index.js';
import { periodOf, type AnswerContext } from '../answer-context.js';
import type { BoardPackPayload, ExecutiveSummaryPayload, GoalsProgressPayload } from '../payloads/exec-payloads.js';
import { periodPayload } from '../payloads/ops-common.js';
import type { OpsWidgetOptions } from './ops-options.js';

/** The reports' own default span, so the label says what was computed. */
const DEFAULT_DAYS = DEFAULT_BOARD_METRICS_CONFIG.defaultPeriodDays;

/** ARR at risk when the viewer may see revenue and the hook knows it; otherwise unknown (null). */
function arrAtRiskFor(context: AnswerContext, options: OpsWidgetOptions): ArrAtRiskInput | null {
  if (!context.scope.canSeeRevenue || !options.arrAtRiskOf) return null;
  return options.arrAtRiskOf(context);
}

function inputsOf(context: AnswerContext, board: BoardMetrics, arrAtRisk: ArrAtRiskInput | null) {
  return {
    period: { from: board.period.from, to: board.period.to },
    previousPeriod: { from: board.previousPeriod.from, to: board.previousPeriod.to },
    persona: context.scope.viewer.persona,
    ticketsInScope: context.scope.tickets.length,
    inboundTickets: board.current.facts.inbound,
    handledTickets: board.current.facts.handled,
    slaClocks: board.current.sla.clocks,
    arrAtRiskMethod: arrAtRisk?.method ?? null,
  };
}

/** executive.summary: KPI tiles, insights and actions for the asked period (default the last 30 days). */
export function buildExecutiveSummary(context: AnswerContext, options: OpsWidgetOptions = {}): ExecutiveSummaryPayload {
  const period = periodOf(context, DEFAULT_DAYS);
  const arrAtRisk = arrAtRiskFor(context, options);
  const summary = executiveSummary({ data: context.scope, now: context.now, period, ...(arrAtRisk ? { arrAtRisk } : {}) });
  return {
    configVersion: summary.configVersion,
    currency: summary.board.currency,
    period: periodPayload(summary.period, period.label),
    previousPeriod: periodPayload(summary.previousPeriod, null),
    tiles: summary.tiles,
    insights: summary.insights.map((insight) => ({ ...insight, subject: insight.subject ?? null })),
    actions: summary.actions,
    goalCounts: summary.goals.counts,
    arrAtRisk,
    provenance: { computedBy: 'executiveSummary', inputs: { ...inputsOf(context, summary.board, arrAtRisk), goals: summary.goals.goals.length } },
  };
}

/** executive.boardMetrics: the board pack with every figure's change and formula. */
export function buildBoardPack(context: AnswerContext, options: OpsWidgetOptions = {}): BoardPackPayload {
  const period = periodOf(context, DEFAULT_DAYS);
  const arrAtRisk = arrAtRiskFor(context, options);
  const board = boardMetrics({ data: context.scope, now: context.now, period, ...(arrAtRisk ? { arrAtRisk } : {}) });
  return {
    configVersion: board.configVersion,
    currency: board.currency,
    period: periodPayload(board.period, period.label),
    previousPeriod: periodPayload(board.previousPeriod, null),
    metrics: BOARD_METRIC_IDS.map((id) => board.metrics[id]),
    aiRoi: { current: board.current.roi, previous: board.previous.roi },
    arrAtRisk,
    caveats: board.caveats,
    assumptions: { ...board.assumptions, aiTagPrefixes: [...board.assumptions.aiTagPrefixes] },
    provenance: { computedBy: 'boardMetrics', inputs: inputsOf(context, board, arrAtRisk) },
  };
}

/** executive.goals: progress on the host's KPI goals for the asked period. */
export function buildGoalsProgress(context: AnswerContext, options: OpsWidgetOptions = {}): GoalsProgressPayload {
  const period = periodOf(context, DEFAULT_DAYS);
  const arrAtRisk = arrAtRiskFor(context, options);
  const report = goalsProgress({ data: context.scope, now: context.now, period, ...(arrAtRisk ? { arrAtRisk } : {}) });
  return {
    configVersion: report.configVersion,
    period: periodPayload(report.period, period.label),
    goals: report.goals,
    counts: report.counts,
    thresholds: report.thresholds,
    provenance: {
      computedBy: 'goalsProgress',
      inputs: { period: { from: report.period.from, to: report.period.to }, persona: context.scope.viewer.persona, goals: report.goals.length, values: report.values, arrAtRiskMethod: arrAtRisk?.method ?? null },
    },
  };
}
