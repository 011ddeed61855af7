import { SLA_METRICS, type SlaMetric } from '../../contracts/sla-policy.js';
import type { ComplianceCounts, SlaCompliance } from '../../sla/compliance.js';
import type { SlaDashboardConfig } from './sla-dashboard-config.js';

/** Compliance counts set against the target rate they should reach. */
export interface ComplianceVsTarget extends ComplianceCounts {
  /** Target compliance, 0–1. */
  targetRate: number;
  /** `rate − targetRate`; negative when short; null while nothing is decided. */
  gapToTarget: number | null;
  meetsTarget: boolean | null;
}

export interface MetricCompliance extends ComplianceVsTarget {
  metric: SlaMetric;
}

/** Compliance of one group (a priority, team or agent): overall and per metric. */
export interface GroupCompliance {
  /** The group's key; null for tickets without one (unassigned, no team). */
  key: string | null;
  overall: ComplianceVsTarget;
  byMetric: MetricCompliance[];
}

export function targetRateOf(metric: SlaMetric, config: SlaDashboardConfig): number {
  return config.targetRates[metric] ?? config.defaultTargetRate;
}

export function againstTarget(counts: ComplianceCounts, targetRate: number): ComplianceVsTarget {
  const gapToTarget = counts.rate === null ? null : counts.rate - targetRate;
  return { ...counts, targetRate, gapToTarget, meetsTarget: gapToTarget === null ? null : gapToTarget >= 0 };
}

/** Per-metric compliance against each metric's own target, in the order of `SLA_METRICS`. */
export function metricsAgainstTargets(compliance: SlaCompliance, config: SlaDashboardConfig): MetricCompliance[] {
  return SLA_METRICS.flatMap((metric) => {
    const counts = compliance.byMetric[metric];
    return counts ? [{ metric, ...againstTarget(counts, targetRateOf(metric, config)) }] : [];
  });
}

/**
 * The overall target: each metric's target weighted by its decided clocks, so a metric with many clocks
 * weighs more (equal to `defaultTargetRate` when every metric uses it).
 */
export function blendedTargetRate(compliance: SlaCompliance, config: SlaDashboardConfig): number {
  let weighted = 0;
  let decided = 0;
  const targets = new Set<number>();
  for (const metric of SLA_METRICS) {
    const counts = compliance.byMetric[metric];
    if (!counts || counts.achieved + counts.breached === 0) continue;
    const metricDecided = counts.achieved + counts.breached;
    weighted += metricDecided * targetRateOf(metric, config);
    decided += metricDecided;
    targets.add(targetRateOf(metric, config));
  }
  if (decided === 0) return config.defaultTargetRate;
  // One shared target is returned as is, free of rounding from the weighted sum.
  return targets.size === 1 ? [...targets][0]! : weighted / decided;
}

/** Overall and per-metric compliance against the targets. */
export function complianceAgainstTargets(compliance: SlaCompliance, config: SlaDashboardConfig): { overall: ComplianceVsTarget; byMetric: MetricCompliance[] } {
  return { overall: againstTarget(compliance.overall, blendedTargetRate(compliance, config)), byMetric: metricsAgainstTargets(compliance, config) };
}

/** Compliance per group (as `slaComplianceBy` or `tallyCompliance` return them), each against its targets. */
export function againstGroupTargets(groups: readonly { key: string | null; compliance: SlaCompliance }[], config: SlaDashboardConfig): GroupCompliance[] {
  return groups.map((group) => ({
    key: group.key,
    overall: againstTarget(group.compliance.overall, blendedTargetRate(group.compliance, config)),
    byMetric: metricsAgainstTargets(group.compliance, config),
  }));
}
