import { describe, expect, it } from 'vitest';
import { parseMeeting } from './meeting.js';
import { issuePathsOf, messageAt } from './test-helpers.js';

function validMeeting(overrides: Record<string, unknown> = {}) {
  return {
    id: 'mtg-5',
    title: 'Acme QBR',
    startsAt: '2026-04-02T15:00:00Z',
    endsAt: '2026-04-02T16:00:00Z',
    accountId: 'acc-42',
    attendeeIds: ['csm-2', 'contact-3'],
    kind: 'qbr',
    notes: 'Renewal in September',
    ...overrides,
  };
}

describe('MeetingSchema', () => {
  it('parses a meeting, including an internal one without account', () => {
    expect(parseMeeting(validMeeting()).kind).toBe('qbr');
    expect(parseMeeting(validMeeting({ accountId: undefined, notes: undefined, kind: 'one_on_one', attendeeIds: [] })).accountId).toBeUndefined();
  });

  it('compares instants, not strings, across offsets', () => {
    // 17:30+02:00 is 15:30Z, after the 15:00Z start; 16:30+02:00 is 14:30Z, before it, though it sorts after as text.
    expect(() => parseMeeting(validMeeting({ endsAt: '2026-04-02T17:30:00+02:00' }))).not.toThrow();
    expect(issuePathsOf(() => parseMeeting(validMeeting({ endsAt: '2026-04-02T16:30:00+02:00' })))).toEqual(['endsAt']);
  });

  it('rejects a meeting that ends when or before it starts', () => {
    const parse = () => parseMeeting(validMeeting({ endsAt: '2026-04-02T15:00:00Z' }));
    expect(issuePathsOf(parse)).toEqual(['endsAt']);
    expect(messageAt(parse, 'endsAt')).toBe('must be after startsAt');
  });

  it('lists every bad field in one error, including the time order', () => {
    expect(issuePathsOf(() => parseMeeting(validMeeting({ title: '', endsAt: '2026-04-02T14:00:00Z', attendeeIds: ['csm-2', ''], kind: 'lunch' })))).toEqual([
      'title',
      'attendeeIds.1',
      'kind',
      'endsAt',
    ]);
  });

  it('skips the order check when a time itself is malformed', () => {
    expect(issuePathsOf(() => parseMeeting(validMeeting({ startsAt: 'tomorrow 3pm' })))).toEqual(['startsAt']);
  });
});
