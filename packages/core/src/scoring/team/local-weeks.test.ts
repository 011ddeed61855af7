import { describe, expect, it } from 'vitest';
import { dayIndexOf, localDays, mondayOf } from './local-weeks.js';

describe('local weeks', () => {
  it('finds the Monday of the week in the zone', () => {
    // Sunday 2026-03-15 23:30 UTC is already Monday 00:30 in Paris.
    const day = mondayOf('Europe/Paris', Date.parse('2026-03-15T23:30:00Z'));
    expect(localDays('Europe/Paris', day, 1)[0]!.date).toBe('2026-03-16');
    expect(localDays('UTC', mondayOf('UTC', Date.parse('2026-03-15T23:30:00Z')), 1)[0]!.date).toBe('2026-03-09');
  });

  it('lays out local days with their real length across a DST change', () => {
    const days = localDays('Europe/Paris', mondayOf('Europe/Paris', Date.parse('2026-03-25T12:00:00Z')), 7);
    expect(days.map((day) => day.weekday)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    // Sunday 2026-03-29 loses an hour in Paris.
    expect((days[6]!.endMs - days[6]!.startMs) / 3_600_000).toBe(23);
    expect(new Date(days[0]!.startMs).toISOString()).toBe('2026-03-22T23:00:00.000Z');
  });

  it('places an instant in its day, or nowhere outside the range', () => {
    const days = localDays('UTC', mondayOf('UTC', Date.parse('2026-03-16T00:00:00Z')), 7);
    expect(dayIndexOf(days, Date.parse('2026-03-18T23:59:59Z'))).toBe(2);
    expect(dayIndexOf(days, Date.parse('2026-03-23T00:00:00Z'))).toBe(-1);
    expect(dayIndexOf(days, Date.parse('2026-03-15T23:59:59Z'))).toBe(-1);
  });
});
