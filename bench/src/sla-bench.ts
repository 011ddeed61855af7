import { addBusinessMinutes, evaluateSla, TicketEventInputSchema, type SlaEvaluation } from '@supportai/core';
import * as z from 'zod';
import moment from 'moment';
import 'moment-business-time';
import { BENCH_POLICY, generateTimelines, seededRandom, type GeneratedTimeline } from './timeline-generator.js';
import { formatMs, median, megabytes, timeRounds } from './measure.js';

const TIMELINE_COUNT = 100_000;
const EventListSchema = z.array(TicketEventInputSchema);
const NOW = new Date('2026-06-15T12:00:00Z');

/**
 * Evaluates SLA for 100k generated timelines (budget: < 1 s on one core).
 * - cold: timelines never seen before, so each is validated with zod first;
 * - warm: the same (frozen) timelines again at a later `now`, as a dashboard refresh does;
 * both fold every instance into compliance counts as a dashboard does. "keep all" holds every
 * instance in memory instead, to report the heap that takes.
 */
export function benchEvaluateSla(): Record<string, string | number> {
  const evaluateInto = (timelines: readonly GeneratedTimeline[], now: Date) => {
    const counts = { achieved: 0, breached: 0, running: 0 };
    for (const timeline of timelines) {
      const evaluation = evaluateSla({ ticket: timeline.ticket, policy: BENCH_POLICY, calendar: timeline.calendar, now });
      for (const instance of evaluation.instances) counts[instance.breached ? 'breached' : instance.state === 'closed' ? 'achieved' : 'running'] += 1;
    }
    return counts;
  };
  // Warm the calendars' interval cache and the JIT once, as a long-running server would be.
  evaluateInto(generateTimelines(5_000, NOW, 99), NOW);

  const coldTimes: number[] = [];
  let timelines: GeneratedTimeline[] = [];
  for (let round = 0; round < 3; round += 1) {
    timelines = generateTimelines(TIMELINE_COUNT, NOW);
    globalThis.gc?.();
    coldTimes.push(...timeRounds(1, () => evaluateInto(timelines, NOW)));
  }
  // What the cold figure spends in zod alone: the contract check of every event list.
  const validationTimes: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const fresh = generateTimelines(TIMELINE_COUNT, NOW);
    globalThis.gc?.();
    validationTimes.push(...timeRounds(1, () => fresh.forEach((timeline) => EventListSchema.parse(timeline.ticket.events))));
  }
  let counts = { achieved: 0, breached: 0, running: 0 };
  globalThis.gc?.();
  const warmTimes = timeRounds(7, () => {
    counts = evaluateInto(timelines, new Date(NOW.getTime() + 60_000));
  });

  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let kept: SlaEvaluation[] = [];
  const keepTimes = timeRounds(1, () => {
    kept = timelines.map((timeline) => evaluateSla({ ticket: timeline.ticket, policy: BENCH_POLICY, calendar: timeline.calendar, now: NOW }));
  });
  globalThis.gc?.();
  const keptHeap = process.memoryUsage().heapUsed - heapBefore;
  const events = timelines.reduce((total, timeline) => total + timeline.ticket.events.length, 0);
  return {
    timelines: TIMELINE_COUNT,
    events,
    instances: counts.achieved + counts.breached + counts.running,
    breachedInstances: counts.breached,
    coldMedian: formatMs(median(coldTimes)),
    zodValidationPart: formatMs(median(validationTimes)),
    warmMedian: formatMs(median(warmTimes)),
    warmBest: formatMs(Math.min(...warmTimes)),
    perTimelineWarm: `${((median(warmTimes) * 1000) / TIMELINE_COUNT).toFixed(2)} µs`,
    keepAllTime: formatMs(keepTimes[0]!),
    keepAllHeap: `${megabytes(keptHeap)} for ${kept.length} evaluations`,
    budget: '< 1000 ms',
    coldWithinBudget: median(coldTimes) < 1000 ? 'yes' : 'NO',
    warmWithinBudget: median(warmTimes) < 1000 ? 'yes' : 'NO',
  };
}

/**
 * `addBusinessMinutes` against moment-business-time on the same UTC 09:00–17:00 calendar and inputs.
 * moment-business-time lands a target that ends at closing on the closing instant, so ours runs with
 * `endpoint: 'close'` here and the results are compared one by one.
 */
export function benchAddBusinessMinutes(): Record<string, string | number> {
  const calls = 50_000;
  const random = seededRandom(7);
  const calendar = {
    timezone: 'UTC',
    weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] } as Record<string, [string, string][]>,
  };
  moment.updateLocale('en', {
    workinghours: { 0: null, 1: ['09:00:00', '17:00:00'], 2: ['09:00:00', '17:00:00'], 3: ['09:00:00', '17:00:00'], 4: ['09:00:00', '17:00:00'], 5: ['09:00:00', '17:00:00'], 6: null },
    holidays: [],
  });
  const base = Date.parse('2026-01-05T00:00:00Z');
  const inputs = Array.from({ length: calls }, () => ({
    start: new Date(base + Math.floor(random() * 180 * 86_400) * 1000),
    minutes: 1 + Math.floor(random() * 3000),
  }));
  const ours: number[] = [];
  const theirs: number[] = [];
  const ourTimes = timeRounds(3, () => {
    ours.length = 0;
    for (const { start, minutes } of inputs) ours.push(addBusinessMinutes(calendar, start, minutes, { endpoint: 'close' }).getTime());
  });
  const theirTimes = timeRounds(3, () => {
    theirs.length = 0;
    for (const { start, minutes } of inputs) theirs.push(moment.utc(start).addWorkingTime(minutes, 'minutes').valueOf());
  });
  const agreeing = ours.filter((value, index) => value === theirs[index]).length;
  return {
    calls,
    supportai: formatMs(median(ourTimes)),
    momentBusinessTime: formatMs(median(theirTimes)),
    speedup: `${(median(theirTimes) / median(ourTimes)).toFixed(1)}×`,
    sameResult: `${agreeing}/${calls}`,
  };
}
