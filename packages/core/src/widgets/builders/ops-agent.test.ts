import { describe, expect, it } from 'vitest';
import type { AgentDashboardPayload } from '../payloads/ops-agent-payloads.js';
import type { MyPerformancePayload } from '../payloads/team-payloads.js';
import { opsWidgets } from '../widget-table-ops.js';
import { agentViewer, answer, demo, now, truth } from './ops-test-context.fixture.js';
import { byUrgency } from './ticket-rows.js';

const agent = agentViewer(truth.overloadedAgentId);

describe('agent.dashboard (agent-dashboard)', () => {
  const payload = answer<AgentDashboardPayload>('agent.dashboard', agent);

  it("lists the agent's own open tickets, most urgent first, at most 10", () => {
    expect(payload.agentId).toBe(truth.overloadedAgentId);
    expect(payload.queue.rows.length).toBe(Math.min(10, payload.queue.total));
    expect(payload.queue.total).toBe(payload.snapshot.openTickets);
    for (const row of payload.queue.rows) expect(row.assigneeId).toBe(truth.overloadedAgentId);
    expect([...payload.queue.rows].sort(byUrgency)).toEqual(payload.queue.rows);
  });

  it('lists only running clocks due within four hours, soonest first', () => {
    for (const clock of payload.dueSoon.clocks) {
      expect(clock.minutesToDeadline).toBeLessThanOrEqual(4 * 60);
      expect(clock.minutesToDeadline).toBeGreaterThanOrEqual(-1);
    }
    const minutes = payload.dueSoon.clocks.map((clock) => clock.minutesToDeadline);
    expect(minutes).toEqual([...minutes].sort((left, right) => left - right));
  });

  it("counts the day's numbers and today's meetings from the agent's own data", () => {
    const own = demo.tickets.filter((ticket) => ticket.assigneeId === truth.overloadedAgentId);
    const dayStart = Math.floor(now.getTime() / 86_400_000) * 86_400_000;
    const solvedToday = own.filter((ticket) => ticket.solvedAt !== null && ticket.resolvedBy !== 'ai' && Date.parse(ticket.solvedAt) >= dayStart && Date.parse(ticket.solvedAt) <= now.getTime());
    expect(payload.snapshot.solvedToday).toBe(solvedToday.length);
    expect(payload.snapshot.csat.windowDays).toBe(30);
    for (const meeting of payload.meetingsToday) {
      expect(meeting.attendeeIds).toContain(truth.overloadedAgentId);
      expect(Date.parse(meeting.startsAt)).toBeGreaterThanOrEqual(dayStart);
    }
  });
});

describe('agent.myPerformance (my-performance)', () => {
  it('shows the agent their own KPIs and says the team comparison is unavailable in their scope', () => {
    const payload = answer<MyPerformancePayload>('agent.myPerformance', agentViewer(truth.bestAgentId));
    expect(payload).toMatchObject({ agentId: truth.bestAgentId, comparison: 'unavailable', composite: null, drivers: [] });
    expect(payload.kpis.find((kpi) => kpi.key === 'ticketsSolved')!.agentValue).toBeGreaterThan(0);
    for (const kpi of payload.kpis) {
      expect(kpi.teamValue).toBeNull();
      expect(kpi.percentile).toBeNull();
      expect(kpi.reason).not.toContain('vs team');
    }
  });

  it("compares with the team's averages and percentiles when the organisation's data is given", () => {
    const widgets = opsWidgets({ organisationDataOf: () => demo });
    const payload = answer<MyPerformancePayload>('agent.myPerformance', agentViewer(truth.bestAgentId), {}, widgets);
    expect(payload.comparison).toBe('team');
    expect(payload.composite).not.toBeNull();
    const csat = payload.kpis.find((kpi) => kpi.key === 'csatRate')!;
    expect(csat.teamValue).not.toBeNull();
    expect(csat.agentValue!).toBeGreaterThan(csat.teamValue!);
    expect(csat.percentile!).toBeGreaterThanOrEqual(75);
    expect(payload.drivers).toHaveLength(3);
  });
});
