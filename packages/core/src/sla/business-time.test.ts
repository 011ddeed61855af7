import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, addBusinessSeconds, businessMinutesBetween, businessSecondsBetween, type BusinessCalendar } from '../index.js';
import { everyDay, iso, mon, NINE_TO_FIVE_UTC, on, weekdays } from './__fixtures__/sla-fixtures.js';

// Reference week (UTC): day 0 = Monday 2026-03-02 … day 4 = Friday 2026-03-06, day 5/6 = the weekend,
// day 7 = Monday 2026-03-09. `on(day, 'HH:MM[:SS]')` builds an instant of that week.
const H = 3600;

describe('plain 09:00–17:00 weekdays (UTC)', () => {
  const cal = NINE_TO_FIVE_UTC;

  it('counts only the open part of a range', () => {
    // Mon 08:00 → 10:30: closed until 09:00, then 09:00–10:30 = 1.5 h = 5400 s
    expect(businessSecondsBetween(cal, mon('08:00'), mon('10:30'))).toBe(5400);
    // Mon 10:00 → 16:00, all open: 6 h = 21600 s
    expect(businessSecondsBetween(cal, mon('10:00'), mon('16:00'))).toBe(6 * H);
    // Mon 16:00 → 20:00: 16:00–17:00 = 1 h
    expect(businessSecondsBetween(cal, mon('16:00'), mon('20:00'))).toBe(H);
    // Mon 17:00 → Tue 09:00: closed the whole night = 0
    expect(businessSecondsBetween(cal, mon('17:00'), on(1, '09:00'))).toBe(0);
  });

  it('counts a whole week as 5 × 8 h', () => {
    // Mon 00:00 → next Mon 00:00: 5 days × 8 h = 40 h = 144000 s
    expect(businessSecondsBetween(cal, on(0, '00:00'), on(7, '00:00'))).toBe(40 * H);
  });

  it('adds minutes within a day and into the next day', () => {
    // Mon 10:00 + 90 min → 11:30
    expect(iso(addBusinessMinutes(cal, mon('10:00'), 90))).toBe(iso(mon('11:30')));
    // Mon 16:00 + 120 min → 60 min on Monday (to 17:00) + 60 min Tuesday from 09:00 → Tue 10:00
    expect(iso(addBusinessMinutes(cal, mon('16:00'), 120))).toBe(iso(on(1, '10:00')));
    // Mon 07:00 (before opening) + 30 min → 09:30
    expect(iso(addBusinessMinutes(cal, mon('07:00'), 30))).toBe(iso(mon('09:30')));
    // Mon 09:00 + 8 h 1 min → Monday's 8 h used up, 1 min on Tuesday → Tue 09:01
    expect(iso(addBusinessMinutes(cal, mon('09:00'), 481))).toBe(iso(on(1, '09:01')));
  });

  it('reads ISO inputs with an offset as the same instant', () => {
    // 10:00+01:00 = 09:00Z; 12:30+01:00 = 11:30Z → 2.5 h
    expect(businessSecondsBetween(cal, '2026-03-02T10:00:00+01:00', '2026-03-02T12:30:00+01:00')).toBe(2.5 * H);
    // Date inputs give the same result as ISO strings
    expect(businessSecondsBetween(cal, new Date(mon('10:00')), new Date(mon('16:00')))).toBe(6 * H);
  });
});

describe('local time zone', () => {
  // Europe/Paris is UTC+1 in early March (no DST yet): 09:00–17:00 local = 08:00Z–16:00Z
  const paris = weekdays('Europe/Paris', [['09:00', '17:00']]);

  it('opens and closes at local wall-clock time', () => {
    // 07:00Z (08:00 local) → 09:30Z (10:30 local): open from 09:00 local = 08:00Z → 1.5 h
    expect(businessSecondsBetween(paris, mon('07:00'), mon('09:30'))).toBe(1.5 * H);
    // Mon 15:30Z (16:30 local) + 60 min → 30 min Monday, then Tue 09:00 local (08:00Z) + 30 min = 08:30Z
    expect(iso(addBusinessMinutes(paris, mon('15:30'), 60))).toBe(iso(on(1, '08:30')));
  });

  it('applies weekday windows by local date, not UTC date', () => {
    // Pacific/Auckland is UTC+13 in March: Mon 09:00 local = Sun 20:00Z (2026-03-01T20:00Z).
    const auckland: BusinessCalendar = { timezone: 'Pacific/Auckland', weekly: { mon: [['09:00', '17:00']] } };
    // Sun 2026-03-01 19:00Z → 21:00Z spans Mon 08:00–10:00 local → 1 h open (09:00–10:00)
    expect(businessSecondsBetween(auckland, '2026-03-01T19:00:00Z', '2026-03-01T21:00:00Z')).toBe(H);
  });
});

describe('across a weekend', () => {
  const cal = NINE_TO_FIVE_UTC;

  it('skips Saturday and Sunday', () => {
    // Fri 15:00 → Mon 11:00: Friday 15–17 = 2 h, weekend 0, Monday 09–11 = 2 h → 4 h
    expect(businessSecondsBetween(cal, on(4, '15:00'), on(7, '11:00'))).toBe(4 * H);
    // Sat 10:00 → Sun 18:00: nothing open
    expect(businessSecondsBetween(cal, on(5, '10:00'), on(6, '18:00'))).toBe(0);
  });

  it('adds across the weekend', () => {
    // Fri 16:00 + 3 h → 1 h Friday, 2 h Monday from 09:00 → Mon 11:00
    expect(iso(addBusinessMinutes(cal, on(4, '16:00'), 180))).toBe(iso(on(7, '11:00')));
    // Sat 12:00 + 30 min → Mon 09:30
    expect(iso(addBusinessMinutes(cal, on(5, '12:00'), 30))).toBe(iso(on(7, '09:30')));
  });
});

describe('lunch break', () => {
  const cal = weekdays('UTC', [
    ['09:00', '12:00'],
    ['13:00', '17:00'],
  ]);

  it('does not count the break', () => {
    // Mon 11:00 → 14:00: 11–12 = 1 h, 12–13 closed, 13–14 = 1 h → 2 h
    expect(businessSecondsBetween(cal, mon('11:00'), mon('14:00'))).toBe(2 * H);
    // A whole day: 3 h + 4 h = 7 h
    expect(businessSecondsBetween(cal, mon('00:00'), on(1, '00:00'))).toBe(7 * H);
    // Inside the break: 0
    expect(businessSecondsBetween(cal, mon('12:10'), mon('12:50'))).toBe(0);
  });

  it('adds across the break', () => {
    // Mon 11:30 + 60 min → 30 min to 12:00, then 30 min from 13:00 → 13:30
    expect(iso(addBusinessMinutes(cal, mon('11:30'), 60))).toBe(iso(mon('13:30')));
    // Running out exactly at 12:00: nextOpen → 13:00, close → 12:00
    expect(iso(addBusinessMinutes(cal, mon('11:00'), 60))).toBe(iso(mon('13:00')));
    expect(iso(addBusinessMinutes(cal, mon('11:00'), 60, { endpoint: 'close' }))).toBe(iso(mon('12:00')));
    // Started during the break: Mon 12:30 + 15 min → 13:15
    expect(iso(addBusinessMinutes(cal, mon('12:30'), 15))).toBe(iso(mon('13:15')));
  });
});

describe('holidays', () => {
  // Tuesday 2026-03-03 is a holiday
  const cal = weekdays('UTC', [['09:00', '17:00']], ['2026-03-03']);

  it('removes the whole holiday', () => {
    // Mon 16:00 → Wed 10:00: Mon 16–17 = 1 h, Tue holiday 0, Wed 09–10 = 1 h → 2 h
    expect(businessSecondsBetween(cal, mon('16:00'), on(2, '10:00'))).toBe(2 * H);
    // The holiday itself: 0
    expect(businessSecondsBetween(cal, on(1, '00:00'), on(2, '00:00'))).toBe(0);
  });

  it('adds over the holiday', () => {
    // Mon 16:00 + 120 min → 60 min Monday, Tuesday skipped, Wed 09:00 + 60 → Wed 10:00
    expect(iso(addBusinessMinutes(cal, mon('16:00'), 120))).toBe(iso(on(2, '10:00')));
    // Zero duration on the holiday → Wed 09:00
    expect(iso(addBusinessSeconds(cal, on(1, '10:00'), 0))).toBe(iso(on(2, '09:00')));
  });

  it('removes the local date, not the UTC date', () => {
    // America/New_York in early March is UTC−5: holiday Tue 2026-03-03 local = 05:00Z Tue → 05:00Z Wed.
    const ny = weekdays('America/New_York', [['00:00', '24:00']], ['2026-03-03']);
    // Tue 00:00Z → Wed 12:00Z: Tue 00:00Z–05:00Z is still Monday local (open, 5 h); Tue local is off;
    // Wed 05:00Z–12:00Z is Wednesday local (open, 7 h) → 12 h
    expect(businessSecondsBetween(ny, on(1, '00:00'), on(2, '12:00'))).toBe(12 * H);
  });
});

describe("overnight window ['22:00','06:00']", () => {
  // Written on Mon–Fri: Mon 22:00–Tue 06:00, …, Fri 22:00–Sat 06:00. Sunday has none, so Monday 00–06 is closed.
  const cal = weekdays('UTC', [['22:00', '06:00']]);

  it('splits into the evening and the next morning', () => {
    // Monday: no Sunday window, so only 22:00–24:00 → 2 h
    expect(businessSecondsBetween(cal, on(0, '00:00'), on(1, '00:00'))).toBe(2 * H);
    // Tuesday: 00:00–06:00 (from Monday) + 22:00–24:00 → 8 h
    expect(businessSecondsBetween(cal, on(1, '00:00'), on(2, '00:00'))).toBe(8 * H);
    // Saturday: 00:00–06:00 from Friday's window → 6 h
    expect(businessSecondsBetween(cal, on(5, '00:00'), on(6, '00:00'))).toBe(6 * H);
    // Mon 23:00 → Tue 01:00 runs continuously over midnight → 2 h
    expect(businessSecondsBetween(cal, mon('23:00'), on(1, '01:00'))).toBe(2 * H);
  });

  it('adds over midnight', () => {
    // Mon 23:00 + 120 min → 60 min to midnight + 60 min → Tue 01:00
    expect(iso(addBusinessMinutes(cal, mon('23:00'), 120))).toBe(iso(on(1, '01:00')));
    // Tue 05:00 + 120 min → 60 min to 06:00, closed until 22:00, + 60 → Tue 23:00
    expect(iso(addBusinessMinutes(cal, on(1, '05:00'), 120))).toBe(iso(on(1, '23:00')));
  });

  it('drops the after-midnight half that falls on a holiday date', () => {
    // Holiday Tue 2026-03-03: Monday's 22:00–24:00 stays (Monday is not a holiday),
    // Tuesday 00:00–06:00 (from Monday's window) and Tuesday 22:00–24:00 are removed,
    // Wednesday 00:00–06:00 (from Tuesday's window, but on Wednesday's date) stays.
    const withHoliday = weekdays('UTC', [['22:00', '06:00']], ['2026-03-03']);
    // Mon 22:00 → Tue 06:00: only Mon 22–24 → 2 h
    expect(businessSecondsBetween(withHoliday, mon('22:00'), on(1, '06:00'))).toBe(2 * H);
    // Tue 12:00 → Wed 12:00: Tue 22–24 removed, Wed 00–06 kept → 6 h
    expect(businessSecondsBetween(withHoliday, on(1, '12:00'), on(2, '12:00'))).toBe(6 * H);
    // Mon 23:00 + 120 min → 60 min to midnight, Tuesday off, Wed 00:00 + 60 → Wed 01:00
    expect(iso(addBusinessMinutes(withHoliday, mon('23:00'), 120))).toBe(iso(on(2, '01:00')));
  });

  it('keeps the after-midnight half when only the evening’s date is a holiday', () => {
    // Holiday Mon 2026-03-02: Monday 22:00–24:00 removed; Tuesday 00:00–06:00 (Tuesday's date) kept.
    const mondayOff = weekdays('UTC', [['22:00', '06:00']], ['2026-03-02']);
    // Mon 20:00 → Tue 08:00: 0 + 6 h
    expect(businessSecondsBetween(mondayOff, mon('20:00'), on(1, '08:00'))).toBe(6 * H);
    // Zero duration from Mon 21:00 → Tue 00:00
    expect(iso(addBusinessSeconds(mondayOff, mon('21:00'), 0))).toBe(iso(on(1, '00:00')));
  });
});

describe("24/7 calendar ['00:00','24:00']", () => {
  const cal = everyDay('UTC', [['00:00', '24:00']]);

  it('counts every second', () => {
    // Mon 10:00 → Wed 10:00 = 48 h
    expect(businessSecondsBetween(cal, mon('10:00'), on(2, '10:00'))).toBe(48 * H);
    // Sat 23:59:30 → Sun 00:00:30 over midnight = 60 s
    expect(businessSecondsBetween(cal, on(5, '23:59:30'), on(6, '00:00:30'))).toBe(60);
  });

  it('adds plain seconds, also over midnight and with nextOpen', () => {
    // Mon 23:30 + 60 min = Tue 00:30 (no closing at midnight: the days touch)
    expect(iso(addBusinessMinutes(cal, mon('23:30'), 60))).toBe(iso(on(1, '00:30')));
    // Mon 23:00 + 60 min ends exactly at 24:00, which is not a closing → Tue 00:00 for both endpoints
    expect(iso(addBusinessMinutes(cal, mon('23:00'), 60))).toBe(iso(on(1, '00:00')));
    expect(iso(addBusinessMinutes(cal, mon('23:00'), 60, { endpoint: 'close' }))).toBe(iso(on(1, '00:00')));
    // 3 days = 259200 s
    expect(iso(addBusinessSeconds(cal, mon('10:00'), 259200))).toBe(iso(on(3, '10:00')));
  });

  it('still honours holidays', () => {
    // Holiday Tue: Mon 10:00 → Wed 10:00 = Mon 14 h + Wed 10 h = 24 h
    const withHoliday = everyDay('UTC', [['00:00', '24:00']], ['2026-03-03']);
    expect(businessSecondsBetween(withHoliday, mon('10:00'), on(2, '10:00'))).toBe(24 * H);
  });
});

describe('endpoint when a target runs out exactly at closing', () => {
  const cal = NINE_TO_FIVE_UTC;

  it("'nextOpen' (default) lands on the next opening, 'close' on the closing", () => {
    // Mon 16:00 + 60 min: used up exactly at 17:00
    expect(iso(addBusinessMinutes(cal, mon('16:00'), 60))).toBe(iso(on(1, '09:00')));
    expect(iso(addBusinessMinutes(cal, mon('16:00'), 60, { endpoint: 'nextOpen' }))).toBe(iso(on(1, '09:00')));
    expect(iso(addBusinessMinutes(cal, mon('16:00'), 60, { endpoint: 'close' }))).toBe(iso(mon('17:00')));
    // On a Friday the next opening is Monday
    expect(iso(addBusinessMinutes(cal, on(4, '16:00'), 60))).toBe(iso(on(7, '09:00')));
    expect(iso(addBusinessMinutes(cal, on(4, '16:00'), 60, { endpoint: 'close' }))).toBe(iso(on(4, '17:00')));
  });

  it('agrees on both endpoints when the target does not end at a closing', () => {
    // 59 min → 16:59 (both); 61 min → Tue 09:01 (both)
    for (const endpoint of ['nextOpen', 'close'] as const) {
      expect(iso(addBusinessMinutes(cal, mon('16:00'), 59, { endpoint }))).toBe(iso(mon('16:59')));
      expect(iso(addBusinessMinutes(cal, mon('16:00'), 61, { endpoint }))).toBe(iso(on(1, '09:01')));
    }
  });

  it('measures the full target up to either endpoint', () => {
    // [16:00, 17:00) and [16:00, Tue 09:00) both hold exactly 3600 open seconds
    expect(businessSecondsBetween(cal, mon('16:00'), mon('17:00'))).toBe(H);
    expect(businessSecondsBetween(cal, mon('16:00'), on(1, '09:00'))).toBe(H);
  });
});

describe('zero duration', () => {
  const cal = NINE_TO_FIVE_UTC;

  it('returns the start when it is open, for both endpoints', () => {
    for (const endpoint of ['nextOpen', 'close'] as const) {
      // inside hours
      expect(iso(addBusinessSeconds(cal, mon('10:00:30'), 0, { endpoint }))).toBe(iso(mon('10:00:30')));
      // exactly at opening: [09:00, 17:00) includes 09:00
      expect(iso(addBusinessSeconds(cal, mon('09:00'), 0, { endpoint }))).toBe(iso(mon('09:00')));
      expect(iso(addBusinessMinutes(cal, mon('11:00'), 0, { endpoint }))).toBe(iso(mon('11:00')));
    }
  });

  it('returns the next opening when the start is closed, for both endpoints', () => {
    for (const endpoint of ['nextOpen', 'close'] as const) {
      // before opening
      expect(iso(addBusinessSeconds(cal, mon('08:00'), 0, { endpoint }))).toBe(iso(mon('09:00')));
      // exactly at closing: 17:00 is not open → Tue 09:00
      expect(iso(addBusinessSeconds(cal, mon('17:00'), 0, { endpoint }))).toBe(iso(on(1, '09:00')));
      // weekend
      expect(iso(addBusinessSeconds(cal, on(5, '12:00'), 0, { endpoint }))).toBe(iso(on(7, '09:00')));
    }
  });
});

describe('pauses', () => {
  const cal = NINE_TO_FIVE_UTC;

  it('subtracts a pause inside hours', () => {
    // Mon 09:00 → 17:00 = 8 h, minus pause 10:00–11:00 = 7 h
    expect(businessSecondsBetween(cal, mon('09:00'), mon('17:00'), { pauses: [{ from: mon('10:00'), to: mon('11:00') }] })).toBe(7 * H);
  });

  it('subtracts only the open part of a pause spanning closed time', () => {
    // Mon 09:00 → Tue 17:00 = 16 h; pause Mon 16:00 → Tue 10:00 covers Mon 16–17 + Tue 09–10 = 2 h open → 14 h
    expect(businessSecondsBetween(cal, mon('09:00'), on(1, '17:00'), { pauses: [{ from: mon('16:00'), to: on(1, '10:00') }] })).toBe(14 * H);
  });

  it('counts overlapping pauses once', () => {
    // Pauses 10:00–11:00 and 10:30–12:00 → union 10:00–12:00 = 2 h → 8 − 2 = 6 h
    const pauses = [
      { from: mon('10:00'), to: mon('11:00') },
      { from: mon('10:30'), to: mon('12:00') },
    ];
    expect(businessSecondsBetween(cal, mon('09:00'), mon('17:00'), { pauses })).toBe(6 * H);
    // Same pauses given in the opposite order
    expect(businessSecondsBetween(cal, mon('09:00'), mon('17:00'), { pauses: [...pauses].reverse() })).toBe(6 * H);
    // A pause contained in another: 10:00–12:00 and 10:15–10:45 → still 2 h
    expect(
      businessSecondsBetween(cal, mon('09:00'), mon('17:00'), {
        pauses: [
          { from: mon('10:00'), to: mon('12:00') },
          { from: mon('10:15'), to: mon('10:45') },
        ],
      }),
    ).toBe(6 * H);
  });

  it('clips pauses to the range and never increases elapsed', () => {
    // Pause 08:00–09:30 sticks out before the range 09:00–17:00: only 09:00–09:30 counts → 7.5 h
    expect(businessSecondsBetween(cal, mon('09:00'), mon('17:00'), { pauses: [{ from: mon('08:00'), to: mon('09:30') }] })).toBe(7.5 * H);
    // A pause entirely outside the range or in closed time changes nothing
    expect(businessSecondsBetween(cal, mon('09:00'), mon('17:00'), { pauses: [{ from: on(1, '10:00'), to: on(1, '11:00') }] })).toBe(8 * H);
    expect(businessSecondsBetween(cal, mon('09:00'), mon('17:00'), { pauses: [{ from: mon('18:00'), to: mon('20:00') }] })).toBe(8 * H);
    // A reversed pause (to < from) is empty, it does not add time back
    expect(businessSecondsBetween(cal, mon('09:00'), mon('17:00'), { pauses: [{ from: mon('12:00'), to: mon('10:00') }] })).toBe(8 * H);
    // A pause covering everything → 0
    expect(businessSecondsBetween(cal, mon('09:00'), mon('17:00'), { pauses: [{ from: mon('00:00'), to: on(1, '00:00') }] })).toBe(0);
  });

  it('pushes a deadline past a pause', () => {
    // Mon 09:00 + 120 min with pause 10:00–11:00 → 60 min before, 60 min after → 12:00
    expect(iso(addBusinessMinutes(cal, mon('09:00'), 120, { pauses: [{ from: mon('10:00'), to: mon('11:00') }] }))).toBe(iso(mon('12:00')));
    // Start inside a pause: Mon 10:30 + 30 min with pause 10:00–11:00 → 11:30
    expect(iso(addBusinessMinutes(cal, mon('10:30'), 30, { pauses: [{ from: mon('10:00'), to: mon('11:00') }] }))).toBe(iso(mon('11:30')));
    // Pause reaching over the close: Mon 15:00 + 120 min with pause 16:00 → Tue 10:00:
    // 60 min Mon 15–16, paused until Tue 10:00, + 60 → Tue 11:00
    expect(iso(addBusinessMinutes(cal, mon('15:00'), 120, { pauses: [{ from: mon('16:00'), to: on(1, '10:00') }] }))).toBe(iso(on(1, '11:00')));
  });

  it('treats a target running out at the start of a pause like one running out at closing', () => {
    // Mon 09:00 + 60 min with pause 10:00–11:00: used up exactly at 10:00
    const pauses = [{ from: mon('10:00'), to: mon('11:00') }];
    expect(iso(addBusinessMinutes(cal, mon('09:00'), 60, { pauses, endpoint: 'close' }))).toBe(iso(mon('10:00')));
    expect(iso(addBusinessMinutes(cal, mon('09:00'), 60, { pauses }))).toBe(iso(mon('11:00')));
  });

  it('zero duration skips a pause', () => {
    // Start 10:15 inside pause 10:00–11:00 → first counted instant 11:00
    expect(iso(addBusinessSeconds(cal, mon('10:15'), 0, { pauses: [{ from: mon('10:00'), to: mon('11:00') }] }))).toBe(iso(mon('11:00')));
  });
});

describe('empty and reversed ranges', () => {
  it('gives 0 when to <= from', () => {
    expect(businessSecondsBetween(NINE_TO_FIVE_UTC, mon('10:00'), mon('10:00'))).toBe(0);
    expect(businessSecondsBetween(NINE_TO_FIVE_UTC, mon('12:00'), mon('10:00'))).toBe(0);
    expect(businessMinutesBetween(NINE_TO_FIVE_UTC, on(2, '12:00'), mon('10:00'))).toBe(0);
  });
});

describe('seconds precision', () => {
  const cal = NINE_TO_FIVE_UTC;

  it('never truncates inputs to minutes', () => {
    // 09:00:30 → 10:00:00 = 3570 s (not 3600, not 3540)
    expect(businessSecondsBetween(cal, mon('09:00:30'), mon('10:00:00'))).toBe(3570);
    // 08:59:59 → 09:00:01: only 09:00:00–09:00:01 is open → 1 s
    expect(businessSecondsBetween(cal, mon('08:59:59'), mon('09:00:01'))).toBe(1);
    // 16:59:59 → 17:00:30: 1 s
    expect(businessSecondsBetween(cal, mon('16:59:59'), mon('17:00:30'))).toBe(1);
  });

  it('adds seconds without rounding the start', () => {
    // Mon 16:59:30 + 45 s → 30 s Monday, 15 s Tuesday → Tue 09:00:15
    expect(iso(addBusinessSeconds(cal, mon('16:59:30'), 45))).toBe(iso(on(1, '09:00:15')));
    // Mon 09:00:30 + 2 min → 09:02:30
    expect(iso(addBusinessMinutes(cal, mon('09:00:30'), 2))).toBe(iso(mon('09:02:30')));
    // Fractional minutes: 1.5 min = 90 s → 10:01:30
    expect(iso(addBusinessMinutes(cal, mon('10:00'), 1.5))).toBe(iso(mon('10:01:30')));
  });

  it('businessMinutesBetween floors the seconds', () => {
    // 09:00:30 → 10:00:00 = 3570 s → floor(59.5) = 59
    expect(businessMinutesBetween(cal, mon('09:00:30'), mon('10:00:00'))).toBe(59);
    // 119 s → 1 minute
    expect(businessMinutesBetween(cal, mon('09:00'), mon('09:01:59'))).toBe(1);
    // 59 s → 0 minutes
    expect(businessMinutesBetween(cal, mon('09:00'), mon('09:00:59'))).toBe(0);
    // Minutes with pauses: 8 h − pause 10:00:00–10:00:45 = 28755 s → 479 min
    expect(businessMinutesBetween(cal, mon('09:00'), mon('17:00'), { pauses: [{ from: mon('10:00'), to: mon('10:00:45') }] })).toBe(479);
  });
});
