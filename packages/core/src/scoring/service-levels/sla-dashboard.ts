import type { SlaMetric } from '../../contracts/sla-policy.js';
import type { ComplianceCounts, SlaCompliance } from '../../sla/compliance.js';
import { openLoadByAgent } from './agent-load.js';
import { breachCauseShares, describeBreach, type BreachCauseShare, type SlaBreach } from './breach-causes.js';
import { clockInstance, CLOCK_OUTCOMES, rowTicket, type SlaClockRows, type SlaRecordScope } from './sla-records.js';
import { tallyCompliance, sortedGroups, type ComplianceBreakdown } from './compliance-tally.js';
import { againstGroupTargets, type GroupCompliance } from './compliance-vs-target.js';
import { bucketIndexOf, resolveReportWindow, trendBuckets, trendGranularity, type ReportWindow, type TrendBucket, type TrendGranularity } from './report-window.js';
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
  const window = resolveReportWindow(input.period, input.now, config.defaultPeriodDays);
  const breaches = breachesOf(scope, input, config.overloadThreshold);
  const topBreaches = [...breaches].sort((left, right) => right.overrunMinutes - left.overrunMinutes || left.ticketId.localeCompare(right.ticketId)).slice(0, config.topBreachesLimit);
  const granularity = trendGranularity(window, config.dailyTrendUpToDays);
  const { buckets, sizeMs } = trendBuckets(window, granularity);
  const tally = tallyOf(scope.rows, window, granularity, buckets.length, sizeMs);
  return {
    ...overview,
    byPriority: againstGroupTargets(sortedGroups(tally.byPriority), config),
    byTeam: againstGroupTargets(sortedGroups(tally.byTeam), config),
    byAgent: againstGroupTargets(sortedGroups(tally.byAgent), config),
    trend: { granularity, points: buckets.map((bucket, position) => ({ ...bucket, ...copyOf(tally.byBucket[position]!) })) },
    breachCount: breaches.length,
    topBreaches: topBreaches.map((breach) => ({ ...breach, causes: [...breach.causes] })),
    breachCauses: breachCauseShares(breaches),
  };
}

/** What the dashboard derives from a record scope's rows, remembered with them (rows are remembered per instant and window). */
interface DerivedFromRows {
  tallies: Map<string, ComplianceBreakdown>;
  breaches?: { agents: readonly unknown[]; overloadThreshold: number; list: SlaBreach[] };
}

const derived = new WeakMap<SlaClockRows, DerivedFromRows>();

function derivedOf(rows: SlaClockRows): DerivedFromRows {
  let entry = derived.get(rows);
  if (!entry) derived.set(rows, (entry = { tallies: new Map() }));
  return entry;
}

function tallyOf(rows: SlaClockRows, window: ReportWindow, granularity: TrendGranularity, bucketCount: number, sizeMs: number): ComplianceBreakdown {
  const { tallies } = derivedOf(rows);
  const key = `${window.fromMs}|${window.toMs}|${granularity}`;
  let tally = tallies.get(key);
  if (!tally) tallies.set(key, (tally = tallyCompliance(rows, bucketCount, (row) => bucketIndexOf(window, sizeMs, rows.startedMs[row]!))));
  return tally;
}

/** Every breached clock of the scope with its causes (each replays its ticket), once per rows, agents and threshold. */
function breachesOf(scope: SlaRecordScope, input: SlaDashboardInput, overloadThreshold: number): SlaBreach[] {
  const entry = derivedOf(scope.rows);
  if (entry.breaches && entry.breaches.agents === input.data.agents && entry.breaches.overloadThreshold === overloadThreshold) return entry.breaches.list;
  const { rows } = scope;
  const loads = openLoadByAgent(ticketTimeIndex(input.data.tickets), input.data.agents);
  const breached = CLOCK_OUTCOMES.indexOf('breached');
  const list: SlaBreach[] = [];
  for (let row = 0; row < rows.count; row += 1) {
    if (rows.outcome[row] === breached) list.push(describeBreach(rowTicket(rows, row), clockInstance(scope, row, input.now), scope.setup, loads, overloadThreshold, input.now.getTime()));
  }
  entry.breaches = { agents: input.data.agents, overloadThreshold, list };
  return list;
}

/** A fresh copy of remembered counts, so a caller changing its report cannot change the next one. */
function copyOf(compliance: SlaCompliance): SlaCompliance {
  const byMetric: SlaCompliance['byMetric'] = {};
  for (const [metric, counts] of Object.entries(compliance.byMetric) as [SlaMetric, ComplianceCounts][]) byMetric[metric] = { ...counts };
  return { overall: { ...compliance.overall }, byMetric };
}
