import { describe, expect, it } from 'vitest';
import type { Agent } from '../../contracts/index.js';
import { dateDaysAgo, daysAgo, makeAccount, makeData, makeMeeting, makeTicket, NOW } from './__fixtures__/account-fixtures.js';
import { businessReviewCandidates } from './business-reviews.js';
import { proposeReviewSlots } from './review-slots.js';

const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });
const parisCsm: Agent = { id: 'csm-paris', name: 'Camille', teamId: 'cs', skills: [], capacity: 10, timezone: 'Europe/Paris', calendarId: 'cal-paris', hourlyCost: usd(5000) };
const urgentOpen = makeTicket({ accountId: 'renewing', createdAt: daysAgo(2), status: 'open', solvedAt: null, priority: 'urgent', events: [{ type: 'created', at: daysAgo(2), by: 'customer' }] });

const data = makeData({
  agents: [parisCsm],
  calendars: [{ id: 'cal-paris', timezone: 'Europe/Paris', weekly: { mon: [['09:00', '17:00']] }, holidays: ['2026-06-23'] }],
  accounts: [
    makeAccount({ id: 'ent', segment: 'enterprise', arr: usd(5_000_000), lastQbrAt: daysAgo(80), csmId: 'csm-paris' }),
    makeAccount({ id: 'renewing', arr: usd(3_000_000), renewalDate: dateDaysAgo(-100) }),
    makeAccount({ id: 'fresh', segment: 'smb', lastQbrAt: daysAgo(10) }),
    makeAccount({ id: 'scheduled', segment: 'enterprise', lastQbrAt: daysAgo(100) }),
    makeAccount({ id: 'red', segment: 'smb', arr: usd(1_000_000), lastQbrAt: daysAgo(10), champion: { name: 'Bo', leftOn: dateDaysAgo(45) } }),
  ],
  meetings: [
    makeMeeting('renewing', daysAgo(100), 'qbr'),
    makeMeeting('scheduled', daysAgo(-5), 'qbr'),
    // The Paris CSM is booked Wednesday 24 June 07:30–08:30 UTC, over the 10:00 Paris slot.
    { id: 'busy', title: 'Internal', startsAt: '2026-06-24T07:30:00Z', endsAt: '2026-06-24T08:30:00Z', attendeeIds: ['csm-paris'], kind: 'other' },
  ],
  tickets: [urgentOpen, makeTicket({ accountId: 'renewing', createdAt: daysAgo(20), csat: { rating: 'good', ratedAt: daysAgo(19) } })],
});

describe('business review candidates (SCORING §7.2)', () => {
  const result = businessReviewCandidates(data, NOW);
  const candidate = (id: string) => result.candidates.find((entry) => entry.accountId === id)!;

  it('recommends reviews for cadence, renewal, red health, and skips accounts already scheduled', () => {
    expect(result.candidates.map((entry) => [entry.accountId, entry.reasons.map((reason) => reason.kind)])).toEqual([
      ['ent', ['cadence_due']], // 80 days ≥ 90 − 14
      ['renewing', ['renewal_without_recent_review']], // renews in 100 days, last review 100 days ago
      ['red', ['health_red']], // champion gone 45 days: critical
    ]);
    expect(candidate('ent').reasons[0]!.reason).toBe('last review 80 days ago; enterprise cadence is 90 days');
    expect(result.totalCandidates).toBe(3);
  });

  it("proposes slots ≥ 21 days out at 10:00 in the CSM's zone, skipping holidays and clashes", () => {
    // now + 21 d = Mon 22 June 12:00 UTC; 10:00 Paris (08:00 UTC) that day is earlier → Tue 23 is a holiday → Wed 24 clashes
    expect(candidate('ent').proposedSlots.map((slot) => slot.startsAt)).toEqual(['2026-06-25T08:00:00.000Z', '2026-06-26T08:00:00.000Z', '2026-06-29T08:00:00.000Z']);
    expect(candidate('ent').proposedSlots[0]).toMatchObject({ endsAt: '2026-06-25T09:00:00.000Z', timeZone: 'Europe/Paris' });
    // Unknown CSM: UTC, from Tue 23 June (Mon 22 at 10:00 UTC is before the lead time)
    expect(candidate('renewing').proposedSlots[0]!.startsAt).toBe('2026-06-23T10:00:00.000Z');
  });

  it('builds the agenda from health, adoption, support and renewal', () => {
    const agenda = candidate('renewing').agenda;
    expect(agenda.map((item) => item.topic)).toEqual(['health', 'adoption', 'support', 'renewal']);
    expect(agenda.find((item) => item.topic === 'support')!.points).toEqual(['2 tickets, 1 with an SLA breach', 'CSAT 100% (1 of 1 good)']);
  });

  it('limits the list and handles an empty portfolio', () => {
    expect(businessReviewCandidates(data, NOW, { limit: 1 }).candidates.map((entry) => entry.accountId)).toEqual(['ent']);
    expect(businessReviewCandidates(makeData(), NOW).candidates).toEqual([]);
  });
});

describe('proposeReviewSlots', () => {
  it('moves past weekends and keeps the wall-clock time across a DST change', () => {
    // Fri 2026-10-09 12:00 UTC + 21 d = Fri 30 Oct 12:00 UTC; New York 10:00 is 14:00 UTC (EDT) that day.
    // Mon 2 Nov is after the US change to EST, so 10:00 is 15:00 UTC.
    const slots = proposeReviewSlots(Date.parse('2026-10-09T12:00:00Z'), { minimumLeadDays: 21, slotCount: 2, localTime: '10:00', durationMinutes: 30, timeZone: 'America/New_York' });
    expect(slots.map((slot) => slot.startsAt)).toEqual(['2026-10-30T14:00:00.000Z', '2026-11-02T15:00:00.000Z']);
  });

  it('falls back to UTC for an unknown zone', () => {
    const slots = proposeReviewSlots(Date.parse('2026-06-01T06:00:00Z'), { minimumLeadDays: 21, slotCount: 1, localTime: '10:00', durationMinutes: 60, timeZone: 'Mars/Olympus' });
    expect(slots).toEqual([{ startsAt: '2026-06-22T10:00:00.000Z', endsAt: '2026-06-22T11:00:00.000Z', timeZone: 'UTC' }]);
  });
});
