import type { BusinessCalendar } from '../contracts/business-calendar.js';
import type { InstantInput } from '../contracts/common.js';
import { compileCalendar } from './compiled-calendar.js';
import { SlaInputError } from './errors.js';
import { toEpochSeconds } from './instant.js';
import type { DeadlineEndpoint } from './open-timeline.js';
import { advanceCounted, countedSecondsBetween, normalisePauses, type PauseInterval } from './pauses.js';

/** A span during which the clock is stopped (e.g. the ticket was pending). */
export interface PauseInput {
  from: InstantInput;
  to: InstantInput;
}

export interface BusinessTimeOptions {
  /** Spans that do not count, even inside business hours. */
  pauses?: readonly PauseInput[];
}

export interface AddBusinessTimeOptions extends BusinessTimeOptions {
  /**
   * Where a target that runs out exactly at a closing lands: `'nextOpen'` (the next opening, the last
   * instant at which the target is not yet exceeded) or `'close'` (the closing instant).
   * @default 'nextOpen'
   */
  endpoint?: DeadlineEndpoint;
}

function pausesInSeconds(pauses: readonly PauseInput[] | undefined): PauseInterval[] {
  if (!pauses) return [];
  return normalisePauses(
    pauses.map((pause, index) => [toEpochSeconds(pause.from, `pauses.${index}.from`), toEpochSeconds(pause.to, `pauses.${index}.to`)] as const),
  );
}

/**
 * Business seconds in `[from, to)`: open time of the calendar minus pauses; 0 when `to <= from`.
 * @example businessSecondsBetween(calendar, '2026-03-02T08:00:00Z', '2026-03-02T10:30:00Z') // 5400 with 09:00–17:00 UTC
 */
export function businessSecondsBetween(calendar: BusinessCalendar, from: InstantInput, to: InstantInput, options: BusinessTimeOptions = {}): number {
  const compiled = compileCalendar(calendar);
  return countedSecondsBetween(compiled, toEpochSeconds(from, 'from'), toEpochSeconds(to, 'to'), pausesInSeconds(options.pauses));
}

/** Whole business minutes in `[from, to)`: `floor(businessSecondsBetween / 60)`. */
export function businessMinutesBetween(calendar: BusinessCalendar, from: InstantInput, to: InstantInput, options: BusinessTimeOptions = {}): number {
  return Math.floor(businessSecondsBetween(calendar, from, to, options) / 60);
}

/**
 * The instant `seconds` of business time after `start`. Zero gives the first open instant at or after `start`.
 * @example addBusinessSeconds(calendar, '2026-03-02T16:00:00Z', 3600) // next day 09:00 with 09:00–17:00 ('nextOpen')
 */
export function addBusinessSeconds(calendar: BusinessCalendar, start: InstantInput, seconds: number, options: AddBusinessTimeOptions = {}): Date {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new SlaInputError('Invalid duration', [{ path: 'seconds', message: 'must be a finite number of 0 or more' }]);
  }
  const endpoint = options.endpoint ?? 'nextOpen';
  if (endpoint !== 'nextOpen' && endpoint !== 'close') {
    throw new SlaInputError('Invalid endpoint', [{ path: 'endpoint', message: "must be 'nextOpen' or 'close'" }]);
  }
  const compiled = compileCalendar(calendar);
  const deadline = advanceCounted(compiled, toEpochSeconds(start, 'start'), Math.round(seconds), pausesInSeconds(options.pauses), endpoint);
  return new Date(deadline * 1000);
}

/** The instant `minutes` of business time after `start` (see `addBusinessSeconds`). */
export function addBusinessMinutes(calendar: BusinessCalendar, start: InstantInput, minutes: number, options: AddBusinessTimeOptions = {}): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new SlaInputError('Invalid duration', [{ path: 'minutes', message: 'must be a finite number of 0 or more' }]);
  }
  return addBusinessSeconds(calendar, start, minutes * 60, options);
}
