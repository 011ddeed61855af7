import { describe, expect, it } from 'vitest';
import { parseBusinessCalendar } from './parsers.js';
import { issuePathsOf, messageAt } from './test-helpers.js';

const nineToFive = { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] };

describe('BusinessCalendarSchema', () => {
  it('parses a calendar with split windows and holidays', () => {
    const calendar = parseBusinessCalendar({
      id: 'cal-emea',
      timezone: 'Europe/Paris',
      weekly: { mon: [['09:00', '12:30'], ['13:30', '18:00']], fri: [['09:00', '16:00']] },
      holidays: ['2026-12-25'],
    });
    expect(calendar.weekly.mon).toHaveLength(2);
  });

  it('accepts an overnight window and a window ending at 24:00', () => {
    expect(() => parseBusinessCalendar({ timezone: 'America/New_York', weekly: { fri: [['22:00', '06:00']] } })).not.toThrow();
    expect(() => parseBusinessCalendar({ timezone: 'UTC', weekly: { sat: [['18:00', '24:00']] } })).not.toThrow();
  });

  it('rejects an unknown time zone', () => {
    const parse = () => parseBusinessCalendar({ timezone: 'Mars/Phobos', weekly: nineToFive });
    expect(issuePathsOf(parse)).toEqual(['timezone']);
    expect(messageAt(parse, 'timezone')).toContain('Mars/Phobos');
  });

  it.each(['9:00', '25:00', '09:60', '9am'])('rejects the time %s, naming its place in the window', (time) => {
    const parse = () => parseBusinessCalendar({ timezone: 'UTC', weekly: { wed: [['08:00', '12:00'], [time, '18:00']] } });
    expect(issuePathsOf(parse)).toEqual(['weekly.wed.1.0']);
    expect(messageAt(parse, 'weekly.wed.1.0')).toBe('must be a time as HH:MM between 00:00 and 24:00');
  });

  it('rejects an empty window', () => {
    const parse = () => parseBusinessCalendar({ timezone: 'UTC', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '09:00']] } });
    expect(issuePathsOf(parse)).toEqual(['weekly.tue.0']);
    expect(messageAt(parse, 'weekly.tue.0')).toMatch(/is empty/);
  });

  it('rejects a calendar with no open window', () => {
    expect(issuePathsOf(() => parseBusinessCalendar({ timezone: 'UTC', weekly: {} }))).toEqual(['weekly']);
    expect(issuePathsOf(() => parseBusinessCalendar({ timezone: 'UTC', weekly: { mon: [] } }))).toEqual(['weekly']);
  });

  it('lists every bad field in one error', () => {
    const paths = issuePathsOf(() =>
      parseBusinessCalendar({ timezone: 'UTC', weekly: { mon: [['9:00', '25:00']], monday: [['09:00', '17:00']] }, holidays: ['2026-12-25', '25/12/2026'] }),
    );
    expect(paths).toEqual(['weekly.mon.0.0', 'weekly.mon.0.1', 'weekly', 'holidays.1']);
  });

  it('lists every empty window at once', () => {
    const paths = issuePathsOf(() => parseBusinessCalendar({ timezone: 'Mars/Phobos', weekly: { mon: [['09:00', '09:00']], sun: [['24:00', '06:00']] } }));
    expect(paths).toEqual(['timezone', 'weekly.sun.0', 'weekly.mon.0', 'weekly']);
  });
});
