import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_PREP_CONFIG } from './call-prep-config.js';
import type { TicketFact } from './call-prep-facts.js';
import { talkingPointsOf, type CallPrepFacts } from './talking-points.js';

function fact(ticketId: string, overrides: Partial<TicketFact> = {}): TicketFact {
  return { factId: `ticket:${ticketId}`, ticketId, subject: ticketId, status: 'open', priority: 'normal', createdAt: '2026-03-01T00:00:00Z', escalated: false, sla: null, ...overrides };
}

const window = (averageActiveUsers: number) => ({ from: '2026-01-01', to: '2026-01-28', snapshots: 4, averageActiveUsers, averageLogins: 0, averageLicences: 100, utilisationRate: averageActiveUsers / 100 });

const calm: CallPrepFacts = {
  recentTickets: [],
  openTickets: [],
  escalations: [],
  csat: { factId: 'csat', windowDays: 90, good: 0, bad: 0, rate: null },
  nps: { factId: 'nps', windowDays: 90, responses: 0, promoters: 0, passives: 0, detractors: 0, score: null, latest: null },
  renewal: { factId: 'renewal', renewalDate: '2027-01-01', daysToRenewal: 200 },
  usage: { factId: 'usage', windowDays: 28, recent: null, prior: null, activeUsersChangePercent: null, loginsChangePercent: null, activeUsersSlopePerSnapshot: null },
  accountHealth: null,
};

describe('talkingPointsOf', () => {
  it('says nothing when nothing stands out', () => {
    expect(talkingPointsOf(calm, DEFAULT_CALL_PREP_CONFIG)).toEqual([]);
  });

  it('turns growth, promoters, a renewal in 31–90 days and open tickets into points', () => {
    const points = talkingPointsOf(
      {
        ...calm,
        openTickets: [fact('T1')],
        nps: { ...calm.nps, responses: 4, promoters: 3, passives: 1, score: 75 },
        renewal: { ...calm.renewal, daysToRenewal: 31 },
        // (55 − 50) / 50 = +10 %, exactly the threshold.
        usage: { ...calm.usage, recent: window(55), prior: window(50), activeUsersChangePercent: 10 },
      },
      DEFAULT_CALL_PREP_CONFIG,
    );
    expect(points.map((point) => [point.topic, point.importance])).toEqual([
      ['renewal', 'medium'],
      ['usageGrowth', 'low'],
      ['npsAdvocates', 'low'],
      ['openTickets', 'low'],
    ]);
    expect(points[1]!.reason).toBe('Active users up 10% over the last 28 days (50 → 55 average active users): explore more seats or features.');
  });

  it('ignores a change below the threshold, a past renewal, a healthy band and too few CSAT ratings', () => {
    const points = talkingPointsOf(
      {
        ...calm,
        usage: { ...calm.usage, recent: window(46), prior: window(50), activeUsersChangePercent: -8 },
        renewal: { ...calm.renewal, daysToRenewal: -3 },
        accountHealth: { factId: 'account-health', score: 81, band: 'healthy', drivers: [] },
        csat: { ...calm.csat, good: 0, bad: 2, rate: 0 },
      },
      DEFAULT_CALL_PREP_CONFIG,
    );
    expect(points).toEqual([]);
  });

  it('keeps the most important points when capped', () => {
    const facts = { ...calm, openTickets: [fact('T1', { sla: { level: 'breached', breached: true, nextDeadline: null } }), fact('T2')], escalations: [fact('T3', { escalated: true })] };
    expect(talkingPointsOf(facts, { ...DEFAULT_CALL_PREP_CONFIG, maxTalkingPoints: 2 }).map((point) => point.topic)).toEqual(['escalations', 'slaBreaches']);
  });
});
