import { describe, expect, it } from 'vitest';
import { daysAgo, ticket } from './__fixtures__/team-fixtures.js';
import { buildSegmentBaselines, complexityWeight, speedIndex } from './segment-baselines.js';
import { segmentKeysOf, type SolvedTicketMeasures } from './solved-ticket-measures.js';

function measured(id: string, priority: 'urgent' | 'normal', handleMinutes: number, firstReplyMinutes: number): SolvedTicketMeasures {
  const solved = ticket({ id, createdAt: daysAgo(1), priority, solvedAfter: 10 });
  return {
    ticket: solved,
    segmentKeys: segmentKeysOf(solved),
    solverId: 'agent-ann',
    solves: [],
    firstReplyMinutes,
    resolutionMinutes: handleMinutes,
    handleMinutes,
    businessTime: { firstReply: false, resolution: false, handle: false },
    agentReplyCount: 1,
    hasTimeline: true,
  };
}

describe('speedIndex', () => {
  it('is exp(median(log(actual / segment median)))', () => {
    // Ratios 0.5, 1, 4 → logs −0.69, 0, 1.39 → median 0 → index 1.
    expect(speedIndex([
      { actualMinutes: 10, segmentMedianMinutes: 20 },
      { actualMinutes: 20, segmentMedianMinutes: 20 },
      { actualMinutes: 80, segmentMedianMinutes: 20 },
    ])).toBeCloseTo(1, 10);
    // Ratios 0.5 and 0.5 → 0.5.
    expect(speedIndex([{ actualMinutes: 10, segmentMedianMinutes: 20 }, { actualMinutes: 30, segmentMedianMinutes: 60 }])).toBeCloseTo(0.5, 10);
  });

  it('floors minutes at 1 so an instant reply stays finite, and is null without data', () => {
    expect(speedIndex([{ actualMinutes: 0, segmentMedianMinutes: 4 }])).toBeCloseTo(0.25, 10);
    expect(speedIndex([])).toBeNull();
  });
});

describe('buildSegmentBaselines', () => {
  // Five urgent tickets handled in 100 min, five normal in 20 min: overall median (20 + 100) / 2 = 60.
  const solved = [
    ...[1, 2, 3, 4, 5].map((n) => measured(`u${n}`, 'urgent', 100, 5)),
    ...[1, 2, 3, 4, 5].map((n) => measured(`n${n}`, 'normal', 20, 30)),
  ];
  const baselines = buildSegmentBaselines(solved, 5);

  it('gives each segment its own median', () => {
    expect(baselines.medianFor(solved[0]!, 'handle')).toBe(100);
    expect(baselines.medianFor(solved[5]!, 'firstReply')).toBe(30);
    expect(baselines.overallMedian('handle')).toBe(60);
  });

  it('weights urgent work above normal work: segment median / overall median', () => {
    expect(complexityWeight(baselines, solved[0]!)).toBeCloseTo(100 / 60, 10);
    expect(complexityWeight(baselines, solved[5]!)).toBeCloseTo(20 / 60, 10);
  });

  it('falls back to the overall median for a segment with too few tickets', () => {
    const high = { segmentKeys: segmentKeysOf(ticket({ id: 'h1', createdAt: daysAgo(1), priority: 'high', solvedAfter: 10 })) };
    expect(baselines.medianFor(high, 'handle')).toBe(60);
    expect(complexityWeight(baselines, high)).toBe(1);
  });

  it('has no medians and weight 1 without solved tickets', () => {
    const empty = buildSegmentBaselines([], 5);
    expect(empty.medianFor(solved[0]!, 'handle')).toBeNull();
    expect(complexityWeight(empty, solved[0]!)).toBe(1);
  });
});
