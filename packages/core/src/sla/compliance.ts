import { tzOffset } from '@date-fns/tz';
import type { SlaMetric } from '../contracts/sla-policy.js';
import { SlaInputError } from './errors.js';
import { toIsoString } from './instant.js';
import type { SlaInstance } from './types.js';

/** Counts behind a compliance rate. */
export interface ComplianceCounts {
  /** Fulfilled without breach. */
  achieved: number;
  /** Breached, fulfilled or not. */
  breached: number;
  /** Still running (active or paused) and not breached: not yet decided, so left out of the rate. */
  excluded: number;
  /** `achieved / (achieved + breached)`; null when nothing is decided yet. */
  rate: number | null;
}

export interface SlaCompliance {
  overall: ComplianceCounts;
  byMetric: Partial<Record<SlaMetric, ComplianceCounts>>;
}

/**
 * SLA compliance over instances: `achieved / (achieved + breached)`, overall and per metric.
 * @example slaCompliance(evaluations.flatMap((evaluation) => evaluation.instances)).overall.rate // 0.93
 */
export function slaCompliance(instances: readonly SlaInstance[]): SlaCompliance {
  const overall = emptyCounts();
  const byMetric: SlaCompliance['byMetric'] = {};
  for (const instance of instances) {
    const outcome = instance.breached ? 'breached' : instance.state === 'closed' ? 'achieved' : 'excluded';
    overall[outcome] += 1;
    (byMetric[instance.metric] ??= emptyCounts())[outcome] += 1;
  }
  withRate(overall);
  for (const counts of Object.values(byMetric)) withRate(counts);
  return { overall, byMetric };
}

function emptyCounts(): ComplianceCounts {
  return { achieved: 0, breached: 0, excluded: 0, rate: null };
}

function withRate(counts: ComplianceCounts): void {
  const decided = counts.achieved + counts.breached;
  counts.rate = decided === 0 ? null : counts.achieved / decided;
}

/** An instance with the ticket facts compliance can be grouped by. */
export interface SlaComplianceRecord {
  instance: SlaInstance;
  teamId?: string | null;
  agentId?: string | null;
}

export type SlaGroupBy = 'metric' | 'priority' | 'team' | 'agent' | 'period';
export type SlaPeriod = 'day' | 'week' | 'month';

export interface SlaGroupOptions {
  by: SlaGroupBy;
  /** Bucket size when grouping by period (by the clock's start). @default 'week' */
  period?: SlaPeriod;
  /** Zone whose local dates make the period buckets. @default 'UTC' */
  timezone?: string;
}

export interface SlaComplianceGroup {
  /** Metric, priority, team id, agent id, or the period's first local date (`2026-03-02`, months `2026-03`); null when the record has none. */
  key: string | null;
  compliance: SlaCompliance;
}

/**
 * Compliance per group, sorted by key (null last). Weeks start on Monday.
 * @example slaComplianceBy(records, { by: 'period', period: 'month', timezone: 'Europe/Paris' })
 */
export function slaComplianceBy(records: readonly SlaComplianceRecord[], options: SlaGroupOptions): SlaComplianceGroup[] {
  const timezone = options.timezone ?? 'UTC';
  if (options.by === 'period' && Number.isNaN(tzOffset(timezone, new Date(0)))) {
    throw new SlaInputError('Invalid grouping', [{ path: 'timezone', message: `unknown time zone "${timezone}"` }]);
  }
  const groups = new Map<string | null, SlaInstance[]>();
  for (const record of records) {
    const key = groupKey(record, options.by, options.period ?? 'week', timezone);
    const members = groups.get(key);
    if (members) members.push(record.instance);
    else groups.set(key, [record.instance]);
  }
  return [...groups]
    .sort(([left], [right]) => (left === null ? 1 : right === null ? -1 : left.localeCompare(right)))
    .map(([key, instances]) => ({ key, compliance: slaCompliance(instances) }));
}

function groupKey(record: SlaComplianceRecord, by: SlaGroupBy, period: SlaPeriod, timezone: string): string | null {
  switch (by) {
    case 'metric':
      return record.instance.metric;
    case 'priority':
      return record.instance.priorityApplied;
    case 'team':
      return record.teamId ?? null;
    case 'agent':
      return record.agentId ?? null;
    case 'period':
      return periodKey(record.instance.startedAt, period, timezone);
  }
}

function periodKey(startedAt: string, period: SlaPeriod, timezone: string): string {
  const instant = new Date(startedAt);
  // Shift to local wall time, then read the local date in UTC terms.
  const localSeconds = Math.floor(instant.getTime() / 1000) + Math.round(tzOffset(timezone, instant) * 60);
  const localDate = toIsoString(localSeconds).slice(0, 10);
  if (period === 'day') return localDate;
  if (period === 'month') return localDate.slice(0, 7);
  const weekday = (new Date(`${localDate}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return toIsoString(localSeconds - weekday * 86_400).slice(0, 10);
}
