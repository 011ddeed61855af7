import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessSeconds,
  businessSecondsBetween,
  DEFAULT_PAUSE_ON,
  evaluateSla,
  type SlaEvaluation,
  type SlaInstance,
  type SlaMetric,
  type SlaPolicy,
  type TicketEventInput,
  type TicketStatus,
} from '../index.js';
import {
  at,
  baseArb,
  buildCalendar,
  buildEvents,
  calendarSpecArb,
  durationFor,
  fractionArb,
  offsetArb,
  pausesArb,
  policyArb,
  ticketSpecArb,
  toPauses,
} from './__fixtures__/arbitraries.js';
import { everyDay } from './__fixtures__/sla-fixtures.js';

// Random calendars: 0–2 windows per weekday (overnight ones included, biased towards DST-sensitive times),
// up to 5 holidays near the instants used, zones UTC / Europe/Paris / America/New_York / Asia/Kolkata /
// Australia/Sydney, instants anywhere in 2026 or within 3 days of a DST transition.
const RUNS = process.env.SLA_RUNS ? { numRuns: Number(process.env.SLA_RUNS) } : { numRuns: 200 };
const ENDPOINTS = ['close', 'nextOpen'] as const;

describe('business time properties', () => {
  it('businessSecondsBetween(start, addBusinessSeconds(start, s)) === s, for both endpoints', () => {
    fc.assert(
      fc.property(calendarSpecArb, baseArb, fractionArb, (spec, base, fraction) => {
        const calendar = buildCalendar(spec, base);
        const seconds = durationFor(spec, fraction);
        for (const endpoint of ENDPOINTS) {
          const deadline = addBusinessSeconds(calendar, at(base), seconds, { endpoint });
          expect(businessSecondsBetween(calendar, at(base), deadline), endpoint).toBe(seconds);
        }
      }),
      RUNS,
    );
  });

  it('the same round trip holds with pauses', () => {
    fc.assert(
      fc.property(calendarSpecArb, baseArb, fractionArb, pausesArb, (spec, base, fraction, rawPauses) => {
        const calendar = buildCalendar(spec, base);
        const pauses = toPauses(base, rawPauses);
        const seconds = durationFor(spec, fraction);
        for (const endpoint of ENDPOINTS) {
          const deadline = addBusinessSeconds(calendar, at(base), seconds, { endpoint, pauses });
          expect(businessSecondsBetween(calendar, at(base), deadline, { pauses }), endpoint).toBe(seconds);
        }
      }),
      RUNS,
    );
  });

  it("'close' lands right after the last counted second, 'nextOpen' right before the next one", () => {
    fc.assert(
      fc.property(calendarSpecArb, baseArb, fractionArb, pausesArb, (spec, base, fraction, rawPauses) => {
        const calendar = buildCalendar(spec, base);
        const pauses = toPauses(base, rawPauses);
        const seconds = Math.max(1, durationFor(spec, fraction));
        const close = addBusinessSeconds(calendar, at(base), seconds, { endpoint: 'close', pauses });
        const nextOpen = addBusinessSeconds(calendar, at(base), seconds, { endpoint: 'nextOpen', pauses });
        const counted = (to: Date) => businessSecondsBetween(calendar, at(base), to, { pauses });
        // the second just before 'close' still counted; the second starting at 'nextOpen' counts too
        expect(counted(new Date(close.getTime() - 1000))).toBe(seconds - 1);
        expect(counted(new Date(nextOpen.getTime() + 1000))).toBe(seconds + 1);
        expect(close.getTime()).toBeLessThanOrEqual(nextOpen.getTime());
      }),
      RUNS,
    );
  });

  it('zero duration gives the first counted instant at or after start', () => {
    fc.assert(
      fc.property(calendarSpecArb, baseArb, (spec, base) => {
        const calendar = buildCalendar(spec, base);
        for (const endpoint of ENDPOINTS) {
          const first = addBusinessSeconds(calendar, at(base), 0, { endpoint });
          expect(first.getTime()).toBeGreaterThanOrEqual(base * 1000);
          expect(businessSecondsBetween(calendar, at(base), first)).toBe(0);
          expect(businessSecondsBetween(calendar, first, new Date(first.getTime() + 1000))).toBe(1);
        }
      }),
      RUNS,
    );
  });

  it('measuring back and forth: adding the seconds of [a, b) lands at or around b', () => {
    fc.assert(
      fc.property(calendarSpecArb, baseArb, offsetArb, (spec, base, offset) => {
        const calendar = buildCalendar(spec, base);
        const b = at(base + offset);
        const seconds = businessSecondsBetween(calendar, at(base), b);
        const close = addBusinessSeconds(calendar, at(base), seconds, { endpoint: 'close' });
        const nextOpen = addBusinessSeconds(calendar, at(base), seconds, { endpoint: 'nextOpen' });
        if (seconds > 0) expect(close.getTime()).toBeLessThanOrEqual(b.getTime());
        expect(nextOpen.getTime()).toBeGreaterThanOrEqual(b.getTime());
      }),
      RUNS,
    );
  });

  it('is monotone in `to` and never counts more than the calendar time', () => {
    fc.assert(
      fc.property(calendarSpecArb, baseArb, offsetArb, offsetArb, (spec, base, first, second) => {
        const calendar = buildCalendar(spec, base);
        const [near, far] = first <= second ? [first, second] : [second, first];
        const toNear = businessSecondsBetween(calendar, at(base), at(base + near));
        const toFar = businessSecondsBetween(calendar, at(base), at(base + far));
        expect(toNear).toBeGreaterThanOrEqual(0);
        expect(toFar).toBeGreaterThanOrEqual(toNear);
        expect(toFar - toNear).toBeLessThanOrEqual(far - near);
      }),
      RUNS,
    );
  });

  it('is additive: (a, c) = (a, b) + (b, c) for a <= b <= c, with or without pauses', () => {
    fc.assert(
      fc.property(calendarSpecArb, baseArb, offsetArb, offsetArb, pausesArb, (spec, base, first, second, rawPauses) => {
        const calendar = buildCalendar(spec, base);
        const [b, c] = (first <= second ? [first, second] : [second, first]).map((offset) => at(base + offset)) as [Date, Date];
        const a = at(base);
        expect(businessSecondsBetween(calendar, a, c)).toBe(businessSecondsBetween(calendar, a, b) + businessSecondsBetween(calendar, b, c));
        const pauses = toPauses(base, rawPauses);
        expect(businessSecondsBetween(calendar, a, c, { pauses })).toBe(
          businessSecondsBetween(calendar, a, b, { pauses }) + businessSecondsBetween(calendar, b, c, { pauses }),
        );
      }),
      RUNS,
    );
  });

  it('pauses never increase elapsed, and remove at most their own length', () => {
    fc.assert(
      fc.property(calendarSpecArb, baseArb, offsetArb, pausesArb, (spec, base, offset, rawPauses) => {
        const calendar = buildCalendar(spec, base);
        const pauses = toPauses(base, rawPauses);
        const plain = businessSecondsBetween(calendar, at(base), at(base + offset));
        const paused = businessSecondsBetween(calendar, at(base), at(base + offset), { pauses });
        const pausedLength = rawPauses.reduce((sum, pause) => sum + pause.length, 0);
        expect(paused).toBeGreaterThanOrEqual(0);
        expect(paused).toBeLessThanOrEqual(plain);
        expect(plain - paused).toBeLessThanOrEqual(pausedLength);
      }),
      RUNS,
    );
  });

  it('addBusinessSeconds is monotone in seconds, and close <= nextOpen', () => {
    fc.assert(
      fc.property(calendarSpecArb, baseArb, fractionArb, fractionArb, (spec, base, first, second) => {
        const calendar = buildCalendar(spec, base);
        const [less, more] = [durationFor(spec, first), durationFor(spec, second)].sort((x, y) => x - y) as [number, number];
        for (const endpoint of ENDPOINTS) {
          const early = addBusinessSeconds(calendar, at(base), less, { endpoint }).getTime();
          const late = addBusinessSeconds(calendar, at(base), more, { endpoint }).getTime();
          expect(late, endpoint).toBeGreaterThanOrEqual(early);
        }
        expect(addBusinessSeconds(calendar, at(base), more, { endpoint: 'close' }).getTime()).toBeLessThanOrEqual(
          addBusinessSeconds(calendar, at(base), more, { endpoint: 'nextOpen' }).getTime(),
        );
      }),
      RUNS,
    );
  });
});

/** Instances keyed by metric, start and occurrence, so the same clock can be found at a later `now`. */
function byClock(evaluation: SlaEvaluation): Map<string, SlaInstance> {
  const keyed = new Map<string, SlaInstance>();
  const seen = new Map<string, number>();
  for (const instance of evaluation.instances) {
    const base = `${instance.metric}@${instance.startedAt}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    keyed.set(`${base}#${occurrence}`, instance);
  }
  return keyed;
}

describe('evaluateSla properties', () => {
  it('as now grows, elapsed never decreases and a breach is never lifted', () => {
    const nowsArb = fc.array(fc.integer({ min: -3600, max: 4 * 86_400 }), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.boolean().chain((businessHours) => fc.tuple(fc.constant(businessHours), policyArb(businessHours))),
        calendarSpecArb,
        baseArb,
        ticketSpecArb,
        nowsArb,
        ([, policy], spec, base, ticketSpec, nowOffsets) => {
          const calendar = buildCalendar(spec, base);
          const { events } = buildEvents(ticketSpec, base);
          const nows = [...nowOffsets].sort((x, y) => x - y).map((offset) => at(base + offset));
          let previous: Map<string, SlaInstance> | null = null;
          for (const now of nows) {
            const current = byClock(evaluateSla({ ticket: { events }, policy, calendar, now }));
            if (previous) {
              for (const [key, before] of previous) {
                const after = current.get(key);
                if (!after) continue; // a priority change can stop tracking a clock
                expect(after.elapsedSeconds, `${key} elapsed at ${now.toISOString()}`).toBeGreaterThanOrEqual(before.elapsedSeconds);
                if (before.breached) expect(after.breached, `${key} breached at ${now.toISOString()}`).toBe(true);
              }
            }
            previous = current;
          }
        },
      ),
      RUNS,
    );
  });

  it('every instance is internally consistent', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((businessHours) => policyArb(businessHours)),
        calendarSpecArb,
        baseArb,
        ticketSpecArb,
        fc.integer({ min: 0, max: 4 * 86_400 }),
        (policy, spec, base, ticketSpec, nowOffset) => {
          const calendar = buildCalendar(spec, base);
          const { events } = buildEvents(ticketSpec, base);
          const now = at(base + nowOffset);
          const evaluation = evaluateSla({ ticket: { events }, policy, calendar, now });
          let earliest: string | null = null;
          for (const instance of evaluation.instances) {
            expect(instance.elapsedMinutes).toBe(Math.floor(instance.elapsedSeconds / 60));
            expect(instance.diffMinutes).toBe(Math.floor(instance.targetMinutes) - instance.elapsedMinutes);
            expect(instance.remainingMinutes).toBe(Math.max(0, instance.diffMinutes));
            expect(instance.state === 'paused').toBe(instance.deadline === null);
            expect(instance.state === 'closed').toBe(instance.fulfilledAt !== null);
            if (instance.state === 'active') {
              expect(instance.remainingCalendarMinutes).toBe(Math.floor((Date.parse(instance.deadline!) - now.getTime()) / 60_000));
              if (earliest === null || Date.parse(instance.deadline!) < Date.parse(earliest)) earliest = instance.deadline;
            } else expect(instance.remainingCalendarMinutes).toBeNull();
            // breached ⇔ (fulfilledAt ?? now) > deadline, for clocks that are not paused (sticky breaches aside)
            if (instance.deadline !== null && (instance.fulfilledAt === null ? now.getTime() : Date.parse(instance.fulfilledAt)) > Date.parse(instance.deadline)) {
              expect(instance.breached).toBe(true);
            }
            const expectedLevel = instance.breached
              ? 'breached'
              : instance.state === 'closed'
                ? 'achieved'
                : instance.state === 'paused'
                  ? 'paused'
                  : instance.targetMinutes * 60 - instance.elapsedSeconds < (policy.warnBeforeMinutes ?? 15) * 60
                    ? 'at_risk'
                    : 'ok';
            expect(instance.level).toBe(expectedLevel);
            expect(Date.parse(instance.startedAt)).toBeLessThanOrEqual(now.getTime());
          }
          expect(evaluation.nextDeadline).toBe(earliest);
        },
      ),
      RUNS,
    );
  });

  it('on a 24/7 calendar, business-hours targets behave like calendar-time targets', () => {
    const always = everyDay('UTC', [['00:00', '24:00']]);
    fc.assert(
      fc.property(policyArb(false), baseArb, ticketSpecArb, fc.integer({ min: 0, max: 4 * 86_400 }), (policy, base, ticketSpec, nowOffset) => {
        const { events } = buildEvents(ticketSpec, base);
        const now = at(base + nowOffset);
        const asBusiness = { ...policy, targets: policy.targets.map((target) => ({ ...target, businessHours: true })) };
        const calendarTime = evaluateSla({ ticket: { events }, policy, now });
        const businessTime = evaluateSla({ ticket: { events }, policy: asBusiness, calendar: always, now });
        expect(businessTime.instances.map((instance) => ({ ...instance, businessHours: false }))).toEqual(calendarTime.instances);
        expect(businessTime.nextDeadline).toBe(calendarTime.nextDeadline);
      }),
      RUNS,
    );
  });

  it('firstReply, requesterWait, agentWork and resolution count exactly the open time while not stopped', () => {
    // Oracle from the primitives: elapsed = businessSecondsBetween(created, end, { pauses }) where `pauses`
    // are the spans during which the status pauses the metric or the ticket is solved/closed, and `end` is
    // now (firstReply: the first agent reply, if earlier).
    const metrics: SlaMetric[] = ['firstReply', 'requesterWait', 'agentWork', 'resolution'];
    const statuses: TicketStatus[] = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'];
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.option(fc.subarray(statuses), { nil: undefined }),
        calendarSpecArb,
        baseArb,
        ticketSpecArb,
        fc.integer({ min: 0, max: 4 * 86_400 }),
        (businessHours, pauseOn, spec, base, ticketSpec, nowOffset) => {
          const calendar = buildCalendar(spec, base);
          const { events } = buildEvents(ticketSpec, base);
          const now = base + nowOffset;
          const policy: SlaPolicy = { targets: metrics.map((metric) => ({ metric, targetMinutes: 240, businessHours })) };
          if (pauseOn) policy.pauseOn = pauseOn;
          const evaluation = evaluateSla({ ticket: { events }, policy, calendar, now: at(now) });
          const seen = events.filter((event) => new Date(event.at).getTime() / 1000 <= now);
          const firstReplyAt = seen.find((event) => event.type === 'agent_reply');
          // No clock starts while solved or closed: a ticket that ends its creation instant solved starts
          // these clocks at its first reopen (the time before it is stopped time either way).
          const stopped = (status: TicketStatus | undefined) => status === 'solved' || status === 'closed';
          // The status at the end of each instant decides: clocks start at the first reopen of the first
          // instant after creation that ends unsolved (a reopen solved again at once starts nothing).
          const secondsOf = (event: TicketEventInput) => new Date(event.at).getTime() / 1000;
          const statusAtEnd = new Map<number, TicketStatus | undefined>([[base, ticketSpec.status]]);
          for (const event of seen) if (event.type === 'status') statusAtEnd.set(secondsOf(event), event.to);
          const startInstant = stopped(statusAtEnd.get(base))
            ? [...statusAtEnd].filter(([time, status]) => time > base && !stopped(status)).map(([time]) => time).sort((left, right) => left - right)[0]
            : base;
          const reopenIndex =
            startInstant === undefined ? -1 : startInstant === base ? 0 : seen.findIndex((event) => event.type === 'status' && secondsOf(event) === startInstant && !stopped(event.to));
          for (const metric of metrics) {
            const instance = evaluation.metrics[metric]?.[0];
            const repliedWhileSolved = reopenIndex > 0 && firstReplyAt !== undefined && seen.indexOf(firstReplyAt) < reopenIndex;
            if (reopenIndex < 0 || (metric === 'firstReply' && repliedWhileSolved)) {
              expect(instance, metric).toBeUndefined();
              continue;
            }
            const stopsOn = new Set<TicketStatus>([...(pauseOn ?? DEFAULT_PAUSE_ON[metric]), 'solved', 'closed']);
            const pauses: { from: Date; to: Date }[] = [];
            let stoppedSince: number | null = stopsOn.has(ticketSpec.status ?? 'new') ? base : null;
            for (const event of seen) {
              if (event.type !== 'status') continue;
              const time = new Date(event.at).getTime() / 1000;
              if (stopsOn.has(event.to)) stoppedSince ??= time;
              else if (stoppedSince !== null) {
                pauses.push({ from: at(stoppedSince), to: at(time) });
                stoppedSince = null;
              }
            }
            if (stoppedSince !== null) pauses.push({ from: at(stoppedSince), to: at(now) });
            const end = metric === 'firstReply' && firstReplyAt ? new Date(firstReplyAt.at) : at(now);
            const expected = businessHours
              ? businessSecondsBetween(calendar, at(base), end, { pauses })
              : businessSecondsBetween(everyDay('UTC', [['00:00', '24:00']]), at(base), end, { pauses });
            expect(instance, metric).toBeDefined();
            expect(instance!.elapsedSeconds, metric).toBe(expected);
          }
        },
      ),
      RUNS,
    );
  });
});
