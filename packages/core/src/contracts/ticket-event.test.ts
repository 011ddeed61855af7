import { describe, expect, it } from 'vitest';
import { parseTicketEvent } from './parsers.js';
import { issuePathsOf, messageAt } from './test-helpers.js';

const at = '2026-03-01T09:00:00Z';

describe('TicketEventSchema', () => {
  it.each([
    { type: 'created', at, by: 'customer', actorId: 'contact-3', public: true, status: 'new', priority: 'normal', body: 'Help' },
    { type: 'customer_message', at, actorId: 'contact-3', body: 'Any news?' },
    { type: 'agent_reply', at, actorId: 'agent-7', body: 'Fixed' },
    { type: 'agent_note', at, actorId: 'agent-7', body: 'Internal only' },
    { type: 'status', at, to: 'pending' },
    { type: 'priority', at, to: 'urgent' },
    { type: 'assignment', at: '2026-03-01T10:00:00+01:00', assigneeId: null, teamId: 'team-billing' },
  ])('parses a $type event', (event) => {
    expect(parseTicketEvent(event)).toEqual(event);
  });

  it('rejects an unknown type, listing the known ones', () => {
    const parse = () => parseTicketEvent({ type: 'sms', at });
    expect(issuePathsOf(parse)).toEqual(['type']);
    expect(messageAt(parse, 'type')).toContain("'customer_message'");
  });

  it.each(['2026-03-01', '2026-03-01T09:00:00', 'yesterday', 1_772_355_600_000])('rejects the time %j', (badAt) => {
    const parse = () => parseTicketEvent({ type: 'agent_reply', at: badAt });
    expect(issuePathsOf(parse)).toEqual(['at']);
    expect(messageAt(parse, 'at')).toBe('must be an ISO-8601 date-time with offset');
  });

  it('keeps why a ticket was reassigned, within 500 characters', () => {
    const move = { type: 'assignment', at, actorId: 'manager-1', assigneeId: 'agent-2', reason: 'Agent 1 is at 140% of capacity' } as const;
    expect(parseTicketEvent(move)).toEqual(move);
    expect(issuePathsOf(() => parseTicketEvent({ ...move, reason: 'x'.repeat(501) }))).toEqual(['reason']);
  });

  it('lists every bad field of an event in one error', () => {
    expect(issuePathsOf(() => parseTicketEvent({ type: 'status', at: 'now', to: 'done', actorId: '' }))).toEqual(['at', 'actorId', 'to']);
    expect(issuePathsOf(() => parseTicketEvent({ type: 'created', at }))).toEqual(['by']);
  });
});
