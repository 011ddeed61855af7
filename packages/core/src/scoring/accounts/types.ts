/** Shared shapes of the account scores' explanations (SCORING §1, §2, §7). */

/** Health bands: Red < 50 ≤ Yellow < 75 ≤ Green; `insufficient_data` when coverage is under the floor. */
export type HealthBand = 'red' | 'yellow' | 'green' | 'insufficient_data';

/** The trend arrow of a score against its value a lookback ago (±3-point dead-band by default). */
export type TrendArrow = 'up' | 'down' | 'flat';

/** Poor and good thresholds of a piecewise-linear score; `good < poor` means lower is better. */
export interface ScoreThresholds {
  poor: number;
  good: number;
}

/** One input to a weighted score, before combining: its sub-score (0–100) or null when there is no data. */
export interface WeightedScoreInput {
  key: string;
  /** Human-readable name used in reasons, e.g. "Support CSAT". */
  label: string;
  weight: number;
  score: number | null;
  /** The measured value the sub-score came from, in `unit`. */
  rawValue?: number | null;
  /** What `rawValue` counts: `rate` (0–1), `ratio`, `count`, `days`, `percentPerWeek`, `score` (0–100) … */
  unit?: string;
  thresholds?: ScoreThresholds | null;
  /** A disqualifying fact: at 0 it caps the total (SCORING §1.2 critical cap). */
  critical?: boolean;
  /** A sentence saying what was measured, e.g. "62 of 120 seats active in the last 28 days". */
  detail?: string | null;
}

/** One combined input with its share of the result: `pointsLost = (100 − score) · weight / Σ present weights`. */
export interface ScoreComponent {
  key: string;
  label: string;
  weight: number;
  score: number | null;
  rawValue: number | null;
  unit: string | null;
  thresholds: ScoreThresholds | null;
  present: boolean;
  critical: boolean;
  /** Points of the total this component costs; 0 when absent. */
  pointsLost: number;
  detail: string | null;
}

/** A reason the score is not 100 (or a flag that forced it down), largest first. */
export interface ScoreDriver {
  key: string;
  reason: string;
  pointsLost: number;
  rawValue: number | null;
  score: number | null;
  critical: boolean;
}

/** Money as integer cents of one currency. */
export interface MoneyCents {
  amountCents: number;
  currency: string;
}

/** A metric as measured for one account: the raw value, and for categorical metrics their score already. */
export interface MetricMeasurement {
  rawValue: number | null;
  unit: string;
  /** Set for categorical metrics (the category's score); null for linear metrics, scored from `rawValue`. */
  categoryScore: number | null;
  critical: boolean;
  detail: string | null;
}

/**
 * A measurement, always built here so every one has the same shape (the scorer reads thousands of them,
 * and objects of one shape are read fastest).
 */
export function measurement(rawValue: number | null, unit: string, detail: string | null, categoryScore: number | null = null, critical = false): MetricMeasurement {
  return { rawValue, unit, categoryScore, critical, detail };
}

/** A metric with no data: left out of the weighted mean, lowering coverage. */
export function missingMeasurement(unit: string, detail: string | null = null): MetricMeasurement {
  return measurement(null, unit, detail);
}
