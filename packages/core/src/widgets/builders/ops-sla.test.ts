import { describe, expect, it } from 'vitest';
import type { SlaAtRiskPayload, SlaDashboardPayload } from '../payloads/ops-payloads.js';
import { atRiskHorizonHours } from './ops-sla.js';
import { agentViewer, answer, contextFor, demo, executive, managerOf, now, teamOf, truth } from './ops-test-context.fixture.js';

const DAY_MS = 86_400_000;
const teamId = teamOf(truth.overloadedAgentId);
const quarter = { label: 'this quarter', from: new Date(now.getTime() - 60 * DAY_MS).toISOString(), to: now.toISOString() };

describe('sla.performance (sla-dashboard)', () => {
  it('gives the executive every team, with the last 30 days by default', () => {
    const payload = answer<SlaDashboardPayload>('sla.performance', executive);
    expect(payload.filters).toEqual({ teamId: null, priority: null });
    expect(payload.period).toMatchObject({ days: 30, label: 'last 30 days', to: now.toISOString() });
    expect(payload.byTeam.length).toBeGreaterThanOrEqual(2);
    expect(payload.byTeam.every((group) => group.name !== null)).toBe(true);
    expect(payload.causes.reduce((total, cause) => total + cause.breaches, 0)).toBe(payload.breachCount);
    expect(payload.provenance.computedBy).toBe('slaDashboard');
  });

  it("narrows a manager to their team and keeps the question's period label", () => {
    const payload = answer<SlaDashboardPayload>('sla.performance', managerOf(teamId), { period: quarter });
    expect(payload.filters.teamId).toBe(teamId);
    expect(payload.period).toMatchObject({ label: 'this quarter', from: quarter.from, days: 60 });
    expect(payload.byTeam.map((group) => group.key)).toEqual([teamId]);
    const teamAgents = new Set(demo.agents.filter((agent) => agent.teamId === teamId).map((agent) => agent.id));
    for (const group of payload.byAgent) if (group.key !== null) expect(teamAgents).toContain(group.key);
    expect(payload.trend.granularity).toBe('week');
    // Trend buckets add up to the period's clocks.
    const decided = payload.trend.points.reduce((total, point) => total + point.achieved + point.breached + point.excluded, 0);
    expect(decided).toBe(payload.clocks);
  });

  it('filters on the asked priority', () => {
    const payload = answer<SlaDashboardPayload>('sla.performance', executive, { priority: 'urgent' });
    expect(payload.filters.priority).toBe('urgent');
    // The filter is on the ticket's current priority; a clock keeps the priority it started under.
    const priorityOf = new Map(demo.tickets.map((ticket) => [ticket.id, ticket.priority]));
    expect(payload.topBreaches.length).toBeGreaterThan(0);
    for (const breach of payload.topBreaches) expect(priorityOf.get(breach.ticketId)).toBe('urgent');
    expect(payload.clocks).toBeLessThan(answer<SlaDashboardPayload>('sla.performance', executive).clocks);
  });
});

describe('sla.atRisk (sla-at-risk)', () => {
  it('lists every planted first-reply risk of the next hour for the executive', () => {
    const payload = answer<SlaAtRiskPayload>('sla.atRisk', executive, { hours: 1, limit: 500 });
    const listed = payload.tickets.map((row) => row.ticket.id);
    expect(truth.atRiskTicketIds.length).toBeGreaterThan(0);
    for (const ticketId of truth.atRiskTicketIds) expect(listed).toContain(ticketId);
    for (const row of payload.tickets) expect(row.remainingCalendarMinutes).toBeLessThanOrEqual(60);
    expect(payload.counts.high + payload.counts.medium + payload.counts.low + payload.counts.unknown).toBe(payload.tickets.length);
  });

  it("ranks by probability and shows a manager only their team's tickets", () => {
    const payload = answer<SlaAtRiskPayload>('sla.atRisk', managerOf(teamId));
    expect(payload.horizonHours).toBe(24);
    expect(payload.tickets.length).toBeGreaterThan(0);
    for (const row of payload.tickets) expect(row.ticket.teamId).toBe(teamId);
  });

  it("shows an agent only their own tickets", () => {
    const payload = answer<SlaAtRiskPayload>('sla.atRisk', agentViewer(truth.overloadedAgentId), { days: 2 });
    expect(payload.horizonHours).toBe(48);
    expect(payload.tickets.length).toBeGreaterThan(0);
    for (const row of payload.tickets) expect(row.ticket.assigneeId).toBe(truth.overloadedAgentId);
  });

  it('finds a named ticket however far down the ranking it is', () => {
    const target = truth.atRiskTicketIds[truth.atRiskTicketIds.length - 1]!;
    const payload = answer<SlaAtRiskPayload>('sla.atRisk', executive, { ticketId: target });
    expect(payload.tickets.map((row) => row.ticket.id)).toEqual([target]);
    expect(payload.filters.ticketId).toBe(target);
  });

  it('reads the horizon from hours, then days, then the end of the period, else 24 hours', () => {
    const horizon = (params: Parameters<typeof contextFor>[1]) => atRiskHorizonHours(contextFor(executive, params));
    expect(horizon({ hours: 6, days: 3 })).toBe(6);
    expect(horizon({ days: 3 })).toBe(72);
    // 3 hours left in the period → 3.
    expect(horizon({ period: { label: 'today', from: now.toISOString(), to: new Date(now.getTime() + 3 * 3_600_000).toISOString() } })).toBe(3);
    // A period already over falls back to the default.
    expect(horizon({ period: { label: 'yesterday', from: new Date(now.getTime() - DAY_MS).toISOString(), to: now.toISOString() } })).toBe(24);
    expect(horizon({})).toBe(24);
  });
});
