import { mergeIntervals, type Interval } from './intervals.js';
import type { DeadlineEndpoint, OpenTimeline } from './open-timeline.js';

/** A stretch of time during which a clock does not count, `[from, to)` in epoch seconds. */
export type PauseInterval = Interval;

/** Sorts and merges pauses, dropping empty ones. */
export const normalisePauses = mergeIntervals;

/** Open, unpaused seconds in `[from, to)`. `pauses` must be normalised. */
export function countedSecondsBetween(timeline: OpenTimeline, from: number, to: number, pauses: readonly PauseInterval[]): number {
  if (to <= from) return 0;
  let total = timeline.openSecondsBetween(from, to);
  for (const [pauseFrom, pauseTo] of pauses) {
    if (pauseTo <= from) continue;
    if (pauseFrom >= to) break;
    total -= timeline.openSecondsBetween(Math.max(pauseFrom, from), Math.min(pauseTo, to));
  }
  return total;
}

/**
 * The instant at which `seconds` of open, unpaused time from `start` run out (see `OpenTimeline.advance`
 * for the endpoint rule). `pauses` must be normalised.
 */
export function advanceCounted(
  timeline: OpenTimeline,
  start: number,
  seconds: number,
  pauses: readonly PauseInterval[],
  endpoint: DeadlineEndpoint,
): number {
  let cursor = start;
  let remaining = seconds;
  for (const [pauseFrom, pauseTo] of pauses) {
    if (pauseTo <= cursor) continue;
    if (pauseFrom > cursor) {
      const available = timeline.openSecondsBetween(cursor, pauseFrom);
      // Enough open time before the pause: with 'close', running out exactly at the pause still ends here.
      if (available > remaining || (available === remaining && remaining > 0 && endpoint === 'close')) {
        return timeline.advance(cursor, remaining, endpoint);
      }
      remaining -= available;
    }
    cursor = Math.max(cursor, pauseTo);
  }
  return timeline.advance(cursor, remaining, endpoint);
}
