import { describe, expect, it } from 'vitest';
import {
  countOf,
  formatDateTime,
  formatDuration,
  formatHorizon,
  formatMoney,
  formatOrdinal,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatSignedPercent,
  formatSpan,
  inPeriod,
  quote,
} from '../../src/chat/answer-text/format.js';

describe('answer text formatting', () => {
  it('writes money from minor units in the payload’s currency: whole units from 1,000 up, cents below', () => {
    expect(formatMoney(48_873_000, 'USD')).toBe('$488,730');
    expect(formatMoney(3145.6157979815634, 'USD')).toBe('$31.46');
    expect(formatMoney(-6_899_383.98, 'USD')).toBe('-$68,994');
    // Intl rounds half away from zero: 1,234.50 is 1,235.
    expect(formatMoney(1_234_50, 'EUR')).toBe('€1,235');
    // Minor units follow the currency: the yen has none, the Kuwaiti dinar has three.
    expect(formatMoney(123_456, 'JPY')).toBe('¥123,456');
    expect(formatMoney(12_345, 'KWD')).toBe('KWD\u00a012.345');
    expect(formatMoney(999_99, 'GBP')).toBe('£999.99');
  });

  it('writes rates as percentages with at most one decimal, and changes with their sign', () => {
    expect(formatPercent(0.9410526315789474)).toBe('94.1%');
    expect(formatPercent(0.9)).toBe('90%');
    expect(formatPercent(1.4944, 0)).toBe('149%');
    expect(formatSignedPercent(0.16539923954372623)).toBe('+16.5%');
    expect(formatSignedPercent(-0.106)).toBe('-10.6%');
    expect(formatPoints(-4.6915)).toBe('-4.7 pts');
    expect(formatPoints(1)).toBe('+1 pt');
  });

  it('writes durations in minutes, hours and days', () => {
    expect(formatDuration(0.4)).toBe('under 1 min');
    expect(formatDuration(29)).toBe('29 min');
    expect(formatDuration(62)).toBe('1 h 2 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(-5427)).toBe('3 d 18 h');
    expect(formatHorizon(24)).toBe('24 hours');
    expect(formatHorizon(72)).toBe('3 days');
    expect(formatHorizon(1)).toBe('1 hour');
  });

  it('writes periods as the question named them, else by their dates (the end is exclusive)', () => {
    expect(inPeriod('last 30 days')).toBe('in the last 30 days');
    expect(inPeriod('this quarter')).toBe('this quarter');
    expect(inPeriod('Q4 2025')).toBe('in Q4 2025');
    expect(formatPeriod({ label: null, from: '2026-10-21T15:00:00.000Z', to: '2026-11-20T15:00:00.000Z' })).toBe('from Oct 21 to Nov 20, 2026');
    expect(formatSpan('2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z')).toBe('on Nov 20, 2026');
    expect(formatSpan('2025-12-29T00:00:00.000Z', '2026-01-05T00:00:00.000Z')).toBe('from Dec 29, 2025 to Jan 4, 2026');
    // A week starting at midnight in Paris is 23:00 UTC the day before.
    expect(formatSpan('2026-11-22T23:00:00.000Z', '2026-11-29T23:00:00.000Z', 'Europe/Paris')).toBe('from Nov 23 to Nov 29, 2026');
    // ICU versions differ in which space they put before AM/PM.
    expect(formatDateTime('2026-12-11T15:00:00.000Z', 'Europe/Paris').replace(/\s/g, ' ')).toBe('Fri, Dec 11, 4:00 PM GMT+1');
  });

  it('counts with the noun in the right number, ordinals, and quotes long text short', () => {
    expect(countOf(1, 'ticket')).toBe('1 ticket');
    expect(countOf(1026, 'clock')).toBe('1,026 clocks');
    expect(countOf(2, 'breach', 'breaches')).toBe('2 breaches');
    expect([1, 2, 3, 10, 22, 90].map(formatOrdinal)).toEqual(['1st', '2nd', '3rd', '10th', '22nd', '90th']);
    expect(quote('Short subject')).toBe('“Short subject”');
    const long = quote('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(62);
    expect(long.endsWith('…”')).toBe(true);
  });
});
