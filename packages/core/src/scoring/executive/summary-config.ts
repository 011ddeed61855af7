/**
 * Rules of the executive summary. Override any field per call.
 * Tiles: `direction` is `good` or `bad` when the relative change is at least `neutralChangeRate` (1 %)
 * and the metric has a good direction, else `neutral`.
 * Insights (each names its metric ids and values), ranked by strength = how many times the movement
 * exceeds its threshold (negative news × `negativeWeight` 1.2, so problems surface first):
 * - `slaMetricChange`: the SLA metric whose compliance moved most, if by ≥ `slaChangePoints` (0.02);
 * - `slaBelowTarget`: overall SLA compliance under its target (strength = gap / 0.02);
 * - `csatChange`: CSAT moved by ≥ `csatChangePoints` (0.02);
 * - `costPerTicketChange`: cost per ticket moved by ≥ `costChangeRate` (10 %);
 * - `volumeChange`: ticket volume moved by ≥ `volumeChangeRate` (15 %), neutral news;
 * - `aiImpact`: AI resolved any tickets (strength 1, +1 if the rate rose); `aiRoiNegative`: AI cost more
 *   than it saved (strength 2);
 * - `arrAtRisk`: ARR at risk was given and is above 0 (strength 1.5);
 * - `goalsOffTrack`: any goal off track (strength 1.5);
 * - level statements (strength 0.5) for volume, SLA and CSAT, used only to reach `minInsights` (3).
 * At most `maxInsights` (5); insights with strength below 1 only fill up to the minimum.
 * Actions (2–4): each insight maps to one action (see `ACTION_FOR_INSIGHT`); duplicates merge; when fewer
 * than 2 remain, `reviewSlaRisk` and `expandAiCoverage` are added as standing actions.
 */
export const DEFAULT_SUMMARY_CONFIG = {
  version: 'executive-summary/1',
  /** @default 0.01 */
  neutralChangeRate: 0.01,
  /** @default 0.02 */
  slaChangePoints: 0.02,
  /** @default 0.02 */
  csatChangePoints: 0.02,
  /** @default 0.1 */
  costChangeRate: 0.1,
  /** @default 0.15 */
  volumeChangeRate: 0.15,
  /** @default 1.2 */
  negativeWeight: 1.2,
  /** @default 3 */
  minInsights: 3,
  /** @default 5 */
  maxInsights: 5,
  /** @default 2 */
  minActions: 2,
  /** @default 4 */
  maxActions: 4,
};

export type SummaryConfig = typeof DEFAULT_SUMMARY_CONFIG;
