import { median } from '../statistics.js';
import { fastMedian, presorted } from './presort.js';
import type { SolvedTicketMeasures } from './solved-ticket-measures.js';

export type TimeMeasure = 'firstReply' | 'resolution' | 'handle';

const MEASURES: readonly TimeMeasure[] = ['firstReply', 'resolution', 'handle'];

/** Team medians of each time measure per segment (priority × channel × category), for case-mix adjustment. */
export interface SegmentBaselines {
  /** Median of the ticket's segment, from the finest level with enough tickets; null when nothing was measured. */
  medianFor(measures: Pick<SolvedTicketMeasures, 'segmentKeys'>, measure: TimeMeasure): number | null;
  overallMedian(measure: TimeMeasure): number | null;
}

function valueOf(measures: SolvedTicketMeasures, measure: TimeMeasure): number | null {
  if (measure === 'firstReply') return measures.firstReplyMinutes;
  return measure === 'resolution' ? measures.resolutionMinutes : measures.handleMinutes;
}

interface SegmentGroup {
  keys: readonly [string, string, string];
  values: Record<TimeMeasure, number[]>;
}

/**
 * Builds the baselines from the team's solved tickets. A segment with fewer than `minSegmentSize`
 * tickets falls back to the next coarser one, then to the team overall, so one odd ticket is never
 * its own yardstick.
 */
export function buildSegmentBaselines(solved: readonly SolvedTicketMeasures[], minSegmentSize: number): SegmentBaselines {
  // Group by the finest segment only; a coarser segment is the union of its finer ones, built if asked for.
  const groups = new Map<string, SegmentGroup>();
  for (const measures of solved) {
    let group = groups.get(measures.segmentKeys[0]);
    if (!group) groups.set(measures.segmentKeys[0], (group = { keys: measures.segmentKeys, values: { firstReply: [], resolution: [], handle: [] } }));
    for (const measure of MEASURES) {
      const value = valueOf(measures, measure);
      if (value !== null) group.values[measure].push(value);
    }
  }
  const valuesOf = (measure: TimeMeasure, level: number | null, key: string): number[] => {
    if (level === 0) return groups.get(key)?.values[measure] ?? [];
    const members = [...groups.values()].filter((group) => level === null || group.keys[level] === key);
    return members.flatMap((group) => group.values[measure]);
  };
  // Medians are taken on first use: most tickets find their finest segment, so coarse ones are rarely built.
  const medians = new Map<TimeMeasure, Map<string, number | null>>(MEASURES.map((measure) => [measure, new Map()]));
  const medianOf = (measure: TimeMeasure, level: number | null, key: string): number | null => {
    const memo = medians.get(measure)!;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const values = valuesOf(measure, level, key);
    const value = level !== null && values.length < minSegmentSize ? null : median(presorted(values));
    memo.set(key, value);
    return value;
  };
  return {
    medianFor(measures, measure) {
      for (let level = 0; level < measures.segmentKeys.length; level += 1) {
        const value = medianOf(measure, level, measures.segmentKeys[level]!);
        if (value !== null) return value;
      }
      return medianOf(measure, null, OVERALL);
    },
    overallMedian: (measure) => medianOf(measure, null, OVERALL),
  };
}

/** Memo key of the team overall; segment keys never contain it. */
const OVERALL = '*';

/** `log(actual / segment median)` of one ticket, minutes floored at 1 so an instant reply stays finite. */
export function logSpeedRatio(actualMinutes: number, segmentMedianMinutes: number): number {
  return Math.log(Math.max(1, actualMinutes) / Math.max(1, segmentMedianMinutes));
}

/** Case-mix speed index `exp(median(log ratios))`; 1 = as fast as the team on the same work, below 1 is faster. */
export function speedIndexOfLogs(logRatios: readonly number[]): number | null {
  const middle = fastMedian(logRatios);
  return middle === null ? null : Math.exp(middle);
}

/** Case-mix speed index `exp(median(log(actual / segment median)))` of a list of tickets (SCORING §3.2 step 3). */
export function speedIndex(pairs: readonly { actualMinutes: number; segmentMedianMinutes: number }[]): number | null {
  return speedIndexOfLogs(pairs.map((pair) => logSpeedRatio(pair.actualMinutes, pair.segmentMedianMinutes)));
}

/** Complexity weight of a ticket: `median handle time of its segment / median handle time overall` (1 without data). */
export function complexityWeight(baselines: SegmentBaselines, measures: Pick<SolvedTicketMeasures, 'segmentKeys'>): number {
  const segment = baselines.medianFor(measures, 'handle');
  const overall = baselines.overallMedian('handle');
  if (segment === null || overall === null || overall <= 0) return 1;
  return Math.max(1, segment) / Math.max(1, overall);
}
