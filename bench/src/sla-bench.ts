import { addBusinessMinutes, evaluateSla, type SlaEvaluation } from '@supportai/core';
import moment from 'moment';
import 'moment-business-time';
import { BENCH_POLICY, generateTimelines, seededRandom, type GeneratedTimeline } from './timeline-generator.js';
import { formatMs, median, megabytes, timeRounds } from './measure.js';

const TIMELINE_COUNT = 100_000;
const NOW = new Date('2026-06-15T12:00:00Z');

/**
 * Evaluates SLA for 100k generated timelines (budget: < 1 s on one core) and reports heap.
 * Cold: timelines never seen before, so each is validated with zod first. Warm: the same timelines
 * evaluated again at a later `now`, as a dashboard refresh does (validation is remembered per list).
 */
export function benchEvaluateSla(): Record<string, string | number> {
  const evaluateAll = (timelines: GeneratedTimeline[], now: Date) =>
    timelines.map((timeline) => evaluateSla({ ticket: timeline.ticket, policy: BENCH_POLICY, calendar: timeline.calendar, now }));
  // Warm the calendars' interval cache and the JIT once, as a long-running server would be.
  evaluateAll(generateTimelines(5_000, NOW, 99), NOW);

  const coldTimes: number[] = [];
  let timelines: GeneratedTimeline[] = [];
  for (let round = 0; round < 3; round += 1) {
    timelines = generateTimelines(TIMELINE_COUNT, NOW);
    coldTimes.push(...timeRounds(1, () => evaluateAll(timelines, NOW)));
  }
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let results: SlaEvaluation[] = [];
  const warmTimes = timeRounds(5, () => {
    results = [];
    results = evaluateAll(timelines, new Date(NOW.getTime() + 60_000));
  });
  globalThis.gc?.();
  const resultsHeap = process.memoryUsage().heapUsed - heapBefore;
  const events = timelines.reduce((total, timeline) => total + timeline.ticket.events.length, 0);
  const instances = results.reduce((total, result) => total + result.instances.length, 0);
  const breached = results.reduce((total, result) => total + result.instances.filter((instance) => instance.breached).length, 0);
  return {
    timelines: TIMELINE_COUNT,
    events,
    instances,
    breachedInstances: breached,
    coldMedian: formatMs(median(coldTimes)),
    warmMedian: formatMs(median(warmTimes)),
    warmBest: formatMs(Math.min(...warmTimes)),
    perTimelineWarm: `${((median(warmTimes) * 1000) / TIMELINE_COUNT).toFixed(2)} µs`,
    resultsHeap: megabytes(resultsHeap),
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
  } as moment.LocaleSpecification);
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
