import type { AccountSegment } from '../../contracts/account.js';

/** The metrics of the account health score (SCORING §1.2), plus onboarding's setup milestones. */
export const HEALTH_METRIC_KEYS = [
  'seatUtilisation',
  'usageMomentum',
  'featureBreadth',
  'setupMilestones',
  'ticketLoad',
  'escalations',
  'supportCsat',
  'ticketSentiment',
  'nps',
  'csmPulse',
  'touchpointRecency',
  'champion',
  'invoices',
  'contractTrajectory',
] as const;
export type HealthMetricKey = (typeof HEALTH_METRIC_KEYS)[number];

export const HEALTH_DIMENSIONS = ['adoption', 'support', 'voiceOfCustomer', 'relationship', 'commercial'] as const;
export type HealthDimension = (typeof HEALTH_DIMENSIONS)[number];

/** How one metric is scored: weight and, for measured metrics, the poor → good thresholds. */
export interface HealthMetricSpec {
  dimension: HealthDimension;
  label: string;
  weight: number;
  /** Piecewise-linear thresholds; absent for categorical metrics (scored by the tables below). */
  poor?: number;
  good?: number;
}

export type HealthMetricSpecs = Record<HealthMetricKey, HealthMetricSpec>;

/** Thresholds, weights, windows and rules of the health score; every output is stamped with `version`. */
export interface HealthConfig {
  version: string;
  metrics: HealthMetricSpecs;
  /** Below this share of the total weight present, the band is `insufficient_data`. @default 0.6 */
  coverageFloor: number;
  /** A critical metric at 0 caps the score here (forces Red). @default 49 */
  criticalCap: number;
  /** Red below `redBelow`, Yellow below `yellowBelow`, Green from there. @default { redBelow: 50, yellowBelow: 75 } */
  bands: { redBelow: number; yellowBelow: number };
  windows: {
    activeUsersDays: number;
    momentumWeeks: number;
    ticketLoadDays: number;
    escalationDays: number;
    csatDays: number;
    sentimentDays: number;
    /** NPS answers older than this are ignored for the account's NPS metric. */
    npsLookbackDays: number;
  };
  /** m in `(good + m·globalRate) / (rated + m)` for the support CSAT metric. @default 5 */
  csatShrinkStrength: number;
  categorical: {
    nps: { promoter: number; passive: number; detractor: number };
    csmPulse: { healthy: number; concerning: number; poor: number };
    invoices: { current: number; overdueWithin30Days: number; overdueOver30Days: number };
    contractTrajectory: { expansion: number; flat: number; contraction: number };
  };
  critical: { championGoneDays: number; invoiceOverdueDays: number };
  trend: { lookbackDays: number; deadBandPoints: number; decliningDeltaPoints: number };
  /** Onboarding profile: accounts younger than `days` use these metric specs instead (§1.2 segment profiles). */
  onboarding: { days: number; metrics: Partial<Record<HealthMetricKey, Partial<HealthMetricSpec>>> } | null;
  /** Per-segment overrides of thresholds or weights (e.g. enterprise vs SMB); none by default. */
  segments: Partial<Record<AccountSegment, Partial<Record<HealthMetricKey, Partial<HealthMetricSpec>>>>>;
}

/** The SCORING §1.2 table: 5 dimensions, 13 metrics, weights summing to 100 (setup milestones 0 outside onboarding). */
export const DEFAULT_HEALTH_METRICS: HealthMetricSpecs = {
  seatUtilisation: { dimension: 'adoption', label: 'Seat utilisation', weight: 15, poor: 0.5, good: 0.8 },
  usageMomentum: { dimension: 'adoption', label: 'Usage momentum', weight: 10, poor: -0.2, good: 0 },
  featureBreadth: { dimension: 'adoption', label: 'Feature breadth', weight: 10, poor: 0.25, good: 0.6 },
  setupMilestones: { dimension: 'adoption', label: 'Setup milestones', weight: 0, poor: 0.2, good: 0.8 },
  ticketLoad: { dimension: 'support', label: 'Ticket load', weight: 7, poor: 2, good: 1 },
  escalations: { dimension: 'support', label: 'Escalations', weight: 6, poor: 2, good: 0 },
  supportCsat: { dimension: 'support', label: 'Support CSAT', weight: 7, poor: 0.6, good: 0.9 },
  ticketSentiment: { dimension: 'support', label: 'Ticket sentiment', weight: 5, poor: 0.4, good: 0.1 },
  nps: { dimension: 'voiceOfCustomer', label: 'NPS', weight: 10 },
  csmPulse: { dimension: 'voiceOfCustomer', label: 'CSM pulse', weight: 5 },
  touchpointRecency: { dimension: 'relationship', label: 'Touchpoint recency', weight: 7, poor: 90, good: 30 },
  champion: { dimension: 'relationship', label: 'Champion', weight: 8 },
  invoices: { dimension: 'commercial', label: 'Invoices', weight: 6 },
  contractTrajectory: { dimension: 'commercial', label: 'Contract trajectory', weight: 4 },
};

/** Default health configuration (SCORING §1.2 [R]). */
export const DEFAULT_HEALTH_CONFIG: HealthConfig = {
  version: 'health-2026.1',
  metrics: DEFAULT_HEALTH_METRICS,
  coverageFloor: 0.6,
  criticalCap: 49,
  bands: { redBelow: 50, yellowBelow: 75 },
  windows: { activeUsersDays: 28, momentumWeeks: 4, ticketLoadDays: 90, escalationDays: 30, csatDays: 90, sentimentDays: 30, npsLookbackDays: 365 },
  csatShrinkStrength: 5,
  categorical: {
    nps: { promoter: 100, passive: 50, detractor: 0 },
    csmPulse: { healthy: 100, concerning: 50, poor: 0 },
    invoices: { current: 100, overdueWithin30Days: 50, overdueOver30Days: 0 },
    contractTrajectory: { expansion: 100, flat: 70, contraction: 0 },
  },
  critical: { championGoneDays: 30, invoiceOverdueDays: 60 },
  trend: { lookbackDays: 30, deadBandPoints: 3, decliningDeltaPoints: -10 },
  // First 90 days: adoption is judged on setup milestones; NPS and momentum are dropped (§1.2 profiles).
  onboarding: {
    days: 90,
    metrics: { seatUtilisation: { weight: 0 }, usageMomentum: { weight: 0 }, featureBreadth: { weight: 0 }, setupMilestones: { weight: 35 }, nps: { weight: 0 } },
  },
  segments: {},
};

/** Overrides of the health configuration; nested objects are merged key by key. */
export interface HealthConfigOverrides extends Partial<Omit<HealthConfig, 'metrics' | 'windows' | 'categorical' | 'critical' | 'trend' | 'bands'>> {
  metrics?: Partial<Record<HealthMetricKey, Partial<HealthMetricSpec>>>;
  windows?: Partial<HealthConfig['windows']>;
  categorical?: { [Key in keyof HealthConfig['categorical']]?: Partial<HealthConfig['categorical'][Key]> };
  critical?: Partial<HealthConfig['critical']>;
  trend?: Partial<HealthConfig['trend']>;
  bands?: Partial<HealthConfig['bands']>;
}

/** Configurations this module resolved (a resolved one passes through unchanged). */
const resolvedConfigs = new WeakSet<object>([DEFAULT_HEALTH_CONFIG]);

/** The default configuration with `overrides` merged in; a configuration it already resolved is returned as is. */
export function resolveHealthConfig(overrides: HealthConfigOverrides | HealthConfig = {}): HealthConfig {
  if (resolvedConfigs.has(overrides)) return overrides as HealthConfig;
  const resolved = mergeHealthConfig(overrides);
  resolvedConfigs.add(resolved);
  return resolved;
}

function mergeHealthConfig(overrides: HealthConfigOverrides): HealthConfig {
  const base = DEFAULT_HEALTH_CONFIG;
  const categorical = base.categorical;
  return {
    ...base,
    ...overrides,
    metrics: mergeMetricSpecs(base.metrics, overrides.metrics),
    windows: { ...base.windows, ...overrides.windows },
    bands: { ...base.bands, ...overrides.bands },
    critical: { ...base.critical, ...overrides.critical },
    trend: { ...base.trend, ...overrides.trend },
    categorical: {
      nps: { ...categorical.nps, ...overrides.categorical?.nps },
      csmPulse: { ...categorical.csmPulse, ...overrides.categorical?.csmPulse },
      invoices: { ...categorical.invoices, ...overrides.categorical?.invoices },
      contractTrajectory: { ...categorical.contractTrajectory, ...overrides.categorical?.contractTrajectory },
    },
    onboarding: overrides.onboarding === undefined ? base.onboarding : overrides.onboarding,
    segments: overrides.segments ?? base.segments,
  };
}

/** Metric specs with per-metric partial overrides applied. */
export function mergeMetricSpecs(base: HealthMetricSpecs, overrides: Partial<Record<HealthMetricKey, Partial<HealthMetricSpec>>> | undefined): HealthMetricSpecs {
  if (!overrides) return base;
  const merged = { ...base };
  for (const key of HEALTH_METRIC_KEYS) {
    const override = overrides[key];
    if (override) merged[key] = { ...base[key], ...override };
  }
  return merged;
}
