import type { HealthBand } from './types.js';
import { type AccountDataIndex, type AccountScoringData, indexAccountData } from './account-index.js';
import { type AccountHealth, measureAccount, scoreMeasuredAccount } from './account-health.js';
import { type HealthContext, healthContextAt } from './health-context.js';
import { type HealthConfigOverrides, resolveHealthConfig } from './health-config.js';
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
    // An account that did not exist yet at the lookback date has no previous score; the past score is numbers only.
    const createdMs = slices.account.createdAt ? Date.parse(slices.account.createdAt) : -Infinity;
    const previous = createdMs > previousMs ? null : scoreMeasuredAccount(measureAccount(slices, previousMs, config, index.slaSetup, data.settings.keyFeatures, false), context.previous, config);
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

/** Health of one account with its trend; null for an unknown account. Use `scorePortfolioHealth` for many. */
export function scoreAccountHealth(data: AccountScoringData, accountId: string, now: Date, options: Omit<PortfolioHealthOptions, 'accountIds'> = {}): AccountHealthReport | null {
  return scorePortfolioHealth(data, now, { ...options, accountIds: [accountId] }).accounts[0] ?? null;
}
