/**
 * Defaults of the performance trends (intent `trends.performance`). Override any field per call.
 * - A ticket is escalated when `escalated` is true or it carries one of `escalationTags`; it is placed in
 *   the week it was created (tickets record no escalation instant).
 * - Direction: `rising` when the Theil–Sen slope over whole weeks is positive and Kendall's τ ≥
 *   `trendTauThreshold` (0.3), `falling` for the mirror case, else `flat`.
 * - Growing categories: ranked by the rise in tickets from the previous period, then the relative rise.
 * - Root causes: categories and tags whose share of escalations grew most from the previous period,
 *   among those with at least `rootCauseMinEscalations` (3) escalations now; escalation tags excluded.
 */
export const DEFAULT_TRENDS_CONFIG = {
  version: 'trends/1',
  /** 13 weeks ("last 3 months"). @default 91 */
  defaultPeriodDays: 91,
  /** @default ['escalated', 'escalation'] */
  escalationTags: ['escalated', 'escalation'] as readonly string[],
  /** Categories in the weekly matrix; the rest are summed as `other`. @default 8 */
  weeklyCategories: 8,
  /** @default 5 */
  growthLimit: 5,
  /** @default 5 */
  rootCauseLimit: 5,
  /** @default 3 */
  rootCauseMinEscalations: 3,
  /** @default 0.3 */
  trendTauThreshold: 0.3,
};

export type TrendsConfig = typeof DEFAULT_TRENDS_CONFIG;
