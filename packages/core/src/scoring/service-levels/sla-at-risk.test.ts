import { describe, expect, it } from 'vitest';
import type { SlaPolicy } from '../../contracts/sla-policy.js';
import { atDate, makeAgent, makeData, makeTicket } from './__fixtures__/support-fixtures.js';
import { breachBandCounts, slaTicketsAtRisk } from './sla-at-risk.js';

const now = atDate(240);
const firstReplyOnly: SlaPolicy & { id: string } = { id: 'sla-fr', targets: [{ metric: 'firstReply', targetMinutes: 60 }] };

// History: 30 recent first replies by a1 — 20 after 30 min, 5 after 50 min, 5 after 90 min —
// plus 10 fast ones from 100 days ago, outside the 90-day history.
const replyMinutes = [...Array<number>(20).fill(30), ...Array<number>(5).fill(50), ...Array<number>(5).fill(90)];
const history = [
  ...replyMinutes.map((minutes, position) => makeTicket(`H${position}`, { createdHour: 100 + position, replyHours: [minutes / 60], solvedHour: 2, assigneeId: 'a1', replyActorId: 'a1' })),
  ...Array.from({ length: 10 }, (_, position) => makeTicket(`OLD${position}`, { createdHour: -2400 - position, replyHours: [5 / 60], solvedHour: 1 })),
];
// Open for 40 min without a reply: 20 min left on the 60 min target.
const openFor40 = (id: string, assigneeId: string | null) => makeTicket(id, { createdHour: 240 - 40 / 60, assigneeId });
const dataWith = (...open: ReturnType<typeof makeTicket>[]) => makeData({ tickets: [...history, ...open], agents: [makeAgent('a1')], slaPolicies: [firstReplyOnly] });

describe('slaTicketsAtRisk', () => {
  it('estimates the breach chance from the Kaplan–Meier history of similar clocks', () => {
    // KM over 31 clocks (the open one censored at 40): S(30) = 11/31; S(50) = 11/31 · (1 − 5/10).
    // P = S(60) / S(40) = (11/62) / (11/31) = 0.5 → medium band.
    const report = slaTicketsAtRisk({ data: dataWith(openFor40('O', null)), now });
    expect(report.clocksInHorizon).toBe(1);
    expect(report.curves).toEqual([{ metric: 'firstReply', priority: 'normal', sampleSize: 31 }]);
    expect(report.tickets).toHaveLength(1);
    expect(report.tickets[0]).toMatchObject({ ticketId: 'O', metric: 'firstReply', remainingCalendarMinutes: 20, basis: 'history', band: 'medium', queue: null });
    expect(report.tickets[0]!.probability).toBeCloseTo(0.5);
    expect(report.tickets[0]!.explanation).toBe('firstReply due in 20 min: 50% of 31 similar clocks still open at 40 min missed the 60 min target');
  });

  it("raises the chance when the assignee's queue cannot be cleared in time", () => {
    // a1 sent 30 replies in 14 × 24 = 336 business hours: one ticket takes 11.2 h > 20 min left → 0.9.
    const report = slaTicketsAtRisk({ data: dataWith(openFor40('O2', 'a1')), now });
    expect(report.tickets[0]).toMatchObject({ ticketId: 'O2', probability: 0.9, band: 'high', queue: { position: 1, openTickets: 1 } });
    expect(report.tickets[0]!.queue!.repliesPerBusinessHour).toBeCloseTo(30 / 336);
    expect(report.tickets[0]!.explanation).toContain('position 1 in a queue');
  });

  it('keeps to the horizon, the limit and the history settings', () => {
    const data = dataWith(openFor40('O', null), makeTicket('P', { createdHour: 240 - 10 / 60 }));
    expect(slaTicketsAtRisk({ data, now, horizonHours: 0.25 }).clocksInHorizon).toBe(0);
    expect(slaTicketsAtRisk({ data, now, limit: 1 }).tickets.map((row) => row.ticketId)).toEqual(['O']);
    expect(slaTicketsAtRisk({ data, now, config: { historySampleLimit: 10 } }).curves[0]!.sampleSize).toBe(10);
    const thin = slaTicketsAtRisk({ data, now, config: { minHistory: 50 } });
    expect(thin.tickets[0]).toMatchObject({ probability: null, basis: 'insufficient_history' });
  });

  it('leaves breached clocks out unless asked and filters by team', () => {
    const late = makeTicket('L', { createdHour: 238 });
    expect(slaTicketsAtRisk({ data: dataWith(late), now }).tickets).toEqual([]);
    expect(slaTicketsAtRisk({ data: dataWith(late), now, config: { includeBreached: true } }).tickets[0]).toMatchObject({ ticketId: 'L', basis: 'already_breached', probability: 1 });
    expect(slaTicketsAtRisk({ data: dataWith(openFor40('O', null)), now, filters: { teamId: 'team-1' } }).tickets).toEqual([]);
  });

  it('returns an empty list without open tickets', () => {
    const report = slaTicketsAtRisk({ data: makeData({ tickets: [] }), now });
    expect(report).toMatchObject({ clocksInHorizon: 0, tickets: [], curves: [] });
  });
});

describe('breachBandCounts', () => {
  it('counts rows per band, unbanded ones as unknown', () => {
    expect(breachBandCounts([{ band: 'high' }, { band: 'high' }, { band: 'low' }, { band: null }])).toEqual({ high: 2, medium: 0, low: 1, unknown: 1 });
  });
});
