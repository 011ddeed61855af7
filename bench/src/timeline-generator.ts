import type { BusinessCalendar, Priority, SlaPolicy, TicketEventInput } from '@supportai/core';

/** Small seeded PRNG (mulberry32): the same seed gives the same timelines on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const weekdays = [['09:00', '12:30'], ['13:30', '18:00']] as [string, string][];

export const BENCH_CALENDARS: BusinessCalendar[] = [
  {
    id: 'paris',
    timezone: 'Europe/Paris',
    weekly: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays },
    holidays: ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25'],
  },
  {
    id: 'new-york',
    timezone: 'America/New_York',
    weekly: { mon: [['08:00', '20:00']], tue: [['08:00', '20:00']], wed: [['08:00', '20:00']], thu: [['08:00', '20:00']], fri: [['08:00', '20:00']], sat: [['10:00', '14:00']] },
    holidays: ['2026-01-01', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25'],
  },
];

export const BENCH_POLICY: SlaPolicy = {
  targets: [
    { metric: 'firstReply', priority: 'urgent', targetMinutes: 60, businessHours: false },
    { metric: 'firstReply', priority: 'high', targetMinutes: 120, businessHours: true },
    { metric: 'firstReply', targetMinutes: 480, businessHours: true },
    { metric: 'nextReply', priority: 'urgent', targetMinutes: 120 },
    { metric: 'nextReply', targetMinutes: 480, businessHours: true },
    { metric: 'periodicUpdate', priority: 'urgent', targetMinutes: 240 },
    { metric: 'requesterWait', targetMinutes: 2880, businessHours: true },
    { metric: 'agentWork', priority: 'high', targetMinutes: 960, businessHours: true },
    { metric: 'resolution', targetMinutes: 4800, businessHours: true },
  ],
};

const PRIORITIES: Priority[] = ['low', 'normal', 'normal', 'normal', 'high', 'high', 'urgent'];

export interface GeneratedTimeline {
  calendar: BusinessCalendar;
  ticket: { priority: Priority; events: TicketEventInput[] };
}

/**
 * `count` ticket timelines created over the 60 days before `now`: replies, pending waits, customer
 * follow-ups, priority changes, solves and reopens, with exponential delays between events.
 */
export function generateTimelines(count: number, now: Date, seed = 42): GeneratedTimeline[] {
  const random = seededRandom(seed);
  const delayMinutes = (mean: number) => Math.max(1, Math.round(-Math.log(1 - random()) * mean));
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const timelines: GeneratedTimeline[] = [];
  for (let index = 0; index < count; index += 1) {
    const priority = PRIORITIES[Math.floor(random() * PRIORITIES.length)]!;
    let at = nowSeconds - Math.floor(random() * 60 * 86_400);
    const events: TicketEventInput[] = [{ type: 'created', at: iso(at), by: random() < 0.9 ? 'customer' : 'agent', priority, status: 'new' }];
    const exchanges = 1 + Math.floor(random() * 4);
    for (let exchange = 0; exchange < exchanges; exchange += 1) {
      at += delayMinutes(exchange === 0 ? 180 : 300) * 60;
      if (random() < 0.2) events.push({ type: 'agent_note', at: iso(at) });
      events.push({ type: 'agent_reply', at: iso(at) });
      events.push({ type: 'status', at: iso(at), to: 'pending' });
      if (random() < 0.1) {
        at += 60;
        events.push({ type: 'priority', at: iso(at), to: PRIORITIES[Math.floor(random() * PRIORITIES.length)]! });
      }
      if (exchange === exchanges - 1) break;
      at += delayMinutes(600) * 60;
      events.push({ type: 'customer_message', at: iso(at) });
      events.push({ type: 'status', at: iso(at), to: 'open' });
    }
    if (random() < 0.75) {
      at += delayMinutes(720) * 60;
      events.push({ type: 'status', at: iso(at), to: 'solved' });
      if (random() < 0.05) {
        at += delayMinutes(1440) * 60;
        events.push({ type: 'customer_message', at: iso(at) });
        events.push({ type: 'status', at: iso(at), to: 'open' });
      }
    }
    // Frozen, as a data source hands out parsed tickets.
    for (const event of events) Object.freeze(event);
    timelines.push({ calendar: BENCH_CALENDARS[index % 2]!, ticket: { priority, events: Object.freeze(events) as TicketEventInput[] } });
  }
  return timelines;
}
