import type { RenewalForecast } from '../../contracts/account.js';
import { type AccountDataIndex, type AccountScoringData, indexAccountData } from './account-index.js';
import { type AccountChurnRisk, type ChurnRiskConfig, rankChurnRisk } from './churn-risk.js';
import type { ExpansionConfigOverrides } from './expansion-config.js';
import { type ExpansionOpportunities, findExpansionOpportunities } from './expansion-opportunities.js';
import type { HealthConfigOverrides } from './health-config.js';
import { lastQbrMs } from './meeting-history.js';
import { type PortfolioHealth, scorePortfolioHealth } from './portfolio-health.js';
import { calendarDaysUntil, clamp, DAY_MS } from './time-windows.js';
import type { HealthBand, MoneyCents } from './types.js';

/** Renewal pipeline settings (SCORING §7.2). */
export interface RenewalConfig {
  version: string;
  /** Urgency `clamp((horizon − d)/horizon, minimumUrgency, 1)`. @default 120, 0.25 */
  urgencyHorizonDays: number;
  minimumUrgency: number;
  /** `expansionValue = ARR · expansionScore/100 · upliftFactor`. @default 0.2 */
  upliftFactor: number;
  /** `priority = urgency · (expectedLoss + expansionWeight · expansionValue)`. @default 0.5 */
  expansionWeight: number;
  qbrLookbackDays: number;
  /** A CSM forecast is due from 180 days out; `monitor` is accepted only until 90 days out. */
  forecastDueDays: number;
  monitorAllowedUntilDays: number;
}

export const DEFAULT_RENEWAL_CONFIG: RenewalConfig = { version: 'renewals-2026.1', urgencyHorizonDays: 120, minimumUrgency: 0.25, upliftFactor: 0.2, expansionWeight: 0.5, qbrLookbackDays: 90, forecastDueDays: 180, monitorAllowedUntilDays: 90 };

export type RenewalSort = 'priority' | 'risk' | 'value' | 'expansion';

/** One upcoming renewal with its ranking numbers and the "why". */
export interface RenewalEntry {
  accountId: string;
  accountName: string;
  renewalDate: string;
  daysToRenewal: number;
  arr: MoneyCents;
  urgency: number;
  expectedLossCents: number;
  expectedLossMethod: 'heuristic' | 'model';
  expansionScore: number | null;
  expansionValueCents: number;
  /** In cents: `urgency · (expectedLoss + 0.5 · expansionValue)`. */
  priorityCents: number;
  healthScore: number | null;
  healthBand: HealthBand;
  riskBand: AccountChurnRisk['riskBand'];
  topRiskDrivers: string[];
  expansionSignals: string[];
  qbrInLastDays: boolean;
  lastQbrAt: string | null;
  forecast: { value: RenewalForecast | null; required: boolean; needsAttention: boolean; reason: string | null };
  why: string[];
}

export interface RenewalOptions {
  /** @default 90 */
  withinDays?: number;
  /** @default 'priority' */
  sortBy?: RenewalSort;
  config?: Partial<RenewalConfig>;
  healthConfig?: HealthConfigOverrides;
  churnConfig?: Partial<ChurnRiskConfig>;
  expansionConfig?: ExpansionConfigOverrides;
  health?: PortfolioHealth;
  expansion?: ExpansionOpportunities;
  index?: AccountDataIndex;
}

/** Renewals in the next N days (default 90), ranked by priority, risk, value or expansion (SCORING §7.2). */
export function upcomingRenewals(data: AccountScoringData, now: Date, options: RenewalOptions = {}): { configVersion: string; asOf: string; withinDays: number; sortBy: RenewalSort; renewals: RenewalEntry[] } {
  const config = { ...DEFAULT_RENEWAL_CONFIG, ...options.config };
  const withinDays = options.withinDays ?? 90;
  const sortBy = options.sortBy ?? 'priority';
  const nowMs = now.getTime();
  const index = options.index ?? indexAccountData(data);
  const upcoming = index.accounts.filter((slices) => renewsWithin(slices.account.renewalDate, nowMs, withinDays));
  const health = options.health ?? scorePortfolioHealth(data, now, { config: options.healthConfig, index });
  const churn = new Map(rankChurnRisk(data, now, { config: options.churnConfig, health, index }).accounts.map((risk) => [risk.accountId, risk]));
  const expansion = new Map((options.expansion ?? findExpansionOpportunities(data, now, { config: options.expansionConfig, health, index })).accounts.map((entry) => [entry.accountId, entry]));
  const renewals: RenewalEntry[] = [];
  for (const slices of upcoming) {
    const risk = churn.get(slices.account.id);
    if (!risk) continue;
    const assessment = expansion.get(slices.account.id);
    const days = calendarDaysUntil(slices.account.renewalDate, nowMs);
    const qbrMs = lastQbrMs(slices, nowMs);
    renewals.push(entryOf(slices.account, days, risk, assessment?.score ?? null, (assessment?.signals ?? []).map((signal) => signal.reason), qbrMs, nowMs, config));
  }
  return { configVersion: config.version, asOf: now.toISOString(), withinDays, sortBy, renewals: sortRenewals(renewals, sortBy) };
}

/** `expansionValue = ARR · expansionScore/100 · upliftFactor` in cents (0 without a score): what an expansion may add. */
export function expansionValueCents(arrCents: number, expansionScore: number | null, upliftFactor: number = DEFAULT_RENEWAL_CONFIG.upliftFactor): number {
  return Math.round(arrCents * ((expansionScore ?? 0) / 100) * upliftFactor);
}

/** Whether a `YYYY-MM-DD` renewal date falls in the next `withinDays` calendar days (today included). */
export function renewsWithin(renewalDate: string, nowMs: number, withinDays: number): boolean {
  const days = calendarDaysUntil(renewalDate, nowMs);
  return days >= 0 && days <= withinDays;
}

/** ARR, expected loss and expansion value summed over a renewal pipeline. */
export function renewalTotals(renewals: readonly RenewalEntry[]): { arrCents: number; expectedLossCents: number; expansionValueCents: number } {
  const totals = { arrCents: 0, expectedLossCents: 0, expansionValueCents: 0 };
  for (const renewal of renewals) {
    totals.arrCents += renewal.arr.amountCents;
    totals.expectedLossCents += renewal.expectedLossCents;
    totals.expansionValueCents += renewal.expansionValueCents;
  }
  return totals;
}

/** Sorts renewals by one of the three keys (or the combined priority), ties broken by days to renewal. */
export function sortRenewals(entries: readonly RenewalEntry[], sortBy: RenewalSort): RenewalEntry[] {
  const key = (entry: RenewalEntry) =>
    sortBy === 'risk' ? entry.expectedLossCents : sortBy === 'value' ? entry.arr.amountCents : sortBy === 'expansion' ? entry.expansionValueCents : entry.priorityCents;
  return [...entries].sort((left, right) => key(right) - key(left) || left.daysToRenewal - right.daysToRenewal || left.accountId.localeCompare(right.accountId));
}

function entryOf(account: AccountScoringData['accounts'][number], days: number, risk: AccountChurnRisk, expansionScore: number | null, expansionSignals: string[], qbrMs: number | null, nowMs: number, config: RenewalConfig): RenewalEntry {
  const arrCents = account.arr.amountCents;
  const urgency = clamp((config.urgencyHorizonDays - days) / config.urgencyHorizonDays, config.minimumUrgency, 1);
  const expansionValue = expansionValueCents(arrCents, expansionScore, config.upliftFactor);
  const priorityCents = Math.round(urgency * (risk.expectedLossCents + config.expansionWeight * expansionValue));
  const qbrInLastDays = qbrMs !== null && nowMs - qbrMs <= config.qbrLookbackDays * DAY_MS;
  const topRiskDrivers = risk.drivers.slice(0, 3).map((driver) => driver.reason);
  const forecast = forecastCheck(account.renewalForecast ?? null, days, config);
  const why = [
    `renews in ${days} days (${account.renewalDate})`,
    risk.healthScore === null ? 'health unknown' : `health ${risk.healthScore} (${risk.healthBand}), churn risk ${risk.riskBand}`,
    ...topRiskDrivers,
    ...(expansionScore === null ? [] : [`expansion score ${expansionScore}`, ...expansionSignals.slice(0, 2)]),
    qbrInLastDays ? `QBR held in the last ${config.qbrLookbackDays} days` : `no QBR in the last ${config.qbrLookbackDays} days`,
    ...(forecast.reason ? [forecast.reason] : []),
  ];
  return {
    accountId: account.id,
    accountName: account.name,
    renewalDate: account.renewalDate,
    daysToRenewal: days,
    arr: account.arr,
    urgency,
    expectedLossCents: risk.expectedLossCents,
    expectedLossMethod: risk.expectedLossMethod,
    expansionScore,
    expansionValueCents: expansionValue,
    priorityCents,
    healthScore: risk.healthScore,
    healthBand: risk.healthBand,
    riskBand: risk.riskBand,
    topRiskDrivers,
    expansionSignals,
    qbrInLastDays,
    lastQbrAt: qbrMs === null ? null : new Date(qbrMs).toISOString(),
    forecast,
    why,
  };
}

// Checkpoints: a forecast is required from 180 days out; from 90 days out it must be good or at_risk.
function forecastCheck(value: RenewalForecast | null, days: number, config: RenewalConfig): RenewalEntry['forecast'] {
  const required = days <= config.forecastDueDays;
  if (!required) return { value, required, needsAttention: false, reason: null };
  if (value === null) return { value, required, needsAttention: true, reason: `CSM renewal forecast missing (due from ${config.forecastDueDays} days out)` };
  if (value === 'monitor' && days <= config.monitorAllowedUntilDays) return { value, required, needsAttention: true, reason: `forecast "monitor" must become good or at risk by ${config.monitorAllowedUntilDays} days out` };
  return { value, required, needsAttention: false, reason: null };
}
