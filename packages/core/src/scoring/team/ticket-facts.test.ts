import { describe, expect, it } from 'vitest';
import { daysAgo, NOW, plus, ticket } from './__fixtures__/team-fixtures.js';
import { ticketFacts } from './ticket-facts.js';

const nowMs = NOW.getTime();

describe('ticketFacts', () => {
  it('reads replies, solves and work time from the timeline', () => {
    const created = daysAgo(2);
    const facts = ticketFacts(ticket({ id: 't1', createdAt: created, replies: [30, 90], solvedAfter: 120 }), nowMs);
    expect(facts.agentReplyCount).toBe(2);
    expect(facts.firstAgentReplyAtMs).toBe(Date.parse(plus(created, 30)));
    expect(facts.repliedBy).toEqual(new Set(['agent-ann']));
    expect(facts.solves).toEqual([{ atMs: Date.parse(plus(created, 120)), assigneeId: 'agent-ann', reopenedAtMs: null }]);
    // new/open from creation to the solve: 120 min.
    expect(facts.workCalendarMinutes).toBe(120);
  });

  it('excludes pending time from work time and records a reopen on the solve it undid', () => {
    const created = daysAgo(3);
    const facts = ticketFacts(
      ticket({
        id: 't2',
        createdAt: created,
        reopenedAt: { solvedAt: 60, reopenedAt: 600 },
        solvedAfter: 700,
        extraEvents: [
          { type: 'status', at: plus(created, 10), to: 'pending' },
          { type: 'status', at: plus(created, 40), to: 'open' },
        ],
      }),
      nowMs,
    );
    // Open 0–10 and 40–60 (30 min), solved 60–600, open 600–700 (100 min): 130 min.
    expect(facts.workCalendarMinutes).toBe(130);
    expect(facts.solves).toHaveLength(2);
    expect(facts.solves[0]!.reopenedAtMs).toBe(Date.parse(plus(created, 600)));
    expect(facts.solves[1]!.reopenedAtMs).toBeNull();
  });

  it('counts a reassignment between agents as a move but not the first assignment', () => {
    const created = daysAgo(1);
    const first = ticketFacts(ticket({ id: 't3', createdAt: created }), nowMs);
    expect(first.lastMovedAtMs).toBeNull();
    const moved = ticketFacts(ticket({ id: 't4', createdAt: created, extraEvents: [{ type: 'assignment', at: plus(created, 5), assigneeId: 'agent-bob' }] }), nowMs);
    expect(moved.lastMovedAtMs).toBe(Date.parse(plus(created, 5)));
  });

  it('ignores events after now', () => {
    const facts = ticketFacts(ticket({ id: 't5', createdAt: plus(NOW, -30), replies: [10, 60] }), nowMs);
    expect(facts.agentReplyCount).toBe(1);
    // Open for the 30 minutes up to now.
    expect(facts.workCalendarMinutes).toBe(30);
  });

  it('falls back to the ticket fields without a timeline', () => {
    const created = daysAgo(1);
    const facts = ticketFacts(ticket({ id: 't6', createdAt: created, solvedAfter: 45, noEvents: true }), nowMs);
    expect(facts.hasTimeline).toBe(false);
    expect(facts.solves).toEqual([{ atMs: Date.parse(plus(created, 45)), assigneeId: 'agent-ann', reopenedAtMs: null }]);
    expect(facts.workCalendarMinutes).toBe(45);
  });
});
