import type { SlaMetric } from '../../contracts/sla-policy.js';
import { complianceAgainstTargets, targetRateOf, type ComplianceVsTarget, type MetricCompliance } from './compliance-vs-target.js';
import { describeWindow, resolveReportWindow, type ReportPeriod, type ReportPeriodInput } from './report-window.js';
import { DEFAULT_SLA_DASHBOARD_CONFIG, type SlaDashboardConfig, type SlaFilters } from './sla-dashboard-config.js';
import { complianceOfRows } from './compliance-tally.js';
import { collectSlaRecords, type SlaRecordScope, type SlaReportData } from './sla-records.js';

export interface SlaDashboardInput {
  data: SlaReportData;
  now: Date;
  /** @default the last `defaultPeriodDays` (30) days ending at `now` */
  period?: ReportPeriodInput;
  filters?: SlaFilters;
  config?: Partial<SlaDashboardConfig>;
}

/** Compliance against target, overall and per metric: the SLA figure other reports reuse. */
export interface SlaComplianceOverview {
  configVersion: string;
  period: ReportPeriod;
  filters: SlaFilters;
  ticketsEvaluated: number;
  /** SLA clocks that started in the period. */
  clocks: number;
  overall: ComplianceVsTarget;
  byMetric: MetricCompliance[];
  thresholds: { defaultTargetRate: number; targetRates: Partial<Record<SlaMetric, number>>; overloadThreshold: number };
  explanation: string;
}

/**
 * SLA compliance for a period against each metric's target, without the breakdowns of `slaDashboard`
 * (the board and goals need only this).
 * @example slaComplianceOverview({ data, now }).overall.rate // 0.93
 */
export function slaComplianceOverview(input: SlaDashboardInput): SlaComplianceOverview {
  return overviewWithScope(input).overview;
}

/** The overview with the clocks and settings behind it, for `slaDashboard` to break down. */
export function overviewWithScope(input: SlaDashboardInput): { overview: SlaComplianceOverview; scope: SlaRecordScope; config: SlaDashboardConfig } {
  const config: SlaDashboardConfig = { ...DEFAULT_SLA_DASHBOARD_CONFIG, ...input.config };
  const window = resolveReportWindow(input.period, input.now, config.defaultPeriodDays);
  const scope = collectSlaRecords(input.data, input.now, window, input.filters);
  const { overall, byMetric } = complianceAgainstTargets(complianceOfRows(scope.rows), config);
  const overview: SlaComplianceOverview = {
    configVersion: config.version,
    period: describeWindow(window),
    filters: { ...input.filters },
    ticketsEvaluated: scope.ticketsEvaluated,
    clocks: scope.rows.count,
    overall,
    byMetric,
    thresholds: {
      defaultTargetRate: config.defaultTargetRate,
      targetRates: Object.fromEntries(byMetric.map((metric) => [metric.metric, targetRateOf(metric.metric, config)])),
      overloadThreshold: config.overloadThreshold,
    },
    explanation: explainCompliance(overall, byMetric),
  };
  return { overview, scope, config };
}

function explainCompliance(overall: ComplianceVsTarget, byMetric: readonly MetricCompliance[]): string {
  if (overall.rate === null) return 'No SLA clock was decided in this period, so there is no compliance to report yet.';
  const percent = (rate: number) => Math.round(rate * 100);
  const decided = overall.achieved + overall.breached;
  let sentence = `SLA compliance was ${percent(overall.rate)}% (${overall.achieved} of ${decided} decided clocks) against a ${percent(overall.targetRate)}% target, with ${overall.breached} breaches.`;
  const worst = byMetric.filter((metric) => metric.gapToTarget !== null && metric.gapToTarget < 0).sort((left, right) => left.gapToTarget! - right.gapToTarget!)[0];
  if (worst) sentence += ` ${worst.metric} is furthest below target at ${percent(worst.rate!)}% vs ${percent(worst.targetRate)}%.`;
  return sentence;
}
