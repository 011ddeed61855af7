import { describe, expect, it } from 'vitest';
import type { AgentComparisonPayload, RankedAgentPayload } from '../payloads/team-payloads.js';
import type { CapacityForecastPayload, ReassignmentPlanPayload, WorkloadChartPayload } from '../payloads/team-queue-payloads.js';
import { answer, demo, executive, managerOf, teamOf, truth } from './ops-test-context.fixture.js';

// The demo plants the best and worst agents in one team and the overloaded / underloaded pair in the other.
const rankingTeam = teamOf(truth.bestAgentId);
const loadTeam = teamOf(truth.overloadedAgentId);
const agentsOf = (teamId: string) => new Set(demo.agents.filter((agent) => agent.teamId === teamId && agent.active !== false).map((agent) => agent.id));

describe('agents.performance (agent-comparison)', () => {
  it("compares only the manager's team, ranked best first", () => {
    const payload = answer<AgentComparisonPayload>('agents.performance', managerOf(rankingTeam));
    expect(new Set(payload.agents.map((agent) => agent.agentId))).toEqual(agentsOf(rankingTeam));
    expect(payload.agents[0]!.agentId).toBe(truth.bestAgentId);
    expect(payload.agents[0]!.rank).toBe(1);
    expect(payload.highlightedAgentId).toBeNull();
    const ranks = payload.agents.flatMap((agent) => (agent.rank === null ? [] : [agent.rank]));
    expect(ranks).toEqual(ranks.map((_, index) => index + 1));
    for (const agent of payload.agents) if (agent.status === 'ranked') expect(agent.drivers).toHaveLength(3);
  });

  it('puts the agent the question names first', () => {
    const worst = demo.agents.find((agent) => agent.id === truth.worstAgentId)!;
    const payload = answer<AgentComparisonPayload>('agents.performance', managerOf(rankingTeam), { agentName: worst.name });
    expect(payload.highlightedAgentId).toBe(truth.worstAgentId);
    expect(payload.agents[0]!.agentId).toBe(truth.worstAgentId);
    expect(payload.agents).toHaveLength(agentsOf(rankingTeam).size);
  });
});

describe('agents.top and agents.lowest (ranked-agent)', () => {
  it('picks the planted best agent, with the three driving components', () => {
    const payload = answer<RankedAgentPayload>('agents.top', managerOf(rankingTeam));
    expect(payload.kind).toBe('top');
    expect(payload.candidate?.agentId).toBe(truth.bestAgentId);
    if (payload.outcome === 'named') expect(payload.agentId).toBe(truth.bestAgentId);
    expect(payload.drivers).toHaveLength(3);
    expect(payload.runnersUp).toHaveLength(2);
    expect(payload.runnersUp[0]!.rank).toBe(2);
  });

  it('finds the planted worst agent at the bottom', () => {
    const payload = answer<RankedAgentPayload>('agents.lowest', managerOf(rankingTeam), { limit: 1 });
    expect(payload.candidate?.agentId).toBe(truth.worstAgentId);
    expect(payload.runnersUp).toEqual([]);
    expect(payload.reason.length).toBeGreaterThan(0);
  });
});

describe('team.workload (workload-chart)', () => {
  it('shows the planted overloaded agent as the heaviest and overloaded, the underloaded one with room', () => {
    const payload = answer<WorkloadChartPayload>('team.workload', managerOf(loadTeam));
    expect(new Set(payload.agents.map((agent) => agent.agentId))).toEqual(agentsOf(loadTeam));
    expect(payload.agents[0]).toMatchObject({ agentId: truth.overloadedAgentId, level: 'overloaded' });
    expect(payload.agents[0]!.oldestOpenTicketAgeMinutes).toBeGreaterThan(0);
    expect(payload.agents.find((agent) => agent.agentId === truth.underloadedAgentId)!.level).toBe('underloaded');
  });

  it('highlights a named agent', () => {
    const name = demo.agents.find((agent) => agent.id === truth.underloadedAgentId)!.name;
    expect(answer<WorkloadChartPayload>('team.workload', managerOf(loadTeam), { agentName: name }).highlightedAgentId).toBe(truth.underloadedAgentId);
  });
});

describe('team.rebalance (reassignment-plan)', () => {
  it('moves tickets away from the overloaded agent and waits for a confirmation', () => {
    const payload = answer<ReassignmentPlanPayload>('team.rebalance', managerOf(loadTeam));
    expect(payload.requiresConfirmation).toBe(true);
    expect(payload.moves.length).toBeGreaterThan(0);
    for (const move of payload.moves) {
      expect(move.from.agentId).toBe(truth.overloadedAgentId);
      expect(move.ticket?.assigneeId).toBe(truth.overloadedAgentId);
    }
    expect(payload.action).toEqual({ type: 'reassign', moves: payload.moves.map((move) => ({ ticketId: move.ticketId, fromAgentId: move.from.agentId, toAgentId: move.to.agentId })) });
    expect(payload.maxLoadAfter!).toBeLessThan(payload.maxLoadBefore!);
    expect(payload.loadsBefore.every((entry) => entry.name !== null)).toBe(true);
  });

  it('caps the moves at the asked limit', () => {
    const payload = answer<ReassignmentPlanPayload>('team.rebalance', managerOf(loadTeam), { limit: 1 });
    expect(payload.moves).toHaveLength(1);
    expect(payload.thresholds.maxMoves).toBe(1);
  });
});

describe('team.capacity (capacity-forecast)', () => {
  it("forecasts next week's seven days for a manager's team and for the whole organisation", () => {
    const team = answer<CapacityForecastPayload>('team.capacity', managerOf(loadTeam));
    expect(team.teamId).toBe(loadTeam);
    expect(team.days).toHaveLength(7);
    for (const day of team.days) expect(day.gapHours).toBeCloseTo(day.demandHours - day.capacityHours, 9);
    expect(team.recommendation.status).not.toBe('insufficient_data');
    const everyone = answer<CapacityForecastPayload>('team.capacity', executive);
    expect(everyone.teamId).toBeNull();
    expect(everyone.week.capacityHours).toBeGreaterThan(team.week.capacityHours);
  });
});
