import { describe, expect, it, vi } from 'vitest';
import {
  addBusinessMinutes,
  addBusinessSeconds,
  businessMinutesBetween,
  businessSecondsBetween,
  CalendarError,
  evaluateSla,
  SlaInputError,
  type BusinessCalendar,
  type SlaPolicy,
  type TicketEventInput,
} from '../index.js';
import { ev, mon, NINE_TO_FIVE_UTC, policyOf } from './__fixtures__/sla-fixtures.js';

/** Runs `run`, fails unless it throws an instance of `type`, and returns the error. */
function thrown<E extends Error>(type: new (...args: never[]) => E, run: () => unknown): E {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected ${type.name}, got a result instead: ${JSON.stringify(result)}`);
}

/** Every public entry point that takes a calendar, so a bad calendar is rejected by each. */
const calendarUses: [string, (calendar: BusinessCalendar) => unknown][] = [
  ['businessSecondsBetween', (calendar) => businessSecondsBetween(calendar, mon('09:00'), mon('10:00'))],
  ['businessMinutesBetween', (calendar) => businessMinutesBetween(calendar, mon('09:00'), mon('10:00'))],
  ['addBusinessSeconds', (calendar) => addBusinessSeconds(calendar, mon('09:00'), 60)],
  ['addBusinessMinutes', (calendar) => addBusinessMinutes(calendar, mon('09:00'), 0)],
  [
    'evaluateSla',
    (calendar) =>
      evaluateSla({
        ticket: { events: [ev.created(mon('09:00'))] },
        policy: policyOf([{ metric: 'firstReply', targetMinutes: 60, businessHours: true }]),
        calendar,
        now: mon('10:00'),
      }),
  ],
];

function calendar(weekly: Record<string, [string, string][]>, timezone = 'UTC'): BusinessCalendar {
  return { timezone, weekly } as BusinessCalendar;
}

describe('bad calendars throw CalendarError naming the problem', () => {
  const cases: [string, BusinessCalendar, RegExp, string][] = [
    ['no open window at all', calendar({}), /no open window/, 'weekly'],
    ['only empty days', calendar({ mon: [], tue: [] }), /no open window/, 'weekly'],
    ['a window with equal start and end', calendar({ mon: [['09:00', '09:00']] }), /09:00–09:00 is empty/, 'weekly.mon.0'],
    ['an unknown time zone', calendar({ mon: [['09:00', '17:00']] }, 'Mars/Olympus'), /unknown time zone "Mars\/Olympus"/, 'timezone'],
    ['an empty time zone', calendar({ mon: [['09:00', '17:00']] }, ''), /time zone/, 'timezone'],
    ["a one-digit hour '9:00'", calendar({ mon: [['9:00', '17:00']] }), /HH:MM/, 'weekly.mon.0.0'],
    ["an hour past 24 '25:00'", calendar({ mon: [['09:00', '25:00']] }), /HH:MM/, 'weekly.mon.0.1'],
    ["minutes past 59 '09:60'", calendar({ mon: [['09:60', '17:00']] }), /HH:MM/, 'weekly.mon.0.0'],
    ["'24:30'", calendar({ mon: [['09:00', '24:30']] }), /HH:MM/, 'weekly.mon.0.1'],
    ["'24:00' as a start", calendar({ tue: [['24:00', '06:00']] }), /start must be before 24:00/, 'weekly.tue.0'],
  ];

  for (const [name, bad, message, path] of cases) {
    it(`rejects ${name}`, () => {
      for (const [use, run] of calendarUses) {
        const error = thrown(CalendarError, () => run(bad));
        expect(error.message, use).toMatch(message);
        expect(error.code).toBe('invalid_calendar');
        expect(error.issues.map((issue) => issue.path), use).toContain(path);
      }
    });
  }

  it('rejects an unknown weekday key and a malformed holiday', () => {
    const unknownDay = { timezone: 'UTC', weekly: { monday: [['09:00', '17:00']], mon: [['09:00', '17:00']] } } as unknown as BusinessCalendar;
    expect(thrown(CalendarError, () => businessSecondsBetween(unknownDay, mon('09:00'), mon('10:00'))).message).toMatch(/monday/);
    const badHoliday = { ...NINE_TO_FIVE_UTC, holidays: ['2026-3-3'] };
    expect(thrown(CalendarError, () => businessSecondsBetween(badHoliday, mon('09:00'), mon('10:00'))).issues.map((issue) => issue.path)).toEqual(['holidays.0']);
  });

  it('lists every problem at once', () => {
    const error = thrown(CalendarError, () => businessSecondsBetween(calendar({ mon: [['9:00', '17:00']], tue: [['10:00', '10:00']] }, 'Mars/Olympus'), mon('09:00'), mon('10:00')));
    const paths = error.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['timezone', 'weekly.mon.0.0', 'weekly.tue.0']));
  });

  it('accepts the edge cases that are valid', () => {
    // '00:00'–'24:00', an overnight window, '24:00' as an end
    expect(businessSecondsBetween(calendar({ mon: [['00:00', '24:00']] }), mon('00:00'), mon('01:00'))).toBe(3600);
    expect(businessSecondsBetween(calendar({ mon: [['22:00', '02:00']] }), mon('21:00'), mon('23:00'))).toBe(3600);
    expect(businessSecondsBetween(calendar({ mon: [['18:00', '24:00']] }), mon('17:00'), mon('19:00'))).toBe(3600);
  });
});

describe('business-hours targets need a calendar', () => {
  it('throws SlaInputError naming calendar', () => {
    const error = thrown(SlaInputError, () =>
      evaluateSla({ ticket: { events: [ev.created(mon('09:00'))] }, policy: policyOf([{ metric: 'firstReply', targetMinutes: 60, businessHours: true }]), now: mon('10:00') }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['calendar']);
    expect(error.message).toMatch(/calendar/);
  });

  it('calendar-time targets need none', () => {
    expect(() =>
      evaluateSla({ ticket: { events: [ev.created(mon('09:00'))] }, policy: policyOf([{ metric: 'firstReply', targetMinutes: 60 }]), now: mon('10:00') }),
    ).not.toThrow();
  });
});

describe('bad tickets throw SlaInputError naming the path', () => {
  const policy = policyOf([{ metric: 'firstReply', targetMinutes: 60 }]);
  const pathsOf = (events: unknown[], now: unknown = mon('12:00')): string[] =>
    thrown(SlaInputError, () => evaluateSla({ ticket: { events: events as TicketEventInput[] }, policy, now: now as string })).issues.map((issue) => issue.path);

  it('no created event', () => {
    expect(pathsOf([])).toEqual(['ticket.events']);
    expect(pathsOf([ev.reply(mon('09:00'))])).toEqual(['ticket.events']);
  });

  it('two created events (the second is named)', () => {
    expect(pathsOf([ev.created(mon('09:00')), ev.reply(mon('09:10')), ev.created(mon('09:20'))])).toEqual(['ticket.events.2']);
  });

  it('an event before created', () => {
    expect(pathsOf([ev.created(mon('09:00')), ev.reply(mon('09:10')), ev.customer(mon('08:59:59'))])).toEqual(['ticket.events.2.at']);
    // also when that event is after now
    expect(pathsOf([ev.reply(mon('08:00')), ev.created(mon('09:00'))], mon('08:30'))).toEqual(['ticket.events.0.at']);
  });

  it('a bad `at`', () => {
    expect(pathsOf([ev.created(mon('09:00')), ev.reply('yesterday')])).toEqual(['ticket.events.1.at']);
    // no offset
    expect(pathsOf([ev.created('2026-03-02T09:00:00')])).toEqual(['ticket.events.0.at']);
    // invalid Date
    expect(pathsOf([ev.created(mon('09:00')), ev.reply(new Date('nope'))])).toEqual(['ticket.events.1.at']);
    // missing
    expect(pathsOf([ev.created(mon('09:00')), { type: 'agent_reply' }])).toEqual(['ticket.events.1.at']);
  });

  it('an unknown event type', () => {
    const error = thrown(SlaInputError, () =>
      evaluateSla({ ticket: { events: [ev.created(mon('09:00')), { type: 'phone_call', at: mon('09:10') } as unknown as TicketEventInput] }, policy, now: mon('12:00') }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['ticket.events.1.type']);
    expect(error.message).toMatch(/ticket\.events\.1\.type/);
  });

  it('bad fields of known events', () => {
    expect(pathsOf([ev.created(mon('09:00')), { type: 'status', at: mon('09:10'), to: 'waiting' }])).toEqual(['ticket.events.1.to']);
    expect(pathsOf([ev.created(mon('09:00')), { type: 'priority', at: mon('09:10'), to: 'critical' }])).toEqual(['ticket.events.1.to']);
    expect(pathsOf([{ type: 'created', at: mon('09:00'), by: 'robot' }])).toEqual(['ticket.events.0.by']);
  });

  it('a bad ticket priority and a bad now', () => {
    const badPriority = thrown(SlaInputError, () =>
      evaluateSla({ ticket: { events: [ev.created(mon('09:00'))], priority: 'critical' as never }, policy, now: mon('12:00') }),
    );
    expect(badPriority.issues.map((issue) => issue.path)).toEqual(['ticket.priority']);
    expect(thrown(SlaInputError, () => evaluateSla({ ticket: { events: [ev.created(mon('09:00'))] }, policy, now: 'soon' })).issues.map((issue) => issue.path)).toEqual(['now']);
    expect(thrown(SlaInputError, () => evaluateSla({ ticket: { events: [ev.created(mon('09:00'))] }, policy, now: new Date(Number.NaN) })).issues.map((issue) => issue.path)).toEqual(['now']);
  });

  it('an events array changed in place after an evaluation is checked again', () => {
    // A caller that keeps a ticket and appends events to the same array must still get a SlaInputError
    // for a bad new event, never numbers computed from it.
    const events: TicketEventInput[] = [ev.created(mon('09:00'))];
    evaluateSla({ ticket: { events }, policy, now: mon('12:00') });
    events.push({ type: 'agent_reply', at: 'not a date' } as TicketEventInput);
    expect(pathsOf(events)).toEqual(['ticket.events.1.at']);
    events[1] = { type: 'phone_call', at: mon('09:10') } as unknown as TicketEventInput;
    expect(pathsOf(events)).toEqual(['ticket.events.1.type']);
  });

  it('a bad endpoint', () => {
    const error = thrown(SlaInputError, () => evaluateSla({ ticket: { events: [ev.created(mon('09:00'))] }, policy, now: mon('12:00'), endpoint: 'later' as never }));
    expect(error.issues.map((issue) => issue.path)).toEqual(['endpoint']);
  });
});

describe('bad policies throw SlaInputError naming the field', () => {
  const pathsOf = (policy: unknown): string[] =>
    thrown(SlaInputError, () => evaluateSla({ ticket: { events: [ev.created(mon('09:00'))] }, policy: policy as SlaPolicy, now: mon('12:00') })).issues.map(
      (issue) => issue.path,
    );

  it('a negative targetMinutes', () => {
    expect(pathsOf({ targets: [{ metric: 'firstReply', targetMinutes: -5 }] })).toEqual(['policy.targets.0.targetMinutes']);
  });

  it('a non-finite targetMinutes', () => {
    expect(pathsOf({ targets: [{ metric: 'firstReply', targetMinutes: Number.NaN }] })).toEqual(['policy.targets.0.targetMinutes']);
    expect(pathsOf({ targets: [{ metric: 'firstReply', targetMinutes: Number.POSITIVE_INFINITY }] })).toEqual(['policy.targets.0.targetMinutes']);
  });

  it('a duplicate target (same metric and priority)', () => {
    expect(
      pathsOf({
        targets: [
          { metric: 'firstReply', priority: 'high', targetMinutes: 60 },
          { metric: 'firstReply', targetMinutes: 120 },
          { metric: 'firstReply', priority: 'high', targetMinutes: 90 },
        ],
      }),
    ).toEqual(['policy.targets.2']);
    // two any-priority targets for one metric
    expect(
      pathsOf({
        targets: [
          { metric: 'resolution', targetMinutes: 60 },
          { metric: 'resolution', targetMinutes: 120 },
        ],
      }),
    ).toEqual(['policy.targets.1']);
  });

  it('empty targets', () => {
    expect(pathsOf({ targets: [] })).toEqual(['policy.targets']);
  });

  it('an unknown metric, priority or pause status', () => {
    expect(pathsOf({ targets: [{ metric: 'firstResponse', targetMinutes: 60 }] })).toEqual(['policy.targets.0.metric']);
    expect(pathsOf({ targets: [{ metric: 'firstReply', priority: 'p1', targetMinutes: 60 }] })).toEqual(['policy.targets.0.priority']);
    expect(pathsOf({ targets: [{ metric: 'firstReply', targetMinutes: 60 }], pauseOn: ['waiting'] })[0]).toMatch(/^policy\.pauseOn/);
  });

  it('a negative warnBeforeMinutes', () => {
    expect(pathsOf({ targets: [{ metric: 'firstReply', targetMinutes: 60 }], warnBeforeMinutes: -1 })).toEqual(['policy.warnBeforeMinutes']);
  });

  it('the message names the field too', () => {
    const error = thrown(SlaInputError, () =>
      evaluateSla({ ticket: { events: [ev.created(mon('09:00'))] }, policy: { targets: [{ metric: 'firstReply', targetMinutes: -5 }] }, now: mon('12:00') }),
    );
    expect(error.message).toMatch(/policy\.targets\.0\.targetMinutes/);
    expect(error.code).toBe('invalid_sla_input');
  });
});

describe('bad durations and instants', () => {
  it('a negative or NaN duration throws naming it', () => {
    for (const bad of [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(thrown(SlaInputError, () => addBusinessSeconds(NINE_TO_FIVE_UTC, mon('09:00'), bad)).issues.map((issue) => issue.path)).toEqual(['seconds']);
      expect(thrown(SlaInputError, () => addBusinessMinutes(NINE_TO_FIVE_UTC, mon('09:00'), bad)).issues.map((issue) => issue.path)).toEqual(['minutes']);
    }
  });

  it('a bad instant throws naming it', () => {
    expect(thrown(SlaInputError, () => businessSecondsBetween(NINE_TO_FIVE_UTC, 'not a date', mon('10:00'))).issues.map((issue) => issue.path)).toEqual(['from']);
    expect(thrown(SlaInputError, () => businessSecondsBetween(NINE_TO_FIVE_UTC, mon('09:00'), new Date(Number.NaN))).issues.map((issue) => issue.path)).toEqual(['to']);
    expect(thrown(SlaInputError, () => businessMinutesBetween(NINE_TO_FIVE_UTC, mon('09:00'), '2026-03-02T10:00')).issues.map((issue) => issue.path)).toEqual(['to']);
    expect(thrown(SlaInputError, () => addBusinessSeconds(NINE_TO_FIVE_UTC, '2026-02-30T09:00:00Z', 60)).issues.map((issue) => issue.path)).toEqual(['start']);
    expect(thrown(SlaInputError, () => addBusinessSeconds(NINE_TO_FIVE_UTC, 1_772_442_000_000 as never, 60)).issues.map((issue) => issue.path)).toEqual(['start']);
  });

  it('a bad pause throws naming it', () => {
    const error = thrown(SlaInputError, () =>
      businessSecondsBetween(NINE_TO_FIVE_UTC, mon('09:00'), mon('17:00'), { pauses: [{ from: mon('10:00'), to: mon('11:00') }, { from: mon('12:00'), to: 'later' }] }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['pauses.1.to']);
  });

  it('a bad endpoint throws naming it, as evaluateSla does (not silently read as another endpoint)', () => {
    // evaluateSla rejects endpoint 'later' with path 'endpoint' (see above); the primitives should too.
    // Mon 16:00 + 3600 s runs out at 17:00, where 'nextOpen' and 'close' differ, so a silent fallback shows.
    const error = thrown(SlaInputError, () => addBusinessSeconds(NINE_TO_FIVE_UTC, mon('16:00'), 3600, { endpoint: 'later' as never }));
    expect(error.issues.map((issue) => issue.path)).toEqual(['endpoint']);
  });
});

describe('an empty string is never an instant', () => {
  // Each check loads a fresh copy of the engine, so the empty string is the first instant it reads.
  it('businessSecondsBetween rejects from: \'\' even as the first instant read', async () => {
    vi.resetModules();
    const fresh = await import('../index.js');
    let outcome: unknown;
    try {
      outcome = fresh.businessSecondsBetween(NINE_TO_FIVE_UTC, '', mon('10:00'));
    } catch (error) {
      outcome = error;
    }
    // An empty `from` must throw SlaInputError naming `from`, not be read as 1970-01-01T00:00:00Z
    expect(outcome).toBeInstanceOf(fresh.SlaInputError);
    expect((outcome as SlaInputError).issues.map((issue) => issue.path)).toEqual(['from']);
  });

  it('evaluateSla rejects now: \'\' even as the first instant read', async () => {
    vi.resetModules();
    const fresh = await import('../index.js');
    let outcome: unknown;
    try {
      outcome = fresh.evaluateSla({ ticket: { events: [ev.created(mon('09:00'))] }, policy: policyOf([{ metric: 'firstReply', targetMinutes: 60 }]), now: '' });
    } catch (error) {
      outcome = error;
    }
    expect(outcome).toBeInstanceOf(fresh.SlaInputError);
    expect((outcome as SlaInputError).issues.map((issue) => issue.path)).toEqual(['now']);
  });

  it('is rejected after other instants were read', () => {
    businessSecondsBetween(NINE_TO_FIVE_UTC, mon('09:00'), mon('10:00'));
    expect(thrown(SlaInputError, () => businessSecondsBetween(NINE_TO_FIVE_UTC, '', mon('10:00'))).issues.map((issue) => issue.path)).toEqual(['from']);
  });
});
