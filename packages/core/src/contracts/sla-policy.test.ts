import { describe, expect, it } from 'vitest';
import { parseSlaPolicy } from './parsers.js';
import { issuePathsOf, messageAt } from './test-helpers.js';

describe('SlaPolicySchema', () => {
  it('parses a policy with per-priority targets, a fallback and per-metric pauses', () => {
    const policy = parseSlaPolicy({
      id: 'sla-standard',
      targets: [
        { metric: 'firstReply', priority: 'urgent', targetMinutes: 30 },
        { metric: 'firstReply', targetMinutes: 240, businessHours: true },
        { metric: 'resolution', priority: 'urgent', targetMinutes: 480 },
      ],
      pauseOn: { resolution: ['pending', 'on_hold'] },
      warnBeforeMinutes: 10,
    });
    expect(policy.targets).toHaveLength(3);
    expect(() => parseSlaPolicy({ targets: [{ metric: 'nextReply', targetMinutes: 0 }], pauseOn: ['pending'] })).not.toThrow();
  });

  it('rejects a duplicate target, pointing at the first', () => {
    const parse = () =>
      parseSlaPolicy({
        targets: [
          { metric: 'firstReply', priority: 'high', targetMinutes: 60 },
          { metric: 'resolution', priority: 'high', targetMinutes: 600 },
          { metric: 'firstReply', priority: 'high', targetMinutes: 90 },
        ],
      });
    expect(issuePathsOf(parse)).toEqual(['targets.2']);
    expect(messageAt(parse, 'targets.2')).toContain('first at targets.0');
  });

  it('treats two fallback targets for one metric as duplicates', () => {
    const targets = [{ metric: 'agentWork', targetMinutes: 60 }, { metric: 'agentWork', targetMinutes: 90 }];
    expect(issuePathsOf(() => parseSlaPolicy({ targets }))).toEqual(['targets.1']);
  });

  it('rejects a negative target', () => {
    const parse = () => parseSlaPolicy({ targets: [{ metric: 'firstReply', targetMinutes: -5 }] });
    expect(issuePathsOf(parse)).toEqual(['targets.0.targetMinutes']);
    expect(messageAt(parse, 'targets.0.targetMinutes')).toBe('must be 0 or more minutes');
  });

  it('rejects a policy without targets', () => {
    expect(issuePathsOf(() => parseSlaPolicy({ targets: [] }))).toEqual(['targets']);
  });

  it('lists every bad field in one error', () => {
    const paths = issuePathsOf(() =>
      parseSlaPolicy({
        targets: [{ metric: 'firstResponse', targetMinutes: 60 }, { metric: 'resolution', priority: 'p1', targetMinutes: -1 }],
        pauseOn: ['paused'],
        warnBeforeMinutes: -15,
      }),
    );
    expect(paths).toEqual(['targets.0.metric', 'targets.1.priority', 'targets.1.targetMinutes', 'pauseOn', 'warnBeforeMinutes']);
  });
});
