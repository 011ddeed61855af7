/** Period-over-period change of a value. */
export interface MetricChange {
  /** `current − previous`; null when either is missing. */
  absolute: number | null;
  /** `(current − previous) / |previous|`; null when either is missing or previous is 0. */
  relative: number | null;
}

export function changeBetween(current: number | null, previous: number | null): MetricChange {
  if (current === null || previous === null) return { absolute: null, relative: null };
  const absolute = current - previous;
  return { absolute, relative: previous === 0 ? null : absolute / Math.abs(previous) };
}

/** `numerator / denominator`, or null when the denominator is 0 or either is missing. */
export function ratioOrNull(numerator: number | null, denominator: number | null): number | null {
  return numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;
}

export function percentOf(rate: number): number {
  return Math.round(rate * 100);
}

/** Cents as a decimal amount with its currency for explanation sentences: `1240.5 USD`. */
export function moneyOf(cents: number, currency: string): string {
  return `${(Math.round(cents) / 100).toFixed(2)} ${currency}`;
}
