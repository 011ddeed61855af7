import type { SlaMetric } from '../../contracts/sla-policy.js';
import type { ComplianceCounts } from '../../sla/compliance.js';
import { openLoadByAgent } from './agent-load.js';
import { breachCauseShares, describeBreach, type BreachCauseShare, type SlaBreach } from './breach-causes.js';
import { clockInstance, CLOCK_OUTCOMES, rowTicket } from './sla-records.js';
import { tallyCompliance, sortedGroups } from './compliance-tally.js';
import { againstGroupTargets, type GroupCompliance } from './compliance-vs-target.js';
import { bucketIndexOf, resolveReportWindow, trendBuckets, trendGranularity, type TrendBucket, type TrendGranularity } from './report-window.js';
import { overviewWithScope, type SlaComplianceOverview, type SlaDashboardInput } from './sla-compliance-overview.js';
import { ticketTimeIndex } from './ticket-time-index.js';

/** Compliance of the clocks that started in one trend bucket. */
export interface SlaTrendPoint extends TrendBucket {
  overall: ComplianceCounts;
  byMetric: Partial<Record<SlaMetric, ComplianceCounts>>;
}

export interface SlaDashboard extends SlaComplianceOverview {
  byPriority: GroupCompliance[];
  byTeam: GroupCompliance[];
  byAgent: GroupCompliance[];
  trend: { granularity: TrendGranularity; points: SlaTrendPoint[] };
  /** Breached clocks in the period. */
  breachCount: number;
  /** The largest overruns first. */
  topBreaches: SlaBreach[];
  breachCauses: BreachCauseShare[];
}

/**
 * SLA performance for a period (DESIGN §4, intent `sla.performance`): compliance against target overall,
 * per metric, priority, team and agent, the trend, the largest breaches and their likely causes.
 * @example slaDashboard({ data, now, period: { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' } }).overall.rate // 0.91
 */
export function slaDashboard(input: SlaDashboardInput): SlaDashboard {
  const { overview, scope, config } = overviewWithScope(input);
  const { rows } = scope;
  const window = resolveReportWindow(input.period, input.now, config.defaultPeriodDays);
  const loads = openLoadByAgent(ticketTimeIndex(input.data.tickets), input.data.agents);
  const breached = CLOCK_OUTCOMES.indexOf('breached');
  const breaches: SlaBreach[] = [];
  for (let row = 0; row < rows.count; row += 1) {
    if (rows.outcome[row] === breached) breaches.push(describeBreach(rowTicket(rows, row), clockInstance(scope, row, input.now), scope.setup, loads, config.overloadThreshold, input.now.getTime()));
  }
  const topBreaches = [...breaches].sort((left, right) => right.overrunMinutes - left.overrunMinutes || left.ticketId.localeCompare(right.ticketId)).slice(0, config.topBreachesLimit);
  const granularity = trendGranularity(window, config.dailyTrendUpToDays);
  const { buckets, sizeMs } = trendBuckets(window, granularity);
  const tally = tallyCompliance(rows, buckets.length, (row) => bucketIndexOf(window, sizeMs, rows.startedMs[row]!));
  return {
    ...overview,
    byPriority: againstGroupTargets(sortedGroups(tally.byPriority), config),
    byTeam: againstGroupTargets(sortedGroups(tally.byTeam), config),
    byAgent: againstGroupTargets(sortedGroups(tally.byAgent), config),
    trend: { granularity, points: buckets.map((bucket, position) => ({ ...bucket, ...tally.byBucket[position]! })) },
    breachCount: breaches.length,
    topBreaches,
    breachCauses: breachCauseShares(breaches),
  };
}
