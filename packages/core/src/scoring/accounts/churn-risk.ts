import type { Account } from '../../contracts/account.js';
import type { AccountHealth } from './account-health.js';
import { type AccountScoringData, indexAccountData, type AccountDataIndex } from './account-index.js';
import { churnFeaturesOf } from './churn-features.js';
import type { HealthConfigOverrides } from './health-config.js';
import { type LogisticModel, type LogisticScore, scoreLogisticModel } from './logistic-model.js';
import { type AccountHealthReport, type PortfolioHealth, scorePortfolioHealth } from './portfolio-health.js';
import { roundTo } from './time-windows.js';
import type { HealthBand, MoneyCents } from './types.js';

export type ChurnRiskBand = 'high' | 'medium' | 'low' | 'insufficient_data';

/** Churn-risk settings: Stage 0 (from health) unless a trained `logisticModel` is given (Stage 1). */
export interface ChurnRiskConfig {
  version: string;
  /** Stage 1 model (SCORING §2.2); null keeps Stage 0: rank and band only, no probability. */
  logisticModel: LogisticModel | null;
  /** Stage 1 bands: High at p ≥ `high`, Medium at p ≥ `medium`. @default { high: 0.3, medium: 0.1 } */
  probabilityBands: { high: number; medium: number };
  /** Stage 0 expected loss: `(100 − H)/100 · factor · ARR` (SCORING §7.2). @default 0.5 */
  stageZeroLossFactor: number;
  /** Extra model features the host computes, merged over the built-in ones. */
  extraFeatures?: (account: Account, health: AccountHealth) => Record<string, number | null>;
}

export const DEFAULT_CHURN_RISK_CONFIG: ChurnRiskConfig = { version: 'churn-2026.1', logisticModel: null, probabilityBands: { high: 0.3, medium: 0.1 }, stageZeroLossFactor: 0.5 };

export interface ChurnDriver {
  key: string;
  reason: string;
  critical: boolean;
  /** Stage 0: the health points this costs. */
  pointsLost: number | null;
  /** Stage 1: the log-odds it adds and `e^contribution`. */
  contribution: number | null;
  oddsMultiplier: number | null;
}

/** One account's churn risk with its drivers; `probability` only in Stage 1. */
export interface AccountChurnRisk {
  accountId: string;
  accountName: string;
  arr: MoneyCents;
  stage: 0 | 1;
  /** 0–100: `100 − H` in Stage 0 (null on insufficient data), `100·p` in Stage 1. */
  riskScore: number | null;
  riskBand: ChurnRiskBand;
  probability: number | null;
  expectedLossCents: number;
  expectedLossMethod: 'heuristic' | 'model';
  healthScore: number | null;
  healthBand: HealthBand;
  criticalFlags: string[];
  drivers: ChurnDriver[];
  protectiveFactor: ChurnDriver | null;
  model: LogisticScore | null;
  /** The same assessment on the data as of the health lookback (about a month ago). */
  previous: { riskScore: number | null; riskBand: ChurnRiskBand; healthBand: HealthBand; probability: number | null; expectedLossCents: number } | null;
  configVersion: string;
  healthConfigVersion: string;
}

/** Churn risk of one account from its health report (SCORING §2.2). */
export function assessChurnRisk(account: Account, report: AccountHealthReport, config: ChurnRiskConfig = DEFAULT_CHURN_RISK_CONFIG): AccountChurnRisk {
  const current = assessAt(account, report, config);
  const previous = report.previous ? assessAt(account, report.previous, config) : null;
  return {
    accountId: account.id,
    accountName: account.name,
    arr: account.arr,
    stage: current.stage,
    riskScore: current.riskScore,
    riskBand: current.riskBand,
    probability: current.probability,
    expectedLossCents: current.expectedLossCents,
    expectedLossMethod: current.stage === 0 ? 'heuristic' : 'model',
    healthScore: report.score,
    healthBand: report.band,
    criticalFlags: report.criticalFlags,
    drivers: current.drivers,
    protectiveFactor: current.protectiveFactor,
    model: current.model,
    previous: previous && { riskScore: previous.riskScore, riskBand: previous.riskBand, healthBand: report.previous!.band, probability: previous.probability, expectedLossCents: previous.expectedLossCents },
    configVersion: config.version,
    healthConfigVersion: report.configVersion,
  };
}

type StageAssessment = Pick<AccountChurnRisk, 'stage' | 'riskScore' | 'riskBand' | 'probability' | 'expectedLossCents' | 'drivers' | 'protectiveFactor' | 'model'>;

// Stage 0 ranks by 100 − H; Stage 1 scores the model. Critical flags lead the drivers and force High in both.
function assessAt(account: Account, health: AccountHealth, config: ChurnRiskConfig): StageAssessment {
  const critical = health.criticalFlags.length > 0;
  const arrCents = account.arr.amountCents;
  const criticalDrivers: ChurnDriver[] = [];
  const healthDrivers: ChurnDriver[] = [];
  for (const driver of health.drivers) {
    const isFlag = driver.critical && driver.score === 0;
    (isFlag ? criticalDrivers : healthDrivers).push({ key: driver.key, reason: driver.reason, critical: isFlag, pointsLost: driver.pointsLost, contribution: null, oddsMultiplier: null });
  }
  if (!config.logisticModel) {
    const riskBand: ChurnRiskBand = critical ? 'high' : health.band === 'insufficient_data' ? 'insufficient_data' : health.band === 'red' ? 'high' : health.band === 'yellow' ? 'medium' : 'low';
    // Unknown health counts as the midpoint 50, so thin data neither hides nor inflates the loss.
    const lossHealth = riskBand === 'insufficient_data' ? 50 : (health.score ?? 50);
    return {
      stage: 0,
      riskScore: riskBand === 'insufficient_data' || health.score === null ? null : 100 - health.score,
      riskBand,
      probability: null,
      expectedLossCents: Math.round(((100 - lossHealth) / 100) * config.stageZeroLossFactor * arrCents),
      drivers: criticalDrivers.concat(healthDrivers),
      protectiveFactor: null,
      model: null,
    };
  }
  const features: Record<string, number | null> = churnFeaturesOf(account, health);
  if (config.extraFeatures) Object.assign(features, config.extraFeatures(account, health));
  const model = scoreLogisticModel(config.logisticModel, features);
  const { high, medium } = config.probabilityBands;
  return {
    stage: 1,
    riskScore: Math.round(100 * model.probability),
    riskBand: critical || model.probability >= high ? 'high' : model.probability >= medium ? 'medium' : 'low',
    probability: model.probability,
    expectedLossCents: Math.round(model.probability * arrCents),
    drivers: criticalDrivers.concat(model.riskDrivers.map((entry) => modelDriver(entry, 'raises'))),
    protectiveFactor: model.protectiveFactor && modelDriver(model.protectiveFactor, 'lowers'),
    model,
  };
}

function modelDriver(entry: LogisticScore['contributions'][number], direction: 'raises' | 'lowers'): ChurnDriver {
  const value = entry.value === null ? 'unknown' : String(roundTo(entry.value, 2));
  return {
    key: entry.feature,
    reason: `${entry.feature} = ${value} ${direction} the odds of churn ×${roundTo(entry.oddsMultiplier, 2)}`,
    critical: false,
    pointsLost: null,
    contribution: entry.contribution,
    oddsMultiplier: entry.oddsMultiplier,
  };
}

export interface ChurnRiskOptions {
  config?: Partial<ChurnRiskConfig>;
  healthConfig?: HealthConfigOverrides;
  /** Health already computed for the same data and date, to avoid recomputing it. */
  health?: PortfolioHealth;
  index?: AccountDataIndex;
}

/** Every account's churn risk, highest first (SCORING §2.2); Stage 0 shows rank and band only. */
export function rankChurnRisk(data: AccountScoringData, now: Date, options: ChurnRiskOptions = {}): { stage: 0 | 1; configVersion: string; asOf: string; accounts: AccountChurnRisk[] } {
  const config = { ...DEFAULT_CHURN_RISK_CONFIG, ...options.config };
  const index = options.index ?? indexAccountData(data);
  const health = options.health ?? scorePortfolioHealth(data, now, { config: options.healthConfig, index });
  const accounts: AccountChurnRisk[] = [];
  for (const report of health.accounts) {
    const slices = index.byAccountId.get(report.accountId);
    if (slices) accounts.push(assessChurnRisk(slices.account, report, config));
  }
  accounts.sort(compareRisk);
  return { stage: config.logisticModel ? 1 : 0, configVersion: config.version, asOf: now.toISOString(), accounts };
}

/** How many accounts fall in each churn-risk band. */
export function churnBandCounts(risks: readonly Pick<AccountChurnRisk, 'riskBand'>[]): Record<ChurnRiskBand, number> {
  const counts: Record<ChurnRiskBand, number> = { high: 0, medium: 0, low: 0, insufficient_data: 0 };
  for (const risk of risks) counts[risk.riskBand] += 1;
  return counts;
}

const RISK_BAND_RANK: Record<ChurnRiskBand, number> = { high: 3, medium: 2, low: 1, insufficient_data: 0 };

/** High band first (a critical flag outranks a lower score), then risk score, then ARR. */
export function compareRisk(left: AccountChurnRisk, right: AccountChurnRisk): number {
  return (
    RISK_BAND_RANK[right.riskBand] - RISK_BAND_RANK[left.riskBand] ||
    (right.riskScore ?? -1) - (left.riskScore ?? -1) ||
    right.arr.amountCents - left.arr.amountCents ||
    left.accountId.localeCompare(right.accountId)
  );
}
