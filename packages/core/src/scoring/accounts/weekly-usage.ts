import type { IndexedUsage } from './account-index.js';
import { WEEK_MS } from './time-windows.js';

/** An account's usage in weekly buckets ending at `asOf`, oldest first; null marks a week with no snapshot. */
export interface WeeklyUsage {
  /** Weekly active users: the largest snapshot count in the week (daily snapshots can't be unioned). */
  activeUsers: (number | null)[];
  /** Licensed seats of the week's latest snapshot. */
  licences: (number | null)[];
  /** Uses per feature per week, summed over the week's snapshots; 0 in a week with data but no use. */
  featureUses: Record<string, (number | null)[]>;
}

/**
 * Buckets snapshots into `weeks` weeks ending at `asOfMs`: a snapshot belongs to the week its last day
 * falls in (`⌊(asOf − end)/7 d⌋` weeks ago); snapshots whose last day is after `asOf` are not known yet.
 * `withFeatures` false leaves `featureUses` empty (the health score doesn't need it).
 */
export function weeklyUsage(usage: readonly IndexedUsage[], asOfMs: number, weeks = 12, withFeatures = true): WeeklyUsage {
  const activeUsers = new Array<number | null>(weeks).fill(null);
  const licences = new Array<number | null>(weeks).fill(null);
  const sums = new Map<string, number[]>();
  // Oldest first, so the last snapshot seen in a week is its latest.
  for (const entry of usage) {
    if (entry.endMs > asOfMs) break;
    const bucket = weeks - 1 - Math.floor((asOfMs - entry.endMs) / WEEK_MS);
    if (bucket < 0) continue;
    const { snapshot } = entry;
    activeUsers[bucket] = Math.max(activeUsers[bucket] ?? 0, snapshot.activeUsers);
    licences[bucket] = snapshot.licences;
    if (!withFeatures) continue;
    for (const feature in snapshot.featureUsage) {
      let weekly = sums.get(feature);
      if (!weekly) sums.set(feature, (weekly = new Array<number>(weeks).fill(0)));
      weekly[bucket] = weekly[bucket]! + snapshot.featureUsage[feature]!;
    }
  }
  const featureUses: Record<string, (number | null)[]> = {};
  for (const [feature, weekly] of sums) featureUses[feature] = weekly.map((uses, bucket) => (activeUsers[bucket] === null ? null : uses));
  return { activeUsers, licences, featureUses };
}

/** When each of `weeks` weekly buckets ending at `asOfMs` ends, oldest first: week i of n ends (n − 1 − i) weeks before. */
export function weekEndsOf(asOfMs: number, weeks: number): string[] {
  return Array.from({ length: weeks }, (_, position) => new Date(asOfMs - (weeks - 1 - position) * WEEK_MS).toISOString());
}

/** The non-null values of a weekly series, in order (trend statistics skip weeks without data). */
export function presentValues(series: readonly (number | null)[]): number[] {
  return series.filter((value): value is number => value !== null);
}

/** Mean of the non-null values in `[start, end)` (the whole series by default), or null when there are none. */
export function meanOfPresent(series: readonly (number | null)[], start = 0, end = series.length): number | null {
  let total = 0;
  let count = 0;
  for (let position = Math.max(0, start); position < Math.min(end, series.length); position += 1) {
    const value = series[position];
    if (value === null || value === undefined) continue;
    total += value;
    count += 1;
  }
  return count === 0 ? null : total / count;
}
