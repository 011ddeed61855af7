import { BusinessCalendarSchema, WEEKDAYS, type BusinessCalendar } from '../contracts/business-calendar.js';
import { toInputIssues } from '../contracts/parse.js';
import { CalendarError, SlaInputError } from './errors.js';
import { mergeIntervals, type Interval } from './intervals.js';
import type { DeadlineEndpoint, OpenTimeline } from './open-timeline.js';
import { dayNumberOfIsoDate, localDayNumber, wallTimeToEpochSeconds, weekdayOfDayNumber } from './time-zone.js';

const MINUTES_PER_DAY = 1440;
/** Widest span one computation may cover, so a typo in a duration cannot exhaust memory. */
const MAX_SPAN_DAYS = 366 * 100;
const MIN_GROWTH_DAYS = 64;

type MinuteWindow = Interval;

/**
 * A business calendar turned into sorted open intervals (epoch seconds) with running totals, built
 * lazily over the days that queries touch, so each query is a pair of binary searches.
 */
export class CompiledCalendar implements OpenTimeline {
  readonly timezone: string;
  /** Opening windows per weekday (0 = Sunday) in local minutes, overnight windows already split. */
  private readonly windowsByWeekday: MinuteWindow[][];
  private readonly holidayDays: Set<number>;

  private firstDay = 0;
  private lastDay = -1;
  private coveredFrom = 0;
  private coveredTo = 0;
  private starts: number[] = [];
  private ends: number[] = [];
  /** Open seconds before each interval, counted from the first covered interval. */
  private cumulativeBefore: number[] = [];
  private readonly dayIntervals = new Map<number, [number, number][]>();

  constructor(calendar: BusinessCalendar) {
    this.timezone = calendar.timezone;
    this.windowsByWeekday = splitWeeklyWindows(calendar);
    this.holidayDays = new Set((calendar.holidays ?? []).map(dayNumberOfIsoDate));
  }

  openSecondsBetween(from: number, to: number): number {
    if (to <= from) return 0;
    this.cover(from, to);
    return this.cumulativeAt(to) - this.cumulativeAt(from);
  }

  advance(start: number, seconds: number, endpoint: DeadlineEndpoint): number {
    this.cover(start, start);
    const goal = this.cumulativeAt(start) + seconds;
    // Zero seconds and 'nextOpen' both look for the interval in which counting goes on past `goal`.
    const strict = seconds === 0 || endpoint === 'nextOpen';
    let index = this.searchCumulativeEnd(goal, strict);
    while (index === this.starts.length) {
      this.growForward(start);
      index = this.searchCumulativeEnd(goal, strict);
    }
    const intervalStart = this.starts[index]!;
    return intervalStart + (goal - this.cumulativeBefore[index]!);
  }

  /** Makes sure the intervals cover the local days of `from` and `to`. */
  private cover(from: number, to: number): void {
    if (this.lastDay >= this.firstDay && from >= this.coveredFrom && to < this.coveredTo) return;
    const fromDay = localDayNumber(this.timezone, from);
    const toDay = localDayNumber(this.timezone, to);
    if (this.lastDay < this.firstDay) {
      this.rebuild(fromDay - 1, Math.max(toDay + 1, fromDay + MIN_GROWTH_DAYS));
      return;
    }
    const span = this.lastDay - this.firstDay + 1;
    const newFirst = fromDay < this.firstDay ? Math.min(fromDay - 1, this.firstDay - span) : this.firstDay;
    const newLast = toDay > this.lastDay ? Math.max(toDay + 1, this.lastDay + span) : this.lastDay;
    if (newFirst !== this.firstDay || newLast !== this.lastDay) this.rebuild(newFirst, newLast);
  }

  private growForward(start: number): void {
    const span = this.lastDay - this.firstDay + 1;
    if (this.lastDay - localDayNumber(this.timezone, start) > MAX_SPAN_DAYS) {
      throw new SlaInputError('Duration too long', [{ path: 'seconds', message: `runs past ${MAX_SPAN_DAYS} days of business time` }]);
    }
    this.rebuild(this.firstDay, this.lastDay + Math.max(span, MIN_GROWTH_DAYS));
  }

  private rebuild(firstDay: number, lastDay: number): void {
    if (lastDay - firstDay > MAX_SPAN_DAYS * 2) {
      throw new SlaInputError('Time span too long', [{ path: 'to', message: `spans more than ${MAX_SPAN_DAYS} days` }]);
    }
    const starts: number[] = [];
    const ends: number[] = [];
    for (let day = firstDay; day <= lastDay; day += 1) {
      for (const [start, end] of this.intervalsOfDay(day)) {
        const last = ends.length - 1;
        // Merge touching or overlapping intervals (24/7 calendars, DST-shifted windows).
        if (last >= 0 && start <= ends[last]!) ends[last] = Math.max(ends[last]!, end);
        else {
          starts.push(start);
          ends.push(end);
        }
      }
    }
    const cumulativeBefore = new Array<number>(starts.length);
    let total = 0;
    for (let index = 0; index < starts.length; index += 1) {
      cumulativeBefore[index] = total;
      total += ends[index]! - starts[index]!;
    }
    this.starts = starts;
    this.ends = ends;
    this.cumulativeBefore = cumulativeBefore;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    // Any instant in [coveredFrom, coveredTo) lies on a covered local day.
    this.coveredFrom = wallTimeToEpochSeconds(this.timezone, firstDay, 0);
    this.coveredTo = wallTimeToEpochSeconds(this.timezone, lastDay + 1, 0);
  }

  /** Open intervals of one local date as instants, sorted by start. */
  private intervalsOfDay(day: number): [number, number][] {
    const cached = this.dayIntervals.get(day);
    if (cached) return cached;
    const intervals: [number, number][] = [];
    if (!this.holidayDays.has(day)) {
      for (const [startMinute, endMinute] of this.windowsByWeekday[weekdayOfDayNumber(day)]!) {
        const start = wallTimeToEpochSeconds(this.timezone, day, startMinute);
        const end = endMinute === MINUTES_PER_DAY ? wallTimeToEpochSeconds(this.timezone, day + 1, 0) : wallTimeToEpochSeconds(this.timezone, day, endMinute);
        // A window inside a skipped hour can collapse to nothing.
        if (end > start) intervals.push([start, end]);
      }
    }
    // A window moved forward out of a skipped hour can land after a later window of the same day.
    intervals.sort((left, right) => left[0] - right[0]);
    this.dayIntervals.set(day, intervals);
    return intervals;
  }

  /** Open seconds from the first covered interval to `instant` (which must be covered). */
  private cumulativeAt(instant: number): number {
    // Last interval starting at or before `instant`.
    let low = 0;
    let high = this.starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! <= instant) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found < 0) return 0;
    return this.cumulativeBefore[found]! + Math.min(instant, this.ends[found]!) - this.starts[found]!;
  }

  /** First interval whose running total at its end passes `goal` (`>` when strict, `>=` otherwise). */
  private searchCumulativeEnd(goal: number, strict: boolean): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const endTotal = this.cumulativeBefore[middle]! + this.ends[middle]! - this.starts[middle]!;
      if (strict ? endTotal > goal : endTotal >= goal) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** Local minute windows per weekday; `['22:00','06:00']` on Monday becomes Mon 22:00–24:00 and Tue 00:00–06:00. */
function splitWeeklyWindows(calendar: BusinessCalendar): MinuteWindow[][] {
  const byWeekday: MinuteWindow[][] = WEEKDAYS.map(() => []);
  WEEKDAYS.forEach((day, weekday) => {
    for (const [startText, endText] of calendar.weekly[day] ?? []) {
      const start = minutesOfTime(startText);
      const end = minutesOfTime(endText);
      if (end > start) byWeekday[weekday]!.push([start, end]);
      else {
        byWeekday[weekday]!.push([start, MINUTES_PER_DAY]);
        if (end > 0) byWeekday[(weekday + 1) % 7]!.push([0, end]);
      }
    }
  });
  return byWeekday.map(mergeIntervals);
}

function minutesOfTime(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

const compiledByCalendar = new WeakMap<object, CompiledCalendar>();

/**
 * Validates a calendar and compiles it once per calendar object (later calls reuse the compiled form).
 * @throws CalendarError naming every problem: unknown time zone, malformed or empty window, nothing open.
 */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  if (typeof calendar === 'object' && calendar !== null) {
    const cached = compiledByCalendar.get(calendar);
    if (cached) return cached;
  }
  const result = BusinessCalendarSchema.safeParse(calendar);
  if (!result.success) throw new CalendarError(toInputIssues(result.error.issues));
  const compiled = new CompiledCalendar(result.data);
  compiledByCalendar.set(calendar, compiled);
  return compiled;
}
