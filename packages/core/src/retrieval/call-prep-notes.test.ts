import { describe, expect, it } from 'vitest';
import type { SlaPolicy } from '../contracts/sla-policy.js';
import type { SupportData } from '../data/support-data.js';
import { account, nps, week } from './__fixtures__/account-builders.js';
import { event, ticket } from './__fixtures__/ticket-builders.js';
import { callPrepNotes, type CallPrepInput } from './call-prep-notes.js';

const now = new Date('2026-03-10T12:00:00Z');
// First reply within 60 calendar minutes, whatever the priority.
const policy: SlaPolicy & { id: string } = { id: 'sla-1', targets: [{ metric: 'firstReply', targetMinutes: 60 }] };

const breached = ticket({ id: 'T1', status: 'open', subject: 'Export broken', createdAt: '2026-03-10T09:00:00Z', events: [event.created('2026-03-10T09:00:00Z', 'Export broken')] });
const escalated = ticket({ id: 'T2', status: 'open', escalated: true, subject: 'Data loss', createdAt: '2026-03-09T10:00:00Z', events: [event.created('2026-03-09T10:00:00Z'), event.reply('2026-03-09T10:30:00Z', 'On it')] });
const recentGood = ticket({ id: 'T3', subject: 'Invoice copy', createdAt: '2026-03-01T10:00:00Z', csat: { rating: 'good', ratedAt: '2026-03-02T10:00:00Z' } });
const oldBad = ticket({ id: 'T4', subject: 'Old', createdAt: '2026-01-01T10:00:00Z', csat: { rating: 'bad', ratedAt: '2026-02-01T10:00:00Z' } });
const recentBad = ticket({ id: 'T7', subject: 'SSO', createdAt: '2026-02-20T10:00:00Z', csat: { rating: 'bad', ratedAt: '2026-03-05T10:00:00Z' } });
const otherAccount = ticket({ id: 'T5', status: 'open', accountId: 'acc-2', createdAt: '2026-03-09T10:00:00Z' });
const future = ticket({ id: 'T6', status: 'open', createdAt: '2026-03-11T10:00:00Z' });

const data: CallPrepInput['data'] = {
  tickets: [breached, escalated, recentGood, oldBad, recentBad, otherAccount, future],
  accounts: [account({ id: 'acc-1', name: 'Acme', renewalDate: '2026-04-09' }), account({ id: 'acc-2' })],
  usage: [...['2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09'].map((end) => week(end, 50)), week('2026-02-16', 40), week('2026-02-23', 42), week('2026-03-02', 38), week('2026-03-09', 40)],
  npsResponses: [nps('n1', 7, '2026-02-01T00:00:00Z', 'c1'), nps('n2', 3, '2026-03-01T00:00:00Z', 'c1'), nps('n3', 10, '2026-02-15T00:00:00Z', 'c2'), nps('n4', 6, '2026-01-20T00:00:00Z'), nps('n5', 0, '2025-10-01T00:00:00Z', 'c3')],
  meetings: [
    { id: 'mtg-1', title: 'Acme check-in', startsAt: '2026-03-10T14:00:00Z', endsAt: '2026-03-10T14:30:00Z', accountId: 'acc-1', attendeeIds: ['csm-1'], kind: 'call' },
    { id: 'mtg-2', title: 'Internal', startsAt: '2026-03-10T15:00:00Z', endsAt: '2026-03-10T16:00:00Z', attendeeIds: [], kind: 'other' },
  ],
  teams: [],
  slaPolicies: [policy],
  calendars: [] as SupportData['calendars'],
};
const accountHealth = { score: 42, band: 'at_risk', drivers: [{ reason: 'Usage down 20 %.' }, { reason: 'CSAT 33 %' }, { reason: 'Champion left' }] };

describe('callPrepNotes', () => {
  const notes = callPrepNotes({ meetingId: 'mtg-1', data, now, accountHealth });

  it('finds the account through the meeting', () => {
    expect(notes).toMatchObject({ accountId: 'acc-1', accountName: 'Acme', configVersion: 'retrieval-1' });
    expect(notes.meeting).toEqual({ factId: 'meeting:mtg-1', meetingId: 'mtg-1', title: 'Acme check-in', startsAt: '2026-03-10T14:00:00Z', endsAt: '2026-03-10T14:30:00Z', kind: 'call', minutesUntilStart: 120 });
  });

  it('lists recent, open and escalated tickets with their SLA state, newest first', () => {
    // Recent = created after 2026-02-08 12:00: T1, T2, T3, T7; T6 lies in the future, T5 is another account's.
    expect(notes.recentTickets.map((fact) => fact.ticketId)).toEqual(['T1', 'T2', 'T3', 'T7']);
    expect(notes.openTickets.map((fact) => fact.ticketId)).toEqual(['T1', 'T2']);
    expect(notes.escalations.map((fact) => fact.factId)).toEqual(['ticket:T2']);
    // T1: no reply 3 h after creation against a 60-minute target; T2 replied after 30 minutes.
    expect(notes.openTickets[0]!.sla).toEqual({ level: 'breached', breached: true, nextDeadline: '2026-03-10T10:00:00.000Z' });
    expect(notes.openTickets[1]!.sla).toEqual({ level: 'achieved', breached: false, nextDeadline: null });
  });

  it('summarises CSAT and NPS of the last 90 days', () => {
    // Rated since 2025-12-10: T3 good, T4 bad, T7 bad → 1 / 3.
    expect(notes.csat).toEqual({ factId: 'csat', windowDays: 90, good: 1, bad: 2, rate: 1 / 3 });
    // Every answer counts, as in the NPS summary (c1 answered twice): n3 10 promoter, n1 7 passive, n2 3 and n4 6
    // detractors; n5 is too old. NPS = (1 − 2) / 4 · 100 = −25.
    expect(notes.nps).toMatchObject({ responses: 4, promoters: 1, passives: 1, detractors: 2, score: -25, latest: { responseId: 'n2', score: 3, comment: null } });
  });

  it('gives the renewal, the usage trend and the health score passed in', () => {
    expect(notes.renewal).toEqual({ factId: 'renewal', renewalDate: '2026-04-09', daysToRenewal: 30, arrCents: 12_000_000, currency: 'USD' });
    expect(notes.usage.activeUsersChangePercent).toBeCloseTo(-20, 12);
    expect(notes.accountHealth).toEqual({ factId: 'account-health', ...accountHealth });
  });

  it('draws talking points from those facts, most important first, each citing its facts', () => {
    expect(notes.talkingPoints.map((point) => [point.topic, point.importance, point.factIds])).toEqual([
      ['escalations', 'high', ['ticket:T2']],
      ['slaBreaches', 'high', ['ticket:T1']],
      ['accountHealth', 'high', ['account-health']],
      ['renewal', 'high', ['renewal', 'account-health']],
      ['usageDecline', 'medium', ['usage']],
      ['csat', 'medium', ['csat']],
      ['npsConcern', 'medium', ['nps']],
      ['recentResolved', 'low', ['ticket:T3', 'ticket:T7']],
    ]);
    expect(notes.talkingPoints[2]!.reason).toBe('Health 42 (at_risk): Usage down 20 %; CSAT 33 %.');
    expect(notes.talkingPoints[4]!.reason).toBe('Active users down 20% over the last 28 days (50 → 40 average active users): ask what changed and offer enablement.');
  });

  it("counts the account's CSAT and NPS over the wider records it is given, whatever slice lists the tickets", () => {
    const slice = { ...data, tickets: [breached, escalated], npsResponses: [] };
    const wide = callPrepNotes({ accountId: 'acc-1', data: slice, feedback: data, now });
    expect(wide.csat).toEqual(notes.csat);
    expect(wide.nps).toEqual(notes.nps);
    expect(wide.openTickets.map((ticket) => ticket.ticketId).sort()).toEqual(['T1', 'T2']);
  });

  it('works without SLA policies, meeting or health score', () => {
    const bare = callPrepNotes({ accountId: 'acc-1', data: { ...data, slaPolicies: [] }, now, config: { maxTalkingPoints: 2 } });
    expect(bare.meeting).toBeNull();
    expect(bare.accountHealth).toBeNull();
    expect(bare.openTickets.every((fact) => fact.sla === null)).toBe(true);
    expect(bare.talkingPoints.map((point) => point.topic)).toEqual(['escalations', 'renewal']);
  });

  it('has little to say about an account with no activity', () => {
    const quiet = callPrepNotes({ accountId: 'acc-2', data: { ...data, tickets: [] }, now });
    expect(quiet).toMatchObject({ recentTickets: [], openTickets: [], escalations: [], csat: { rate: null }, nps: { score: null, latest: null }, usage: { recent: null } });
    expect(quiet.talkingPoints).toEqual([]);
  });

  it('refuses unknown accounts and meetings, and a meeting without an account', () => {
    expect(() => callPrepNotes({ accountId: 'nope', data, now })).toThrow(/No account nope/);
    expect(() => callPrepNotes({ meetingId: 'nope', data, now })).toThrow(/No meeting nope/);
    expect(() => callPrepNotes({ meetingId: 'mtg-2', data, now })).toThrow(/No account to prepare for/);
  });
});
