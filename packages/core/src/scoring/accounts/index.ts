/** Account analytics (SCORING §1, §2, §7, NPS): health, declining adoption, churn risk, renewals, expansion, reviews, NPS. */
export type { HealthBand, MetricMeasurement, MoneyCents, ScoreComponent, ScoreDriver, ScoreThresholds, TrendArrow, WeightedScoreInput } from './types.js';
export {
  DEFAULT_HEALTH_CONFIG,
  DEFAULT_HEALTH_METRICS,
  HEALTH_DIMENSIONS,
  HEALTH_METRIC_KEYS,
  resolveHealthConfig,
  type HealthConfig,
  type HealthConfigOverrides,
  type HealthDimension,
  type HealthMetricKey,
  type HealthMetricSpec,
  type HealthMetricSpecs,
} from './health-config.js';
export { combineHealthScores, combineWeightedScores, healthBandOf, type HealthScoreSummary, type WeightedScore } from './combine-scores.js';
export { indexAccountData, type AccountDataIndex, type AccountScoringData, type AccountSlices } from './account-index.js';
export { weekEndsOf, weeklyUsage, type WeeklyUsage } from './weekly-usage.js';
export { measureAccount, scoreMeasuredAccount, type AccountHealth, type AccountMeasurements, type DimensionScore } from './account-health.js';
export { activeUsersInWindow, healthContextAt, type HealthContext } from './health-context.js';
export { healthTrendOf, isBandDowngrade, trendArrowOf, type HealthTrend } from './health-trend.js';
export { scoreAccountHealth, scorePortfolioHealth, type AccountHealthReport, type PortfolioHealth, type PortfolioHealthOptions } from './portfolio-health.js';
export {
  adoptionWeeksOf,
  assessAccountAdoption,
  assessAdoptionTrend,
  DEFAULT_ADOPTION_DECLINE_CONFIG,
  findDecliningAdoption,
  isAdoptionFlagged,
  type AccountAdoptionDecline,
  type AdoptionDeclineConfig,
  type AdoptionTrend,
  type FeatureDecline,
} from './declining-adoption.js';
export { LogisticModelSchema, parseLogisticModel, scoreLogisticModel, type FeatureContribution, type LogisticModel, type LogisticScore } from './logistic-model.js';
export { CHURN_FEATURE_NAMES, churnFeaturesOf, type ChurnFeatureName } from './churn-features.js';
export {
  assessChurnRisk,
  churnBandCounts,
  compareRisk,
  DEFAULT_CHURN_RISK_CONFIG,
  rankChurnRisk,
  type AccountChurnRisk,
  type ChurnDriver,
  type ChurnRiskBand,
  type ChurnRiskConfig,
  type ChurnRiskOptions,
} from './churn-risk.js';
export { topAccountsByArr, type TopAccountsByArr } from './high-value-accounts.js';
export { openTicketCounts, ticketsByAccount, type AccountTickets } from './account-tickets.js';
export {
  DEFAULT_PRIORITY_ACCOUNTS_CONFIG,
  priorityCandidates,
  rankPriorityAccounts,
  type PriorityAccount,
  type PriorityAccountsConfig,
  type PriorityCandidates,
  type PriorityReasonKind,
  type PriorityTicketState,
} from './priority-accounts.js';
export { arrAtRisk, DEFAULT_ARR_AT_RISK_CONFIG, summarizeArrAtRisk, type ArrAtRiskConfig, type ArrAtRiskSummary, type BandTotal } from './arr-at-risk.js';
export {
  DEFAULT_EXPANSION_CONFIG,
  EXPANSION_SIGNAL_KEYS,
  resolveExpansionConfig,
  type ExpansionConfig,
  type ExpansionConfigOverrides,
  type ExpansionSignalKey,
  type ExpansionSignalSpec,
} from './expansion-config.js';
export { premiumPullOf, scoreExpansion, type ExpansionAssessment, type PremiumPull } from './expansion-score.js';
export { crossSellWhitespace, lookAlikeAdoptionOf, type CrossSellOpportunity, type LookAlikeAdoption } from './cross-sell.js';
export { findExpansionOpportunities, type ExpansionOpportunities, type ExpansionOptions } from './expansion-opportunities.js';
export { DEFAULT_RENEWAL_CONFIG, expansionValueCents, renewalTotals, renewsWithin, sortRenewals, upcomingRenewals, type RenewalConfig, type RenewalEntry, type RenewalOptions, type RenewalSort } from './renewals.js';
export { proposeReviewSlots, type ReviewSlot, type ReviewSlotOptions } from './review-slots.js';
export { reviewAgendaOf, supportSummaryOf, type AgendaItem, type SupportSummary } from './business-review-agenda.js';
export {
  businessReviewCandidates,
  DEFAULT_BUSINESS_REVIEW_CONFIG,
  type BusinessReviewCandidate,
  type BusinessReviewConfig,
  type BusinessReviewOptions,
  type ReviewReasonKind,
} from './business-reviews.js';
export { compileThemeLexicon, DEFAULT_NPS_THEME_LEXICON, themesOf, type NpsThemeDefinition, type NpsThemeLexicon } from './nps-themes.js';
export { NPS_SUMMARY_VERSION, npsCountsOf, summarizeNps, type NpsCounts, type NpsSummary, type NpsSummaryOptions, type NpsThemeSummary } from './nps-summary.js';
export { latestNpsPerContact, npsCategoryOf, type NpsCategory } from './relationship-metrics.js';
