import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_NOW, isoDate, isoInstant, LocalClock } from './demo-time.js';

describe('demo time helpers', () => {
  it('writes instants exactly as toISOString does, without milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), (epochMs) => {
        const expected = `${new Date(Math.floor(epochMs / 1000) * 1000).toISOString().slice(0, 19)}Z`;
        expect(isoInstant(epochMs)).toBe(expected);
        expect(isoDate(epochMs)).toBe(expected.slice(0, 10));
      }),
    );
  });

  it('places now inside office hours in Paris and New York', () => {
    // 15:00Z on Friday 20 November 2026 is 16:00 in Paris (UTC+1) and 10:00 in New York (UTC−5).
    expect(new Date(DEMO_NOW).getUTCDay()).toBe(5);
    const day = Date.parse('2026-11-20T00:00:00Z');
    expect(new LocalClock('Europe/Paris').at(day, 16 * 60)).toBe(Date.parse(DEMO_NOW));
    expect(new LocalClock('America/New_York').at(day, 10 * 60)).toBe(Date.parse(DEMO_NOW));
  });

  it('follows daylight saving time', () => {
    // 1 July: Paris is UTC+2, so 09:00 local is 07:00Z.
    expect(isoInstant(new LocalClock('Europe/Paris').at(Date.parse('2026-07-01T00:00:00Z'), 9 * 60))).toBe('2026-07-01T07:00:00Z');
  });
});
