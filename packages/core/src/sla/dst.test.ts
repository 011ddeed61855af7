import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, addBusinessSeconds, businessSecondsBetween, type BusinessCalendar } from '../index.js';
import { everyDay, iso, weekdays } from './__fixtures__/sla-fixtures.js';

// DST transitions used below (all on Sundays):
//   Europe/Berlin     2026-03-29 02:00 CET  → 03:00 CEST (at 01:00Z)   2026-10-25 03:00 CEST → 02:00 CET (at 01:00Z)
//   America/New_York  2026-03-08 02:00 EST  → 03:00 EDT  (at 07:00Z)   2026-11-01 02:00 EDT  → 01:00 EST (at 06:00Z)
//   Australia/Sydney  2026-10-04 02:00 AEST → 03:00 AEDT (at 16:00Z on 10-03)   2026-04-05 03:00 AEDT → 02:00 AEST (at 16:00Z on 04-04)
const H = 3600;

function sundayOnly(timezone: string, window: [string, string]): BusinessCalendar {
  return { timezone, weekly: { sun: [window] } };
}

describe('a 00:00–24:00 window is real elapsed time', () => {
  it('is 23 h on the Berlin spring day and 25 h on the autumn day', () => {
    const cal = sundayOnly('Europe/Berlin', ['00:00', '24:00']);
    // Sun 03-29 00:00 CET = 03-28T23:00Z → Mon 00:00 CEST = 03-29T22:00Z → 23 h
    expect(businessSecondsBetween(cal, '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z')).toBe(23 * H);
    // Sun 10-25 00:00 CEST = 10-24T22:00Z → Mon 00:00 CET = 10-25T23:00Z → 25 h
    expect(businessSecondsBetween(cal, '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z')).toBe(25 * H);
    // An ordinary Sunday (03-22) is 24 h
    expect(businessSecondsBetween(cal, '2026-03-21T00:00:00Z', '2026-03-24T00:00:00Z')).toBe(24 * H);
  });

  it('is 23 h on the New York spring day and 25 h on the autumn day', () => {
    const cal = sundayOnly('America/New_York', ['00:00', '24:00']);
    // Sun 03-08 00:00 EST = 05:00Z → Mon 00:00 EDT = 03-09T04:00Z → 23 h
    expect(businessSecondsBetween(cal, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toBe(23 * H);
    // Sun 11-01 00:00 EDT = 04:00Z → Mon 00:00 EST = 11-02T05:00Z → 25 h
    expect(businessSecondsBetween(cal, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).toBe(25 * H);
  });

  it('is 23 h / 25 h in Sydney too (southern hemisphere)', () => {
    const cal = sundayOnly('Australia/Sydney', ['00:00', '24:00']);
    // Sun 10-04 00:00 AEST = 10-03T14:00Z → Mon 00:00 AEDT = 10-04T13:00Z → 23 h
    expect(businessSecondsBetween(cal, '2026-10-02T00:00:00Z', '2026-10-06T00:00:00Z')).toBe(23 * H);
    // Sun 04-05 00:00 AEDT = 04-04T13:00Z → Mon 00:00 AEST = 04-05T14:00Z → 25 h
    expect(businessSecondsBetween(cal, '2026-04-03T00:00:00Z', '2026-04-07T00:00:00Z')).toBe(25 * H);
  });

  it('overnight windows across the DST night are 7 h / 9 h', () => {
    const cal: BusinessCalendar = { timezone: 'Europe/Berlin', weekly: { sat: [['22:00', '06:00']] } };
    // Sat 03-28 22:00 CET = 21:00Z → Sun 06:00 CEST = 04:00Z → 7 h
    expect(businessSecondsBetween(cal, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(7 * H);
    // Sat 10-24 22:00 CEST = 20:00Z → Sun 06:00 CET = 05:00Z → 9 h
    expect(businessSecondsBetween(cal, '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z')).toBe(9 * H);
  });
});

describe('windows touching the skipped hour (spring)', () => {
  it("Berlin ['02:30','05:00'] starts at 03:30 local", () => {
    const cal = sundayOnly('Europe/Berlin', ['02:30', '05:00']);
    // 02:30 does not exist → moved forward by the 1 h gap → 03:30 CEST = 01:30Z; 05:00 CEST = 03:00Z → 1.5 h
    expect(businessSecondsBetween(cal, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(1.5 * H);
    expect(iso(addBusinessSeconds(cal, '2026-03-28T12:00:00Z', 0))).toBe('2026-03-29T01:30:00.000Z');
    // An ordinary Sunday (03-22, CET): 02:30 = 01:30Z → 05:00 = 04:00Z → 2.5 h
    expect(businessSecondsBetween(cal, '2026-03-21T00:00:00Z', '2026-03-23T00:00:00Z')).toBe(2.5 * H);
  });

  it("New York ['02:30','05:00'] starts at 03:30 local", () => {
    const cal = sundayOnly('America/New_York', ['02:30', '05:00']);
    // 02:30 → 03:30 EDT = 07:30Z; 05:00 EDT = 09:00Z → 1.5 h
    expect(businessSecondsBetween(cal, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toBe(1.5 * H);
    expect(iso(addBusinessSeconds(cal, '2026-03-07T12:00:00Z', 0))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('a window ending in the skipped hour ends later by the gap', () => {
    const cal = sundayOnly('Europe/Berlin', ['01:00', '02:30']);
    // 01:00 CET = 00:00Z; 02:30 → 03:30 CEST = 01:30Z → 1.5 h of real time
    expect(businessSecondsBetween(cal, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(1.5 * H);
  });
});

describe('windows touching the repeated hour (autumn)', () => {
  it("New York ['01:30','03:00'] starts at the earlier 01:30 (EDT)", () => {
    const cal = sundayOnly('America/New_York', ['01:30', '03:00']);
    // 01:30 happens twice: 05:30Z (EDT) and 06:30Z (EST); the earlier is used. 03:00 EST = 08:00Z → 2.5 h
    expect(businessSecondsBetween(cal, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).toBe(2.5 * H);
    expect(iso(addBusinessSeconds(cal, '2026-10-31T12:00:00Z', 0))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('a window ending at an ambiguous time ends at the earlier instant', () => {
    const cal = sundayOnly('America/New_York', ['00:00', '01:30']);
    // 00:00 EDT = 04:00Z → 01:30 EDT = 05:30Z → 1.5 h
    expect(businessSecondsBetween(cal, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).toBe(1.5 * H);
  });

  it("Berlin ['02:30','04:00'] starts at the earlier 02:30 (CEST)", () => {
    const cal = sundayOnly('Europe/Berlin', ['02:30', '04:00']);
    // 02:30 CEST = 00:30Z; 04:00 CET = 03:00Z → 2.5 h
    expect(businessSecondsBetween(cal, '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z')).toBe(2.5 * H);
  });
});

describe('addBusinessMinutes across a DST change', () => {
  it('Berlin 09:00–17:00 weekdays over the spring weekend', () => {
    const cal = weekdays('Europe/Berlin', [['09:00', '17:00']]);
    // Fri 03-27 16:00 CET = 15:00Z, + 120 min: 60 min Friday; Mon 03-30 09:00 CEST = 07:00Z + 60 → 08:00Z
    expect(iso(addBusinessMinutes(cal, '2026-03-27T15:00:00Z', 120))).toBe('2026-03-30T08:00:00.000Z');
    // Running out at Friday's close: nextOpen → Mon 09:00 CEST = 07:00Z; close → Fri 17:00 CET = 16:00Z
    expect(iso(addBusinessMinutes(cal, '2026-03-27T15:00:00Z', 60))).toBe('2026-03-30T07:00:00.000Z');
    expect(iso(addBusinessMinutes(cal, '2026-03-27T15:00:00Z', 60, { endpoint: 'close' }))).toBe('2026-03-27T16:00:00.000Z');
  });

  it('Berlin 24/7: 3 h from midnight is 04:00 local in spring and 02:00 (second) in autumn', () => {
    const cal = everyDay('Europe/Berlin', [['00:00', '24:00']]);
    // 03-29 00:00 CET = 03-28T23:00Z + 3 h = 02:00Z = 04:00 CEST
    expect(iso(addBusinessMinutes(cal, '2026-03-29T00:00:00+01:00', 180))).toBe('2026-03-29T02:00:00.000Z');
    // 10-25 00:00 CEST = 10-24T22:00Z + 3 h = 01:00Z = 02:00 CET
    expect(iso(addBusinessMinutes(cal, '2026-10-25T00:00:00+02:00', 180))).toBe('2026-10-25T01:00:00.000Z');
  });

  it('New York 09:00–17:00 weekdays over both transitions', () => {
    const cal = weekdays('America/New_York', [['09:00', '17:00']]);
    // Fri 03-06 16:00 EST = 21:00Z + 90 min: 60 Friday; Mon 03-09 09:00 EDT = 13:00Z + 30 → 13:30Z
    expect(iso(addBusinessMinutes(cal, '2026-03-06T21:00:00Z', 90))).toBe('2026-03-09T13:30:00.000Z');
    // Fri 10-30 16:30 EDT = 20:30Z + 60 min: 30 Friday; Mon 11-02 09:00 EST = 14:00Z + 30 → 14:30Z
    expect(iso(addBusinessMinutes(cal, '2026-10-30T20:30:00Z', 60))).toBe('2026-11-02T14:30:00.000Z');
  });

  it('a window over the skipped hour holds one hour less than its wall-clock length', () => {
    const cal = sundayOnly('America/New_York', ['00:00', '06:00']);
    // Sun 03-08 00:00 EST = 05:00Z → 06:00 EDT = 10:00Z: 5 h of business time
    expect(businessSecondsBetween(cal, '2026-03-08T05:00:00Z', '2026-03-08T12:00:00Z')).toBe(5 * H);
    // 00:00 EST + 240 min = 09:00Z = 05:00 EDT
    expect(iso(addBusinessMinutes(cal, '2026-03-08T05:00:00Z', 240))).toBe('2026-03-08T09:00:00.000Z');
    // 300 min uses the whole window, ending exactly at its 06:00 close → next Sunday 03-15 00:00 EDT = 04:00Z
    expect(iso(addBusinessMinutes(cal, '2026-03-08T05:00:00Z', 300))).toBe('2026-03-15T04:00:00.000Z');
    expect(iso(addBusinessMinutes(cal, '2026-03-08T05:00:00Z', 300, { endpoint: 'close' }))).toBe('2026-03-08T10:00:00.000Z');
  });
});

describe('09:00–17:00 stays 8 h on DST days', () => {
  it('Berlin', () => {
    const cal = everyDay('Europe/Berlin', [['09:00', '17:00']]);
    // Spring Sunday: local day 03-28T23:00Z → 03-29T22:00Z; 09:00–17:00 CEST = 07:00Z–15:00Z → 8 h
    expect(businessSecondsBetween(cal, '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toBe(8 * H);
    // Autumn Sunday: local day 10-24T22:00Z → 10-25T23:00Z; 09:00–17:00 CET = 08:00Z–16:00Z → 8 h
    expect(businessSecondsBetween(cal, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toBe(8 * H);
    // The whole week Mon 03-23 → Mon 03-30 (local midnights): 7 × 8 h = 56 h
    expect(businessSecondsBetween(cal, '2026-03-22T23:00:00Z', '2026-03-29T22:00:00Z')).toBe(56 * H);
  });

  it('New York', () => {
    const cal = everyDay('America/New_York', [['09:00', '17:00']]);
    // Spring Sunday: local day 03-08T05:00Z → 03-09T04:00Z → 8 h (09:00 EDT = 13:00Z … 17:00 EDT = 21:00Z)
    expect(businessSecondsBetween(cal, '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z')).toBe(8 * H);
    expect(iso(addBusinessSeconds(cal, '2026-03-08T05:00:00Z', 0))).toBe('2026-03-08T13:00:00.000Z');
    // Autumn Sunday: local day 11-01T04:00Z → 11-02T05:00Z → 8 h (09:00 EST = 14:00Z)
    expect(businessSecondsBetween(cal, '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z')).toBe(8 * H);
    expect(iso(addBusinessSeconds(cal, '2026-11-01T04:00:00Z', 0))).toBe('2026-11-01T14:00:00.000Z');
  });
});

describe('two windows on the spring day, the first inside the skipped hour', () => {
  // sun [['02:30','02:45'], ['03:00','03:15']]. On the spring day 02:30 and 02:45 do not exist and move
  // forward by the 1 h gap to 03:30 and 03:45; 03:00–03:15 exists as written. Both windows are open:
  // [03:00, 03:15) ∪ [03:30, 03:45) local = 30 min. (Even if a window inside the gap were read as empty,
  // 03:00–03:15 is a real, valid window and must stay open.)
  const windows: [string, string][] = [
    ['02:30', '02:45'],
    ['03:00', '03:15'],
  ];

  it('New York keeps the 03:00–03:15 window', () => {
    const cal: BusinessCalendar = { timezone: 'America/New_York', weekly: { sun: windows } };
    // 03:00–03:15 EDT = 07:00Z–07:15Z → 900 s
    expect(businessSecondsBetween(cal, '2026-03-08T07:00:00Z', '2026-03-08T07:15:00Z')).toBe(900);
    // first open instant of the day is 03:00 EDT = 07:00Z
    expect(iso(addBusinessSeconds(cal, '2026-03-07T12:00:00Z', 0))).toBe('2026-03-08T07:00:00.000Z');
    // 07:00Z–07:15Z + 07:30Z–07:45Z = 1800 s
    expect(businessSecondsBetween(cal, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toBe(1800);
  });

  it('Berlin keeps the 03:00–03:15 window', () => {
    const cal: BusinessCalendar = { timezone: 'Europe/Berlin', weekly: { sun: windows } };
    // 03:00–03:15 CEST = 01:00Z–01:15Z; 03:30–03:45 CEST = 01:30Z–01:45Z
    expect(businessSecondsBetween(cal, '2026-03-29T01:00:00Z', '2026-03-29T01:15:00Z')).toBe(900);
    expect(businessSecondsBetween(cal, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(1800);
  });
});
