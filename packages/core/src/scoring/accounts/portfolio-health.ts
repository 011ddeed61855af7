import type { HealthBand } from './types.js';
import { type AccountDataIndex, type AccountScoringData, type AccountSlices, indexAccountData } from './account-index.js';
import { type AccountHealth, measureAccount, scoreMeasuredAccount } from './account-health.js';
import { type HealthContext, healthContextAt } from './health-context.js';
import { type HealthConfig, type HealthConfigOverrides, resolveHealthConfig } from './health-config.js';
import { type HealthTrend, healthTrendOf } from './health-trend.js';
import { DAY_MS } from './time-windows.js';

/** An account's health now, its trend, and its health as of the lookback date. */
export interface AccountHealthReport extends AccountHealth {
  trend: HealthTrend;
  /** The same score computed on the data as of `trend.previousAsOf`: numbers only (no `detail` sentences, no drivers). */
  previous: AccountHealth | null;
}

export interface PortfolioHealthOptions {
  config?: HealthConfigOverrides;
  /** A prebuilt index of the same data, shared with other account scores. */
  index?: AccountDataIndex;
  /** Report only these accounts; segment medians and the CSAT prior still come from every account (a cheap pass) unless `context` is given. */
  accountIds?: readonly string[];
  /** Precomputed portfolio references (now and at the lookback date), e.g. from an earlier `PortfolioHealth.context`. */
  context?: { current: HealthContext; previous: HealthContext };
  /** Write the explanation sentences (`detail`, driver `reason`); false keeps the numbers only, for bulk roll-ups. @default true */
  explain?: boolean;
}

/** Health of many accounts with trend, band counts and the references they were scored against. */
export interface PortfolioHealth {
  configVersion: string;
  asOf: string;
  previousAsOf: string;
  accounts: AccountHealthReport[];
  bandCounts: Record<HealthBand, number>;
  decliningCount: number;
  context: { current: HealthContext; previous: HealthContext };
}

/**
 * Account health for a whole portfolio (SCORING §1.2): the data is indexed by account once, the segment medians
 * and CSAT prior are taken at both dates, then every account is measured and scored now and `trend.lookbackDays` ago.
 */
export function scorePortfolioHealth(data: AccountScoringData, now: Date, options: PortfolioHealthOptions = {}): PortfolioHealth {
  const config = resolveHealthConfig(options.config);
  const index = options.index ?? indexAccountData(data);
  const nowMs = now.getTime();
  const previousMs = nowMs - config.trend.lookbackDays * DAY_MS;
  const wanted = options.accountIds ? new Set(options.accountIds) : null;
  const reported = wanted ? index.accounts.filter((slices) => wanted.has(slices.account.id)) : index.accounts;

  const context = options.context ?? { current: healthContextAt(index.accounts, nowMs, config), previous: healthContextAt(index.accounts, previousMs, config) };
  const previousAsOf = new Date(previousMs).toISOString();
  const explain = options.explain ?? true;
  const bandCounts: Record<HealthBand, number> = { red: 0, yellow: 0, green: 0, insufficient_data: 0 };
  let decliningCount = 0;
  // Measured and scored one account at a time, so each account's intermediate objects die young.
  const accounts = reported.map((slices) => {
    const current = scoreMeasuredAccount(measureAccount(slices, nowMs, config, index.slaSetup, data.settings.keyFeatures, explain), context.current, config);
    const previous = previousHealthOf(slices, data, index, previousMs, context.previous, config);
    // The health object is fresh, so it is extended in place rather than copied.
    const report = current as AccountHealthReport;
    report.trend = healthTrendOf(current, previous, previousAsOf, config);
    report.previous = previous;
    bandCounts[report.band] += 1;
    if (report.trend.declining) decliningCount += 1;
    return report;
  });
  return { configVersion: config.version, asOf: now.toISOString(), previousAsOf, accounts, bandCounts, decliningCount, context };
}

/** An account's numbers-only health as of the lookback date; null when the account did not exist yet then. */
function previousHealthOf(slices: AccountSlices, data: AccountScoringData, index: AccountDataIndex, previousMs: number, context: HealthContext, config: HealthConfig): AccountHealth | null {
  const createdMs = slices.account.createdAt ? Date.parse(slices.account.createdAt) : -Infinity;
  if (createdMs > previousMs) return null;
  return scoreMeasuredAccount(measureAccount(slices, previousMs, config, index.slaSetup, data.settings.keyFeatures, false), context, config);
}

/**
 * The same portfolio with each report's `previous` health computed again whenever it is read instead of
 * held: for a cache that keeps a whole portfolio, the past scores are half its size and are read only
 * when churn is ranked. The values read are the ones `scorePortfolioHealth` gave.
 */
export function withPreviousOnDemand(health: PortfolioHealth, data: AccountScoringData, index: AccountDataIndex, options: Pick<PortfolioHealthOptions, 'config'> = {}): PortfolioHealth {
  const config = resolveHealthConfig(options.config);
  const previousMs = Date.parse(health.previousAsOf);
  // Captured alone: a closure over `health` would keep every original report (and its past score) alive.
  const previousContext = health.context.previous;
  const accounts = health.accounts.map((report): AccountHealthReport => {
    const slices = index.byAccountId.get(report.accountId);
    if (!slices || report.previous === null) return report;
    // Copied field by field, in the report's own order, then given one getter shared by every report:
    // objects of one shape stay small, where a getter per object would give each its own hidden class.
    const lean = {
      accountId: report.accountId,
      accountName: report.accountName,
      segment: report.segment,
      asOf: report.asOf,
      profile: report.profile,
      score: report.score,
      band: report.band,
      unroundedScore: report.unroundedScore,
      coverageRate: report.coverageRate,
      presentWeight: report.presentWeight,
      totalWeight: report.totalWeight,
      capped: report.capped,
      criticalFlags: report.criticalFlags,
      components: report.components,
      drivers: report.drivers,
      dimensions: report.dimensions,
      thresholds: report.thresholds,
      configVersion: report.configVersion,
      facts: report.facts,
      trend: report.trend,
    };
    previousRecipes.set(lean, () => previousHealthOf(slices, data, index, previousMs, previousContext, config));
    return Object.defineProperty(lean, 'previous', PREVIOUS_ON_DEMAND) as AccountHealthReport;
  });
  return { ...health, accounts };
}

/** How each lean report computes its past score again. */
const previousRecipes = new WeakMap<object, () => AccountHealth | null>();

const PREVIOUS_ON_DEMAND: PropertyDescriptor = {
  enumerable: true,
  get(this: object): AccountHealth | null {
    return previousRecipes.get(this)!();
  },
};

/** Health of one account with its trend; null for an unknown account. Use `scorePortfolioHealth` for many. */
export function scoreAccountHealth(data: AccountScoringData, accountId: string, now: Date, options: Omit<PortfolioHealthOptions, 'accountIds'> = {}): AccountHealthReport | null {
  return scorePortfolioHealth(data, now, { ...options, accountIds: [accountId] }).accounts[0] ?? null;
}
