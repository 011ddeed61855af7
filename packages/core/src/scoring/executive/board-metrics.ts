import type { SupportData } from '../../data/support-data.js';
import { describeWindow, previousWindow, resolveReportWindow, type ReportPeriod, type ReportPeriodInput } from '../service-levels/report-window.js';
import { BOARD_METRIC_IDS, BOARD_METRIC_SPECS, type BoardMetric, type BoardMetricId } from './board-metric-catalogue.js';
import { boardConfigOf, type BoardMetricsConfig } from './board-metrics-config.js';
import { boardCaveats } from './board-caveats.js';
import { explainBoardMetric } from './board-explanations.js';
import { loadedHourlyCost } from './handle-time.js';
import { changeBetween } from './metric-change.js';
import { computeWindowMetrics, type WindowMetrics } from './window-metrics.js';

/** ARR at risk as computed elsewhere (the accounts scores), passed through to the board. */
export interface ArrAtRiskInput {
  valueCents: number;
  /** How it was computed, e.g. `"Σ ARR × churn probability, 90 days"`. */
  method: string;
}

export interface BoardMetricsInput {
  data: SupportData;
  now: Date;
  /** @default the last 30 days ending at `now`; compared with the 30 days before */
  period?: ReportPeriodInput;
  arrAtRisk?: ArrAtRiskInput;
  config?: Partial<BoardMetricsConfig>;
}

export interface BoardMetrics {
  configVersion: string;
  currency: string;
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  metrics: Record<BoardMetricId, BoardMetric>;
  current: WindowMetrics;
  previous: WindowMetrics;
  arrAtRisk: ArrAtRiskInput | null;
  /** Sentences to print on the board page (SCORING §6), plus notes about this data. */
  caveats: string[];
  assumptions: { humanShareOfOpex: number; aiRecontactDays: number; daysPerMonth: number; minutesPerReply: number; averageHandleMinutes: number | null; aiTagPrefixes: readonly string[] };
}

/**
 * The CEO board pack (SCORING §6, intent `executive.boardMetrics`): volume, cost per ticket, AI
 * resolution and ROI, deflection, CSAT and SLA for a period and the one before it, with the change of each.
 * @example boardMetrics({ data, now }).metrics.costPerTicketCents.value // 1240
 */
export function boardMetrics(input: BoardMetricsInput): BoardMetrics {
  const config = boardConfigOf(input.config);
  const window = resolveReportWindow(input.period, input.now, config.defaultPeriodDays);
  const currency = input.data.settings.costs.currency;
  const hourly = loadedHourlyCost(input.data.agents, currency);
  const current = computeWindowMetrics(input.data, input.now, window, config, hourly);
  const previous = computeWindowMetrics(input.data, input.now, previousWindow(window), config, hourly);
  const arrAtRisk = input.arrAtRisk ?? null;

  const metrics = Object.fromEntries(
    BOARD_METRIC_IDS.map((id): [BoardMetricId, BoardMetric] => {
      const value = id === 'arrAtRiskCents' ? (arrAtRisk?.valueCents ?? null) : current.values[id];
      const previousValue = id === 'arrAtRiskCents' ? null : previous.values[id];
      return [id, { id, ...BOARD_METRIC_SPECS[id], value, previousValue, change: changeBetween(value, previousValue), explanation: explainBoardMetric(id, current, currency, arrAtRisk) }];
    }),
  ) as Record<BoardMetricId, BoardMetric>;

  return {
    configVersion: config.version,
    currency,
    period: describeWindow(window),
    previousPeriod: describeWindow(previousWindow(window)),
    metrics,
    current,
    previous,
    arrAtRisk,
    caveats: boardCaveats(current, hourly, config, arrAtRisk),
    assumptions: {
      humanShareOfOpex: current.humanShareOfOpex,
      aiRecontactDays: config.aiRecontactDays,
      daysPerMonth: config.daysPerMonth,
      minutesPerReply: config.minutesPerReply,
      averageHandleMinutes: config.averageHandleMinutes,
      aiTagPrefixes: config.aiTagPrefixes,
    },
  };
}
