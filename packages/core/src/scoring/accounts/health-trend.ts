import type { HealthConfig } from './health-config.js';
import type { HealthBand, TrendArrow } from './types.js';

/** How an account's health moved since `lookbackDays` ago (SCORING §1.2 "Trend and declining"). */
export interface HealthTrend {
  lookbackDays: number;
  previousAsOf: string;
  previousScore: number | null;
  previousBand: HealthBand | null;
  /** `H_now − H_then`; null when either is unknown. */
  deltaPoints: number | null;
  arrow: TrendArrow | null;
  /** Both scores rest on enough data (neither band is `insufficient_data`), so Δ can raise an alert. */
  comparable: boolean;
  /** Δ ≤ −10 (when comparable) or a band downgrade. */
  declining: boolean;
  reasons: string[];
  deadBandPoints: number;
  decliningDeltaPoints: number;
}

const BAND_RANK: Partial<Record<HealthBand, number>> = { red: 0, yellow: 1, green: 2 };

/** Whether the band fell (green → yellow/red, yellow → red); moves into or out of `insufficient_data` are not downgrades. */
export function isBandDowngrade(previous: HealthBand | null, current: HealthBand): boolean {
  const before = previous === null ? undefined : BAND_RANK[previous];
  const after = BAND_RANK[current];
  return before !== undefined && after !== undefined && after < before;
}

/** The arrow for a change: up at ≥ +deadBand, down at ≤ −deadBand, flat between. */
export function trendArrowOf(deltaPoints: number, deadBandPoints: number): TrendArrow {
  return deltaPoints >= deadBandPoints ? 'up' : deltaPoints <= -deadBandPoints ? 'down' : 'flat';
}

/** Compares today's score and band with the ones computed on the data as of `previousAsOf`. */
export function healthTrendOf(
  current: { score: number | null; band: HealthBand },
  previous: { score: number | null; band: HealthBand } | null,
  previousAsOf: string,
  config: Pick<HealthConfig, 'trend'>,
): HealthTrend {
  const { lookbackDays, deadBandPoints, decliningDeltaPoints } = config.trend;
  const previousScore = previous?.score ?? null;
  const deltaPoints = current.score === null || previousScore === null ? null : current.score - previousScore;
  const downgrade = isBandDowngrade(previous?.band ?? null, current.band);
  // On thin data a swing is noise, so Δ alone raises no alert.
  const comparable = previous !== null && previous.band !== 'insufficient_data' && current.band !== 'insufficient_data';
  const reasons: string[] = [];
  if (comparable && deltaPoints !== null && deltaPoints <= decliningDeltaPoints) reasons.push(`health fell ${-deltaPoints} points in ${lookbackDays} days (${previousScore} → ${current.score})`);
  if (downgrade) reasons.push(`band fell from ${previous!.band} to ${current.band}`);
  return {
    lookbackDays,
    previousAsOf,
    previousScore,
    previousBand: previous?.band ?? null,
    deltaPoints,
    arrow: deltaPoints === null ? null : trendArrowOf(deltaPoints, deadBandPoints),
    comparable,
    declining: reasons.length > 0,
    reasons,
    deadBandPoints,
    decliningDeltaPoints,
  };
}
