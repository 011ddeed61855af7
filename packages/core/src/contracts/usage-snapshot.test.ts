import { describe, expect, it } from 'vitest';
import { issuePathsOf, messageAt } from './test-helpers.js';
import { parseUsageSnapshot } from './usage-snapshot.js';

function validSnapshot(overrides: Record<string, unknown> = {}) {
  return {
    accountId: 'acc-42',
    period: { start: '2026-03-02', end: '2026-03-08' },
    activeUsers: 87,
    licences: 120,
    logins: 410,
    featureUsage: { reports: 52, search: 0 },
    ...overrides,
  };
}

describe('UsageSnapshotSchema', () => {
  it('parses a snapshot, including a one-day period and more users than licences', () => {
    expect(parseUsageSnapshot(validSnapshot())).toEqual(validSnapshot());
    expect(() => parseUsageSnapshot(validSnapshot({ period: { start: '2026-03-02', end: '2026-03-02' }, activeUsers: 130, featureUsage: {} }))).not.toThrow();
  });

  it('rejects a period that ends before it starts', () => {
    const parse = () => parseUsageSnapshot(validSnapshot({ period: { start: '2026-03-08', end: '2026-03-02' } }));
    expect(issuePathsOf(parse)).toEqual(['period.end']);
    expect(messageAt(parse, 'period.end')).toBe('must be on or after period.start');
  });

  it('names the feature with a bad count', () => {
    const parse = () => parseUsageSnapshot(validSnapshot({ featureUsage: { reports: 3, search: -1, export: 1.5 } }));
    expect(issuePathsOf(parse)).toEqual(['featureUsage.search', 'featureUsage.export']);
    expect(messageAt(parse, 'featureUsage.search')).toBe('must be a whole number of uses, 0 or more');
  });

  it('lists every bad field in one error', () => {
    const paths = issuePathsOf(() =>
      parseUsageSnapshot(validSnapshot({ accountId: 42, period: { start: '2026-03-08', end: '2026-03-01' }, activeUsers: 2.5, licences: -3, logins: '410' })),
    );
    expect(paths).toEqual(['accountId', 'period.end', 'activeUsers', 'licences', 'logins']);
  });
});
