import type { AccountSegment } from '../../contracts/account.js';
import type { SlaSetup } from '../../data/ticket-sla.js';
import { linearScore } from '../statistics.js';
import type { AccountSlices } from './account-index.js';
import { type AdoptionFacts, measureAdoption } from './adoption-metrics.js';
import { combineHealthScores, type HealthScoreSummary } from './combine-scores.js';
import { HEALTH_DIMENSIONS, HEALTH_METRIC_KEYS, type HealthConfig, type HealthDimension, type HealthMetricKey, type HealthMetricSpec, type HealthMetricSpecs, mergeMetricSpecs } from './health-config.js';
import type { HealthContext } from './health-context.js';
import { measureRelationship } from './relationship-metrics.js';
import { measureSupport, measureSupportCsat, measureTicketLoad, type SupportFacts, ticketsPerTenUsers } from './support-metrics.js';
import { DAY_MS } from './time-windows.js';
import type { MetricMeasurement, ScoreThresholds, WeightedScoreInput } from './types.js';

/** One account's raw metrics at one date, before the portfolio context is applied. */
export interface AccountMeasurements {
  slices: AccountSlices;
  asOfMs: number;
  profile: 'standard' | 'onboarding';
  specs: HealthMetricSpecs;
  adoption: AdoptionFacts;
  support: SupportFacts;
  ticketsPerTenUsers: number | null;
  measured: Record<Exclude<HealthMetricKey, 'ticketLoad' | 'supportCsat'>, MetricMeasurement>;
  /** Whether sentences were written (false for a trend's past score). */
  explain: boolean;
}

/** Health of a dimension: the weighted mean of its present metrics and the points they cost. */
export interface DimensionScore {
  dimension: HealthDimension;
  weight: number;
  presentWeight: number;
  score: number | null;
  pointsLost: number;
}

/** An account's health at one date, with components, drivers, dimensions and the usage facts other scores reuse. */
export interface AccountHealth extends HealthScoreSummary {
  accountId: string;
  accountName: string;
  segment: AccountSegment;
  asOf: string;
  profile: 'standard' | 'onboarding';
  dimensions: DimensionScore[];
  facts: {
    activeUsers: number | null;
    licences: number | null;
    /** Weekly active users, oldest first, ending at `asOf` (null: no snapshot that week). */
    weeklyActiveUsers: (number | null)[];
    ticketsPer10ActiveUsers: number | null;
    escalationCount: number;
  };
}

/** Measures every metric of one account as of `asOfMs` (data after that date is ignored); `explain` false skips the sentences. */
export function measureAccount(slices: AccountSlices, asOfMs: number, config: HealthConfig, slaSetup: SlaSetup | null, keyFeatures: readonly string[] | undefined, explain = true): AccountMeasurements {
  const { account } = slices;
  const createdMs = account.createdAt ? Date.parse(account.createdAt) : NaN;
  const onboarding = config.onboarding !== null && asOfMs - createdMs >= 0 && asOfMs - createdMs < config.onboarding.days * DAY_MS;
  const specs = profileSpecsOf(config, account.segment, onboarding);
  const adoption = measureAdoption(slices, asOfMs, config, keyFeatures, explain);
  const support = measureSupport(slices, asOfMs, config, slaSetup, explain);
  const relationship = measureRelationship(slices, asOfMs, config, explain);
  return {
    slices,
    asOfMs,
    profile: onboarding ? 'onboarding' : 'standard',
    specs,
    adoption: adoption.facts,
    support: support.facts,
    ticketsPerTenUsers: ticketsPerTenUsers(support.facts, adoption.facts.activeUsers),
    measured: {
      seatUtilisation: adoption.seatUtilisation,
      usageMomentum: adoption.usageMomentum,
      featureBreadth: adoption.featureBreadth,
      setupMilestones: adoption.setupMilestones,
      escalations: support.escalations,
      ticketSentiment: support.ticketSentiment,
      nps: relationship.nps,
      csmPulse: relationship.csmPulse,
      touchpointRecency: relationship.touchpointRecency,
      champion: relationship.champion,
      invoices: relationship.invoices,
      contractTrajectory: relationship.contractTrajectory,
    },
    explain,
  };
}

/** Scores a measured account: per-metric piecewise-linear or categorical scores, then the §1.2 combination. */
export function scoreMeasuredAccount(measurements: AccountMeasurements, context: HealthContext, config: HealthConfig): AccountHealth {
  const { account } = measurements.slices;
  const { explain, measured } = measurements;
  const ticketLoad = measureTicketLoad(measurements.ticketsPerTenUsers, context.segmentTicketLoadMedian[account.segment] ?? null, config, explain);
  const supportCsat = measureSupportCsat(measurements.support, context.globalCsatRate, config, explain);
  // In HEALTH_METRIC_KEYS order; read by position rather than by key, which the profile showed to be slow.
  const ordered = [measured.seatUtilisation, measured.usageMomentum, measured.featureBreadth, measured.setupMilestones, ticketLoad, measured.escalations, supportCsat, measured.ticketSentiment, measured.nps, measured.csmPulse, measured.touchpointRecency, measured.champion, measured.invoices, measured.contractTrajectory];
  const inputs: WeightedScoreInput[] = [];
  HEALTH_METRIC_KEYS.forEach((key, position) => {
    const spec = measurements.specs[key];
    if (spec.weight <= 0) return;
    const measurement = ordered[position]!;
    const thresholds = thresholdsOf(spec);
    const score = measurement.rawValue === null ? null : thresholds ? linearScore(measurement.rawValue, thresholds.poor, thresholds.good) : measurement.categoryScore;
    inputs.push({ key, label: spec.label, weight: spec.weight, score, rawValue: measurement.rawValue, unit: measurement.unit, thresholds, critical: measurement.critical, detail: measurement.detail });
  });
  const summary = combineHealthScores(inputs, config, explain);
  // Listed field by field: spreading the summary was the hot spot on 5k accounts.
  return {
    accountId: account.id,
    accountName: account.name,
    segment: account.segment,
    asOf: isoStringOf(measurements.asOfMs),
    profile: measurements.profile,
    score: summary.score,
    band: summary.band,
    unroundedScore: summary.unroundedScore,
    coverageRate: summary.coverageRate,
    presentWeight: summary.presentWeight,
    totalWeight: summary.totalWeight,
    capped: summary.capped,
    criticalFlags: summary.criticalFlags,
    components: summary.components,
    drivers: summary.drivers,
    dimensions: dimensionsOf(summary, measurements.specs),
    thresholds: summary.thresholds,
    configVersion: summary.configVersion,
    facts: {
      activeUsers: measurements.adoption.activeUsers,
      licences: measurements.adoption.licences,
      weeklyActiveUsers: measurements.adoption.weekly.activeUsers,
      ticketsPer10ActiveUsers: measurements.ticketsPerTenUsers,
      escalationCount: measurements.support.escalationCount,
    },
  };
}

// Every account of a portfolio is scored at the same two instants; formatting each once is enough.
let lastIso: { ms: number; text: string } = { ms: NaN, text: '' };
function isoStringOf(ms: number): string {
  if (lastIso.ms !== ms) lastIso = { ms, text: new Date(ms).toISOString() };
  return lastIso.text;
}

/** Metric specs per configuration, segment and profile, merged once and shared by every account that uses them. */
const profileSpecs = new WeakMap<HealthConfig, Map<string, HealthMetricSpecs>>();

function profileSpecsOf(config: HealthConfig, segment: AccountSegment, onboarding: boolean): HealthMetricSpecs {
  let byProfile = profileSpecs.get(config);
  if (!byProfile) profileSpecs.set(config, (byProfile = new Map()));
  const key = `${segment}/${onboarding}`;
  let specs = byProfile.get(key);
  if (!specs) {
    const segmentSpecs = mergeMetricSpecs(config.metrics, config.segments[segment]);
    specs = onboarding && config.onboarding ? mergeMetricSpecs(segmentSpecs, config.onboarding.metrics) : segmentSpecs;
    byProfile.set(key, specs);
  }
  return specs;
}

/** One shared thresholds object per metric spec (specs are shared by every account of a profile). */
const specThresholds = new WeakMap<HealthMetricSpec, ScoreThresholds | null>();

function thresholdsOf(spec: HealthMetricSpec): ScoreThresholds | null {
  let thresholds = specThresholds.get(spec);
  if (thresholds === undefined) specThresholds.set(spec, (thresholds = spec.poor !== undefined && spec.good !== undefined ? Object.freeze({ poor: spec.poor, good: spec.good }) : null));
  return thresholds;
}

function dimensionsOf(summary: HealthScoreSummary, specs: HealthMetricSpecs): DimensionScore[] {
  const dimensions = HEALTH_DIMENSIONS.map((dimension) => ({ dimension, weight: 0, presentWeight: 0, score: null as number | null, pointsLost: 0, weighted: 0 }));
  for (const component of summary.components) {
    const entry = dimensions[HEALTH_DIMENSIONS.indexOf(specs[component.key as HealthMetricKey].dimension)]!;
    entry.weight += component.weight;
    entry.pointsLost += component.pointsLost;
    if (component.present) {
      entry.presentWeight += component.weight;
      entry.weighted += component.weight * component.score!;
    }
  }
  return dimensions.map(({ dimension, weight, presentWeight, weighted, pointsLost }) => ({ dimension, weight, presentWeight, score: presentWeight > 0 ? weighted / presentWeight : null, pointsLost }));
}
