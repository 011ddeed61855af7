/** Counts behind a rate: `rate = successes / total` (null for no total). */
export interface RateCounts {
  successes: number;
  total: number;
  rate: number | null;
}
