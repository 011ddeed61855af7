import { type AccountScoringData, indexAccountData } from './account-index.js';
import { type AccountChurnRisk, type ChurnRiskBand, type ChurnRiskOptions, rankChurnRisk } from './churn-risk.js';
import { scorePortfolioHealth } from './portfolio-health.js';
import type { HealthBand } from './types.js';

/** Roll-up settings. */
export interface ArrAtRiskConfig {
  /** Stage 0: share of a Yellow account's ARR counted at risk (Red counts fully). @default 0.3 */
  yellowShare: number;
  /** How many accounts to list by expected loss. @default 10 */
  topCount: number;
}

export const DEFAULT_ARR_AT_RISK_CONFIG: ArrAtRiskConfig = { yellowShare: 0.3, topCount: 10 };

export interface BandTotal {
  accountCount: number;
  arrCents: number;
}

/** The CEO's portfolio view of churn risk (SCORING §2.2 "Portfolio roll-up"), in one currency. */
export interface ArrAtRiskSummary {
  method: 'heuristic' | 'model';
  /** How the figure was computed, to print beside it. */
  methodNote: string;
  currency: string;
  arrAtRiskCents: number;
  /** The same figure on the data as of about a month ago; null when no account had a previous assessment. */
  previousArrAtRiskCents: number | null;
  changeCents: number | null;
  totalArrCents: number;
  byRiskBand: Record<ChurnRiskBand, BandTotal>;
  byHealthBand: Record<HealthBand, BandTotal>;
  topExpectedLoss: { accountId: string; accountName: string; arrCents: number; expectedLossCents: number; riskBand: ChurnRiskBand; probability: number | null; topDriver: string | null }[];
  /** Accounts billed in another currency are left out of the sums. */
  excludedOtherCurrency: { accountCount: number; currencies: string[] };
}

/**
 * Sums ARR at risk: Stage 0 (heuristic) `ARR(Red) + 0.3 · ARR(Yellow)`; Stage 1 (model) `Σ ARR·p`.
 * Also counts and ARR by band, the top accounts by expected loss and the change against last month.
 */
export function summarizeArrAtRisk(risks: readonly AccountChurnRisk[], currency: string, overrides: Partial<ArrAtRiskConfig> = {}): ArrAtRiskSummary {
  const config = { ...DEFAULT_ARR_AT_RISK_CONFIG, ...overrides };
  const method = risks.some((risk) => risk.stage === 1) ? 'model' : 'heuristic';
  const byRiskBand = emptyTotals(['high', 'medium', 'low', 'insufficient_data'] as const);
  const byHealthBand = emptyTotals(['red', 'yellow', 'green', 'insufficient_data'] as const);
  const others = new Set<string>();
  let excluded = 0;
  let arrAtRiskCents = 0;
  let previousArrAtRiskCents = 0;
  let anyPrevious = false;
  let totalArrCents = 0;
  const included: AccountChurnRisk[] = [];
  for (const risk of risks) {
    if (risk.arr.currency !== currency) {
      excluded += 1;
      others.add(risk.arr.currency);
      continue;
    }
    const arr = risk.arr.amountCents;
    included.push(risk);
    totalArrCents += arr;
    add(byRiskBand[risk.riskBand], arr);
    add(byHealthBand[risk.healthBand], arr);
    arrAtRiskCents += atRisk(method, arr, risk.healthBand, risk.probability, config.yellowShare);
    if (risk.previous) {
      anyPrevious = true;
      previousArrAtRiskCents += atRisk(method, arr, risk.previous.healthBand, risk.previous.probability, config.yellowShare);
    }
  }
  const topExpectedLoss = included
    .filter((risk) => risk.expectedLossCents > 0)
    .sort((left, right) => right.expectedLossCents - left.expectedLossCents || left.accountId.localeCompare(right.accountId))
    .slice(0, config.topCount)
    .map((risk) => ({ accountId: risk.accountId, accountName: risk.accountName, arrCents: risk.arr.amountCents, expectedLossCents: risk.expectedLossCents, riskBand: risk.riskBand, probability: risk.probability, topDriver: risk.drivers[0]?.reason ?? null }));
  const previous = anyPrevious ? Math.round(previousArrAtRiskCents) : null;
  const rounded = Math.round(arrAtRiskCents);
  return {
    method,
    methodNote:
      method === 'model'
        ? 'Model: sum of ARR × churn probability'
        : `Heuristic: ARR of Red accounts + ${config.yellowShare} × ARR of Yellow accounts; expected loss per account is (100 − health)/100 × 0.5 × ARR`,
    currency,
    arrAtRiskCents: rounded,
    previousArrAtRiskCents: previous,
    changeCents: previous === null ? null : rounded - previous,
    totalArrCents,
    byRiskBand,
    byHealthBand,
    topExpectedLoss,
    excludedOtherCurrency: { accountCount: excluded, currencies: [...others].sort() },
  };
}

/**
 * Churn risk for the portfolio and its ARR roll-up in the settings' currency. Without a precomputed `health`,
 * every account is scored without sentences and only the top accounts by expected loss are explained.
 */
export function arrAtRisk(data: AccountScoringData, now: Date, options: ChurnRiskOptions & { rollUp?: Partial<ArrAtRiskConfig>; currency?: string } = {}): ArrAtRiskSummary {
  const currency = options.currency ?? data.settings.costs.currency;
  if (options.health) return summarizeArrAtRisk(rankChurnRisk(data, now, options).accounts, currency, options.rollUp);
  const index = options.index ?? indexAccountData(data);
  const lean = scorePortfolioHealth(data, now, { config: options.healthConfig, index, explain: false });
  const summary = summarizeArrAtRisk(rankChurnRisk(data, now, { ...options, health: lean, index }).accounts, currency, options.rollUp);
  // Explain only the accounts the summary names, against the same portfolio references.
  const named = summary.topExpectedLoss.map((entry) => entry.accountId);
  const explained = scorePortfolioHealth(data, now, { config: options.healthConfig, index, accountIds: named, context: lean.context });
  const reasons = new Map(rankChurnRisk(data, now, { ...options, health: explained, index }).accounts.map((risk) => [risk.accountId, risk.drivers[0]?.reason ?? null]));
  for (const entry of summary.topExpectedLoss) entry.topDriver = reasons.get(entry.accountId) ?? null;
  return summary;
}

function atRisk(method: 'heuristic' | 'model', arrCents: number, band: HealthBand, probability: number | null, yellowShare: number): number {
  if (method === 'model') return arrCents * (probability ?? 0);
  return band === 'red' ? arrCents : band === 'yellow' ? yellowShare * arrCents : 0;
}

function emptyTotals<Key extends string>(keys: readonly Key[]): Record<Key, BandTotal> {
  return Object.fromEntries(keys.map((key) => [key, { accountCount: 0, arrCents: 0 }])) as Record<Key, BandTotal>;
}

function add(total: BandTotal, arrCents: number): void {
  total.accountCount += 1;
  total.arrCents += arrCents;
}
