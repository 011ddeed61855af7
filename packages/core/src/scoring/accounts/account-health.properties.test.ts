import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysAgo, makeAccount, makeData, makeMeeting, makeNps, makeTicket, NOW, weeklySnapshots } from './__fixtures__/account-fixtures.js';
import { scoreAccountHealth } from './portfolio-health.js';

const ticketArb = fc.record({
  daysAgo: fc.integer({ min: 0, max: 120 }),
  priority: fc.constantFrom('low' as const, 'normal' as const, 'high' as const, 'urgent' as const),
  rating: fc.constantFrom(null, 'good' as const, 'bad' as const),
  sentiment: fc.constantFrom(undefined, 'neutral' as const, 'negative' as const),
  escalated: fc.boolean(),
});
const datasetArb = fc.record({
  users: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 14 }),
  tickets: fc.array(ticketArb, { maxLength: 12 }),
  npsScores: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 4 }),
  meetingDaysAgo: fc.option(fc.integer({ min: 1, max: 150 }), { nil: undefined }),
});

type DatasetInput = typeof datasetArb extends fc.Arbitrary<infer Value> ? Value : never;

function build(input: DatasetInput) {
  const tickets = input.tickets.map((spec) =>
    makeTicket({
      accountId: 'p',
      createdAt: daysAgo(spec.daysAgo + 0.5),
      priority: spec.priority,
      escalated: spec.escalated,
      ...(spec.sentiment ? { sentiment: spec.sentiment } : {}),
      csat: spec.rating ? { rating: spec.rating, ratedAt: daysAgo(spec.daysAgo) } : null,
    }),
  );
  return makeData({
    accounts: [makeAccount({ id: 'p', csmPulse: 'healthy', champion: { name: 'Ann' } }), makeAccount({ id: 'q' })],
    usage: [...weeklySnapshots('p', input.users), ...weeklySnapshots('q', [10, 10, 10, 10])],
    tickets: [...tickets, makeTicket({ accountId: 'q', createdAt: daysAgo(3) })],
    npsResponses: input.npsScores.map((score, position) => makeNps('p', score, daysAgo(10 + position), { contactId: `c${position}` })),
    meetings: input.meetingDaysAgo === undefined ? [] : [makeMeeting('p', daysAgo(input.meetingDaysAgo))],
  });
}

describe('account health: properties', () => {
  it('ignores everything dated after now (the score is computed on the data as of its date)', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer({ min: 1, max: 60 }), (input, ahead) => {
        const data = build(input);
        const future = makeData({
          ...data,
          tickets: [...data.tickets, makeTicket({ accountId: 'p', createdAt: daysAgo(-ahead), escalated: true, sentiment: 'negative' })],
          npsResponses: [...data.npsResponses, makeNps('p', 0, daysAgo(-ahead), { contactId: 'c0' })],
          meetings: [...data.meetings, makeMeeting('p', daysAgo(-ahead))],
          usage: [...data.usage, ...weeklySnapshots('p', [0]).map((snapshot) => ({ ...snapshot, period: { start: daysAgo(-ahead).slice(0, 10), end: daysAgo(-ahead - 6).slice(0, 10) } }))],
        });
        const before = scoreAccountHealth(data, 'p', NOW)!;
        const after = scoreAccountHealth(future, 'p', NOW)!;
        expect(after.unroundedScore).toBe(before.unroundedScore);
        expect(after.components.map((component) => component.rawValue)).toEqual(before.components.map((component) => component.rawValue));
      }),
      { numRuns: 60 },
    );
  });

  it('an extra escalation in the last 30 days never raises health', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer({ min: 0, max: 29 }), (input, days) => {
        const data = build(input);
        const escalated = makeData({ ...data, tickets: [...data.tickets, makeTicket({ accountId: 'p', createdAt: daysAgo(days + 0.5), escalated: true })] });
        const before = scoreAccountHealth(data, 'p', NOW)!;
        const after = scoreAccountHealth(escalated, 'p', NOW)!;
        // The extra ticket also adds to ticket load, which can only cost points too.
        expect(after.unroundedScore!).toBeLessThanOrEqual(before.unroundedScore! + 1e-9);
      }),
      { numRuns: 60 },
    );
  });
});
