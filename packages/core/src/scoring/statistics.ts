/** Small, well-known statistics the scores are built from. Pure; inputs are plain numbers. */

/** Median (mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** Quantile by linear interpolation between closest ranks (type 7, as R and NumPy); null for no values. */
export function quantile(values: readonly number[], probability: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((left, right) => left - right);
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, probability));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((total, value) => total + value, 0) / values.length;
}

/** Population standard deviation; null for no values. */
export function standardDeviation(values: readonly number[]): number | null {
  const average = mean(values);
  if (average === null) return null;
  return Math.sqrt(values.reduce((total, value) => total + (value - average) ** 2, 0) / values.length);
}

/**
 * Wilson score interval of a proportion (95 % with z = 1.96): the lower bound ranks small samples
 * conservatively (8/10 → 0.49, 80/100 → 0.71; Evan Miller, "How Not To Sort By Average Rating").
 */
export function wilsonInterval(successes: number, total: number, z = 1.96): { lower: number; upper: number } | null {
  if (total <= 0) return null;
  const phat = successes / total;
  const denominator = 1 + (z * z) / total;
  const centre = phat + (z * z) / (2 * total);
  const margin = z * Math.sqrt((phat * (1 - phat) + (z * z) / (4 * total)) / total);
  return { lower: (centre - margin) / denominator, upper: (centre + margin) / denominator };
}

/** Bayesian shrinkage of a rate toward a prior: `(successes + m·prior) / (total + m)` (SCORING §3.2). */
export function shrunkRate(successes: number, total: number, prior: number, strength = 10): number {
  return (successes + strength * prior) / (total + strength);
}

/** Theil–Sen slope: the median of the slopes between every pair of points; null with fewer than 2 points. */
export function theilSenSlope(values: readonly number[]): number | null {
  const slopes: number[] = [];
  for (let left = 0; left < values.length; left += 1) {
    for (let right = left + 1; right < values.length; right += 1) slopes.push((values[right]! - values[left]!) / (right - left));
  }
  return median(slopes);
}

/** Kendall's τ between the values and their order in time (Mann–Kendall trend); null with fewer than 2 points. */
export function kendallTau(values: readonly number[]): number | null {
  const count = values.length;
  if (count < 2) return null;
  let concordance = 0;
  for (let left = 0; left < count; left += 1) {
    for (let right = left + 1; right < count; right += 1) concordance += Math.sign(values[right]! - values[left]!);
  }
  return concordance / ((count * (count - 1)) / 2);
}

/** Piecewise-linear score 0–100 between a poor and a good threshold (either direction; SCORING §1.2). */
export function linearScore(value: number, poor: number, good: number): number {
  if (good === poor) return value >= good ? 100 : 0;
  return 100 * Math.min(1, Math.max(0, (value - poor) / (good - poor)));
}

/** Percentile rank (0–100) of a value among values: the share at or below it, ties counted half. */
export function percentileRank(value: number, values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const other of values) {
    if (other < value) below += 1;
    else if (other === value) equal += 1;
  }
  return (100 * (below + equal / 2)) / values.length;
}
