import { describe, expect, it } from 'vitest';
import { SupportAIError } from '../../errors/supportai-error.js';
import { bucketIndexOf, DAY_MS, describeWindow, previousWindow, resolveReportWindow, trendBuckets, trendGranularity } from './report-window.js';

const now = new Date('2026-03-31T00:00:00Z');

describe('resolveReportWindow', () => {
  it('defaults to the days ending at now', () => {
    const window = resolveReportWindow(undefined, now, 30);
    expect(describeWindow(window)).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z', days: 30 });
  });

  it('accepts strings and dates and rejects an empty range', () => {
    expect(resolveReportWindow({ from: '2026-01-01T00:00:00Z', to: new Date('2026-01-08T00:00:00Z') }, now, 30)).toEqual({ fromMs: Date.UTC(2026, 0, 1), toMs: Date.UTC(2026, 0, 8) });
    expect(() => resolveReportWindow({ from: '2026-01-08T00:00:00Z', to: '2026-01-08T00:00:00Z' }, now, 30)).toThrow(SupportAIError);
    expect(() => resolveReportWindow({ from: 'soon', to: '2026-01-08T00:00:00Z' }, now, 30)).toThrow(/period/);
  });

  it('puts the previous window of the same length just before', () => {
    expect(previousWindow({ fromMs: 10 * DAY_MS, toMs: 17 * DAY_MS })).toEqual({ fromMs: 3 * DAY_MS, toMs: 10 * DAY_MS });
  });
});

describe('trend buckets', () => {
  it('trends by day up to the limit and by week beyond', () => {
    expect(trendGranularity({ fromMs: 0, toMs: 31 * DAY_MS }, 31)).toBe('day');
    expect(trendGranularity({ fromMs: 0, toMs: 32 * DAY_MS }, 31)).toBe('week');
  });

  it('counts whole buckets from the window start and flags a short last one', () => {
    // 16 days = 2 whole weeks + 2 days.
    const window = { fromMs: 0, toMs: 16 * DAY_MS };
    const { buckets, sizeMs } = trendBuckets(window, 'week');
    expect(buckets.map((bucket) => bucket.partial)).toEqual([false, false, true]);
    expect(buckets[2]).toMatchObject({ from: new Date(14 * DAY_MS).toISOString(), to: new Date(16 * DAY_MS).toISOString() });
    expect(bucketIndexOf(window, sizeMs, 7 * DAY_MS)).toBe(1);
    expect(bucketIndexOf(window, sizeMs, 16 * DAY_MS)).toBe(-1);
  });
});
