/**
 * Rules of the goal status (executive OKR view). Override any field per call.
 * 1. No current value → `no_data`. 2. Target reached → `on_track`. 3. Due date passed → `off_track`.
 * 4. Otherwise by progress from baseline to target: ≥ `onTrackProgress` (0.7) `on_track`, ≥
 *    `atRiskProgress` (0.3) `at_risk`, else `off_track`; without a baseline to measure from, `at_risk`.
 * 5. When the metric moved away from the target since the previous period, one level down
 *    (`downgradeWhenWorsening`).
 * The baseline is the goal's own, else the previous period's value.
 */
export const DEFAULT_GOALS_CONFIG = {
  version: 'goals/1',
  /** @default 0.7 */
  onTrackProgress: 0.7,
  /** @default 0.3 */
  atRiskProgress: 0.3,
  /** @default true */
  downgradeWhenWorsening: true,
};

export type GoalsConfig = typeof DEFAULT_GOALS_CONFIG;
