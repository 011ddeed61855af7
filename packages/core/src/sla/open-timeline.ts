/**
 * What the business-time arithmetic needs from a schedule, in epoch seconds.
 * Two implementations: a compiled business calendar, and `ALWAYS_OPEN` for calendar-time targets.
 */
export interface OpenTimeline {
  /** Open seconds in `[from, to)`; 0 when `to <= from`. */
  openSecondsBetween(from: number, to: number): number;
  /**
   * The instant at which `seconds` of open time counted from `start` run out.
   * `'nextOpen'`: the last instant at which they have not yet been exceeded (so time running out at a
   * closing lands on the next opening); `'close'`: the first instant at which they are used up.
   * Zero seconds give the first open instant at or after `start`.
   */
  advance(start: number, seconds: number, endpoint: DeadlineEndpoint): number;
}

export type DeadlineEndpoint = 'nextOpen' | 'close';

/** Calendar time: every second counts. */
export const ALWAYS_OPEN: OpenTimeline = {
  openSecondsBetween: (from, to) => (to > from ? to - from : 0),
  advance: (start, seconds) => start + seconds,
};
