// fast-check arbitraries for the SLA property tests. Not exported from the package.
import fc from 'fast-check';
import type { BusinessCalendar, SlaMetric, SlaPolicy, TicketEventInput } from '../../index.js';

export const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'] as const;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const DAY = 86_400;

/** 2026 DST transitions of the zones above (epoch seconds), where bugs like to hide. */
const TRANSITIONS = [
  '2026-03-29T01:00:00Z', // Paris spring
  '2026-10-25T01:00:00Z', // Paris autumn
  '2026-03-08T07:00:00Z', // New York spring
  '2026-11-01T06:00:00Z', // New York autumn
  '2026-04-04T16:00:00Z', // Sydney autumn
  '2026-10-03T16:00:00Z', // Sydney spring
].map((text) => Date.parse(text) / 1000);
const YEAR_START = Date.parse('2026-01-01T00:00:00Z') / 1000;

/** A base instant (epoch seconds): anywhere in 2026, or within 3 days of a DST transition. */
export const baseArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: YEAR_START, max: YEAR_START + 364 * DAY }),
  fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -3 * DAY, max: 3 * DAY })).map(([at, offset]) => at + offset),
);

// Minutes of the day, biased towards times that interact with DST (01:30, 02:00, 02:30, 03:00) and midnight.
const startMinuteArb = fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.constantFrom(0, 90, 120, 150, 180, 540, 1320));
const endMinuteArb = fc.oneof(fc.integer({ min: 0, max: 1440 }), fc.constantFrom(0, 120, 150, 180, 1020, 1440));

export type WindowSpec = [start: number, end: number];

export interface CalendarSpec {
  timezone: (typeof ZONES)[number];
  /** Windows per weekday, Sunday first, in local minutes; end < start runs past midnight. */
  windows: WindowSpec[][];
  /** Holidays as day offsets from the base instant's UTC date. */
  holidayOffsets: number[];
}

export const calendarSpecArb: fc.Arbitrary<CalendarSpec> = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    windows: fc.array(
      fc.array(
        fc.tuple(startMinuteArb, endMinuteArb).filter(([start, end]) => start !== end),
        { maxLength: 2 },
      ),
      { minLength: 7, maxLength: 7 },
    ),
    holidayOffsets: fc.array(fc.integer({ min: -2, max: 25 }), { maxLength: 5 }),
  })
  .filter((spec) => spec.windows.some((day) => day.length > 0));

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function isoDate(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10);
}

/** Builds a fresh calendar object (so the engine's per-object cache never carries over between runs). */
export function buildCalendar(spec: CalendarSpec, base: number): BusinessCalendar {
  const weekly: BusinessCalendar['weekly'] = {};
  spec.windows.forEach((windows, index) => {
    if (windows.length > 0) weekly[DAYS[index]!] = windows.map(([start, end]) => [hhmm(start), hhmm(end)] as [string, string]);
  });
  const holidays = spec.holidayOffsets.map((offset) => isoDate(base + offset * DAY));
  return { timezone: spec.timezone, weekly, holidays };
}

/** Open seconds per week the windows describe (ignoring DST and holidays), to keep durations reasonable. */
export function weeklyOpenSeconds(spec: CalendarSpec): number {
  let total = 0;
  for (const windows of spec.windows) {
    for (const [start, end] of windows) total += (end > start ? end - start : 1440 - start + end) * 60;
  }
  return total;
}

/** A business duration in seconds: at most 3 days and at most ~2 weeks of this calendar's open time. */
export function durationFor(spec: CalendarSpec, fraction: number): number {
  return Math.floor(fraction * Math.min(3 * DAY, 2 * weeklyOpenSeconds(spec)));
}

export const fractionArb = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));

/** An offset in seconds from the base instant, up to 20 days. */
export const offsetArb = fc.oneof(fc.integer({ min: 0, max: 20 * DAY }), fc.integer({ min: 0, max: 20 }).map((days) => days * DAY));

export const pausesArb = fc.array(
  fc.record({ from: fc.integer({ min: -DAY, max: 20 * DAY }), length: fc.integer({ min: 0, max: 2 * DAY }) }),
  { maxLength: 4 },
);

export function toPauses(base: number, pauses: { from: number; length: number }[]): { from: Date; to: Date }[] {
  return pauses.map(({ from, length }) => ({ from: new Date((base + from) * 1000), to: new Date((base + from + length) * 1000) }));
}

export const at = (epochSeconds: number): Date => new Date(epochSeconds * 1000);

// ---------------------------------------------------------------------------------------------------------
// Tickets and policies

const METRICS: SlaMetric[] = ['firstReply', 'nextReply', 'periodicUpdate', 'pausableUpdate', 'requesterWait', 'agentWork', 'resolution'];
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
const STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;

/** A policy whose targets all count the same kind of time (`businessHours`), so elapsed is comparable over time. */
export function policyArb(businessHours: boolean): fc.Arbitrary<SlaPolicy> {
  const targetArb = fc.record({
    metric: fc.constantFrom(...METRICS),
    priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: undefined }),
    targetMinutes: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(30, 60, 120, 480)),
  });
  const pauseOnArb = fc.oneof(
    fc.constant(undefined),
    fc.subarray([...STATUSES]),
    fc.dictionary(fc.constantFrom(...METRICS), fc.subarray([...STATUSES])),
  );
  return fc
    .record({
      targets: fc.uniqueArray(targetArb, { minLength: 1, maxLength: 10, selector: (target) => `${target.metric}/${target.priority ?? '*'}` }),
      pauseOn: pauseOnArb,
      nextReplyIncludesFirst: fc.boolean(),
      warnBeforeMinutes: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    })
    .map(({ targets, pauseOn, nextReplyIncludesFirst, warnBeforeMinutes }) => {
      const policy: SlaPolicy = {
        targets: targets.map((target) => {
          const built: SlaPolicy['targets'][number] = { metric: target.metric, targetMinutes: target.targetMinutes, businessHours };
          if (target.priority) built.priority = target.priority;
          return built;
        }),
        nextReplyIncludesFirst,
      };
      if (pauseOn !== undefined) policy.pauseOn = pauseOn;
      if (warnBeforeMinutes !== undefined) policy.warnBeforeMinutes = warnBeforeMinutes;
      return policy;
    });
}

type EventSpec =
  | { type: 'customer_message' | 'agent_reply' | 'agent_note' }
  | { type: 'status'; to: (typeof STATUSES)[number] }
  | { type: 'priority'; to: (typeof PRIORITIES)[number] }
  | { type: 'assignment' };

const eventSpecArb: fc.Arbitrary<EventSpec> = fc.oneof(
  fc.record({ type: fc.constantFrom('customer_message' as const, 'agent_reply' as const, 'agent_note' as const) }),
  fc.record({ type: fc.constant('status' as const), to: fc.constantFrom(...STATUSES) }),
  fc.record({ type: fc.constant('priority' as const), to: fc.constantFrom(...PRIORITIES) }),
  fc.record({ type: fc.constant('assignment' as const) }),
);

export interface TicketSpec {
  by: 'customer' | 'agent';
  public: boolean;
  priority: (typeof PRIORITIES)[number] | undefined;
  status: (typeof STATUSES)[number] | undefined;
  /** Each event with the seconds since the previous one (0 allowed: same instant). */
  steps: { gap: number; event: EventSpec }[];
}

export const ticketSpecArb: fc.Arbitrary<TicketSpec> = fc.record({
  by: fc.constantFrom('customer' as const, 'agent' as const),
  public: fc.boolean(),
  priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: undefined }),
  status: fc.option(fc.constantFrom('new' as const, 'open' as const, 'pending' as const), { nil: undefined }),
  steps: fc.array(fc.record({ gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 * 3600 })), event: eventSpecArb }), { maxLength: 14 }),
});

/** The events of a ticket created at `base`, and the instant of its last event. */
export function buildEvents(spec: TicketSpec, base: number): { events: TicketEventInput[]; last: number } {
  const created: Extract<TicketEventInput, { type: 'created' }> = { type: 'created', at: at(base), by: spec.by, public: spec.public };
  if (spec.priority) created.priority = spec.priority;
  if (spec.status) created.status = spec.status;
  const events: TicketEventInput[] = [created];
  let time = base;
  for (const { gap, event } of spec.steps) {
    time += gap;
    if (event.type === 'assignment') events.push({ type: 'assignment', at: at(time), assigneeId: 'agent-1' });
    else events.push({ ...event, at: at(time) } as TicketEventInput);
  }
  return { events, last: time };
}
