import { type AccountDataIndex, type AccountScoringData, indexAccountData } from './account-index.js';
import { type CrossSellOpportunity, crossSellWhitespace, lookAlikeAdoptionOf } from './cross-sell.js';
import { type ExpansionConfigOverrides, resolveExpansionConfig } from './expansion-config.js';
import { type ExpansionAssessment, scoreExpansion } from './expansion-score.js';
import type { HealthConfigOverrides } from './health-config.js';
import { type PortfolioHealth, scorePortfolioHealth } from './portfolio-health.js';

export interface ExpansionOptions {
  config?: ExpansionConfigOverrides;
  healthConfig?: HealthConfigOverrides;
  /** Health already computed for the same data and date. */
  health?: PortfolioHealth;
  index?: AccountDataIndex;
}

/** Upsell and cross-sell opportunities of the portfolio (SCORING §7.2). */
export interface ExpansionOpportunities {
  configVersion: string;
  asOf: string;
  /** Every account's assessment, eligible or not, in portfolio order. */
  accounts: ExpansionAssessment[];
  /** Eligible accounts (health ≥ 60), highest expansion score first. */
  upsell: ExpansionAssessment[];
  csqlCount: number;
  /** Whitespace of eligible accounts, best-ranked first. */
  crossSell: CrossSellOpportunity[];
}

/** Scores expansion for every account and ranks upsell and cross-sell opportunities; red accounts get none. */
export function findExpansionOpportunities(data: AccountScoringData, now: Date, options: ExpansionOptions = {}): ExpansionOpportunities {
  const config = resolveExpansionConfig(options.config);
  const index = options.index ?? indexAccountData(data);
  const health = options.health ?? scorePortfolioHealth(data, now, { config: options.healthConfig, index });
  const nowMs = now.getTime();
  const adoption = lookAlikeAdoptionOf(index.accounts);
  const catalogue = data.settings.productCatalogue ?? [];
  const accounts: ExpansionAssessment[] = [];
  const crossSell: CrossSellOpportunity[] = [];
  for (const report of health.accounts) {
    const slices = index.byAccountId.get(report.accountId);
    if (!slices) continue;
    const assessment = scoreExpansion(slices, report, nowMs, data.settings, config);
    accounts.push(assessment);
    if (assessment.eligible) crossSell.push(...crossSellWhitespace(slices, catalogue, adoption, nowMs, config.crossSell));
  }
  const upsell = accounts.filter((assessment) => assessment.eligible).sort((left, right) => (right.score ?? 0) - (left.score ?? 0) || left.accountId.localeCompare(right.accountId));
  crossSell.sort((left, right) => right.rankScore - left.rankScore || right.ticketMentions - left.ticketMentions || left.accountId.localeCompare(right.accountId) || left.product.localeCompare(right.product));
  return { configVersion: config.version, asOf: now.toISOString(), accounts, upsell, csqlCount: upsell.filter((assessment) => assessment.csql).length, crossSell };
}
