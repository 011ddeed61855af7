import { describe, expect, it } from 'vitest';
import { agentTickets, performanceTeam } from './__fixtures__/performance-team.js';
import { agent, dataset, daysAgo, NOW, ticket } from './__fixtures__/team-fixtures.js';
import { agentPerformance } from './agent-performance.js';

const entry = (report: ReturnType<typeof agentPerformance>, agentId: string) => report.agents.find((agent) => agent.agentId === agentId)!;

describe('agentPerformance: raw KPIs', () => {
  it('reports median and p90 first reply, one-touch, reopen and CSAT per agent', () => {
    const tickets = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((minutes, index) =>
      ticket({ id: `t${index}`, createdAt: daysAgo(2 + index), replies: index < 3 ? [minutes, minutes + 1] : [minutes], solvedAfter: 200, csat: index < 8 ? 'good' : 'bad' }),
    );
    const report = agentPerformance(dataset({ tickets, agents: [agent('agent-ann')] }), { now: NOW });
    const ann = entry(report, 'agent-ann');
    // Median of 10…100 = 55; p90 at position 9 × 0.9 = 8.1 → 90 + 0.1 × 10 = 91.
    expect(ann.metrics.firstReply).toEqual({ medianMinutes: 55, p90Minutes: 91, sampleSize: 10 });
    // 7 of 10 replied tickets had one reply.
    expect(ann.metrics.oneTouch).toEqual({ successes: 7, total: 10, rate: 0.7 });
    expect(ann.metrics.csat).toEqual({ successes: 8, total: 10, rate: 0.8 });
    expect(ann.metrics.reopen).toEqual({ successes: 0, total: 10, rate: 0 });
    // Only agent: shrinking toward the team (= her own rate) changes nothing.
    expect(ann.adjusted.csatRate).toBeCloseTo(0.8, 10);
    expect(report.configVersion).toBe('team-1');
  });

  it('counts first reply in business minutes when the policy target uses business hours', () => {
    // Friday 16:30 → Monday 09:30 is 30 + 30 business minutes on 09:00–17:00.
    const friday = '2026-03-13T16:30:00.000Z';
    const tickets = [ticket({ id: 'b1', createdAt: friday, replies: [17 * 60 + 60 * 48], solvedAfter: 17 * 60 + 60 * 48 + 30 })];
    const policy = { id: 'sla-business', targets: [{ metric: 'firstReply' as const, targetMinutes: 120, businessHours: true }] };
    const report = agentPerformance(dataset({ tickets, agents: [agent('agent-ann')], slaPolicies: [policy] }), { now: NOW });
    expect(entry(report, 'agent-ann').metrics.firstReply.medianMinutes).toBe(60);
    // No resolution target: calendar minutes from the timeline (3 days − 30 min + 30 min).
    expect(entry(report, 'agent-ann').metrics.resolution.medianMinutes).toBe(17 * 60 + 60 * 48 + 30);
  });

  it('credits CSAT to the assignee at rating time and a reopen to the agent whose solve was reopened', () => {
    const created = daysAgo(5);
    const handedOver = ticket({
      id: 'h1',
      createdAt: created,
      replies: [10],
      reopenedAt: { solvedAt: 30, reopenedAt: 60 },
      solvedAfter: 200,
      csat: 'bad',
      csatAssigneeId: 'agent-ann',
      extraEvents: [{ type: 'assignment', at: new Date(Date.parse(created) + 90 * 60_000).toISOString(), assigneeId: 'agent-bob' }],
    });
    const data = dataset({ tickets: [{ ...handedOver, assigneeId: 'agent-bob' }], agents: [agent('agent-ann'), agent('agent-bob')] });
    const report = agentPerformance(data, { now: NOW });
    expect(entry(report, 'agent-ann').metrics.csat.total).toBe(1);
    expect(entry(report, 'agent-bob').metrics.csat.total).toBe(0);
    expect(entry(report, 'agent-ann').metrics.reopen).toEqual({ successes: 1, total: 1, rate: 1 });
    expect(entry(report, 'agent-bob').metrics.reopen).toEqual({ successes: 0, total: 1, rate: 0 });
    expect(entry(report, 'agent-bob').metrics.ticketsSolved).toBe(1);
  });

  it('leaves out AI-resolved tickets and tickets solved outside the period', () => {
    const tickets = [
      ticket({ id: 'ai', createdAt: daysAgo(3), solvedAfter: 5, resolvedBy: 'ai' }),
      ticket({ id: 'old', createdAt: daysAgo(40), replies: [5], solvedAfter: 10 }),
      ticket({ id: 'in', createdAt: daysAgo(3), replies: [5], solvedAfter: 10 }),
    ];
    const report = agentPerformance(dataset({ tickets, agents: [agent('agent-ann')] }), { now: NOW });
    expect(entry(report, 'agent-ann').metrics.ticketsSolved).toBe(1);
    const april = agentPerformance(dataset({ tickets, agents: [agent('agent-ann')] }), { now: NOW, period: { from: daysAgo(45), to: daysAgo(35) } });
    expect(entry(april, 'agent-ann').metrics.ticketsSolved).toBe(1);
    expect(april.window.from).toBe(daysAgo(45));
  });

  it('gives an empty team no ranking and says so', () => {
    const report = agentPerformance(dataset({ tickets: [], agents: [agent('agent-ann')] }), { now: NOW });
    expect(entry(report, 'agent-ann').status).toBe('insufficient_data');
    expect(report.top.outcome).toBe('insufficient_data');
    expect(report.team.ticketsSolved).toBe(0);
  });

  it('rejects an empty period', () => {
    expect(() => agentPerformance(performanceTeam(), { now: NOW, period: { from: daysAgo(1), to: daysAgo(2) } })).toThrow(/period/);
  });
});

describe('agentPerformance: fair ranking', () => {
  it('ranks by within-team percentiles and names a clear top and lowest performer', () => {
    const report = agentPerformance(performanceTeam(), { now: NOW });
    // Best of three on every component: (2 + ½) / 3 = 83.3 percentile → composite 83.3; middle 50; last 16.7.
    expect(entry(report, 'agent-ann').composite).toBeCloseTo(250 / 3, 6);
    expect(entry(report, 'agent-bob').composite).toBeCloseTo(50, 6);
    expect(entry(report, 'agent-cat').composite).toBeCloseTo(50 / 3, 6);
    expect(report.agents.map((agent) => agent.agentId)).toEqual(['agent-ann', 'agent-bob', 'agent-cat', 'agent-dan']);
    expect(report.top).toMatchObject({ outcome: 'named', agentId: 'agent-ann', csatClearOfMedian: true });
    expect(report.top.leadPoints).toBeCloseTo(100 / 3, 6);
    // The three biggest gains: the two 25-point components, then the first 15-point one.
    expect(report.top.drivers.map((driver) => driver.key)).toEqual(['csat', 'throughput', 'firstReplySpeed']);
    expect(report.top.reason).toMatch(/^Top performer: Ann/);
    expect(report.lowest).toMatchObject({ outcome: 'named', agentId: 'agent-cat' });
  });

  it('excludes agents below the minimum samples from the ranking', () => {
    const dan = entry(agentPerformance(performanceTeam(), { now: NOW }), 'agent-dan');
    expect(dan.status).toBe('insufficient_data');
    expect(dan.composite).toBeNull();
    // 5 solved of 20, 2 ratings of 10.
    expect(dan.missingSamples).toEqual({ solved: 15, csatResponses: 8 });
  });

  it('names no one when the CSAT interval overlaps the team median', () => {
    // Ann 15/20 good: Wilson lower ≈ 0.53, below Bob's median 0.70.
    const report = agentPerformance(performanceTeam({ ann: { good: 15, bad: 5 } }), { now: NOW });
    expect(report.top).toMatchObject({ outcome: 'no_clear_outlier', agentId: null, candidateAgentId: 'agent-ann', csatClearOfMedian: false });
    expect(report.top.reason).toMatch(/overlaps the team median 70%/);
    expect(report.top.drivers).toHaveLength(3);
  });

  it('names no one when the lead is under 5 points', () => {
    const same = { firstReplyMinutes: 30, solveMinutes: 120, twoReplies: 0, good: 18, bad: 2, reopened: 0, count: 20 };
    const report = agentPerformance(performanceTeam({ ann: same, bob: same, cat: same }), { now: NOW });
    expect(report.top.outcome).toBe('no_clear_outlier');
    expect(report.top.leadPoints).toBe(0);
    expect(report.top.reason).toMatch(/only 0.0 points/);
  });

  it('judges agents on the same kind of work: slow on hard tickets is not slow', () => {
    // Ann answers API tickets in 60 min where API takes 60; Bob answers general ones in 30 where general takes 30.
    const tickets = [
      ...agentTickets({ agentId: 'agent-ann', count: 6, firstReplyMinutes: 60, solveMinutes: 300, twoReplies: 0, good: 0, bad: 0, reopened: 0, category: 'api' }),
      ...agentTickets({ agentId: 'agent-bob', count: 6, firstReplyMinutes: 30, solveMinutes: 100, twoReplies: 0, good: 0, bad: 0, reopened: 0 }),
    ];
    const report = agentPerformance(dataset({ tickets, agents: [agent('agent-ann'), agent('agent-bob')] }), { now: NOW });
    expect(entry(report, 'agent-ann').metrics.firstReplySpeedIndex).toBeCloseTo(1, 10);
    expect(entry(report, 'agent-bob').metrics.firstReplySpeedIndex).toBeCloseTo(1, 10);
    // API work is handled 5 × longer: 300 / 200 (overall median of 100 and 300) = 1.5 per ticket.
    expect(entry(report, 'agent-ann').metrics.weightedTicketsSolved).toBeCloseTo(6 * 1.5, 10);
  });

  it('limits the team to teamId', () => {
    const data = performanceTeam();
    data.agents.push(agent('agent-eve', { teamId: 'team-b' }));
    const report = agentPerformance(data, { now: NOW, teamId: 'team-b' });
    expect(report.agents.map((agent) => agent.agentId)).toEqual(['agent-eve']);
    expect(report.team.ticketsSolved).toBe(0);
  });
});
