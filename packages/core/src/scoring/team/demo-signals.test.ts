import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../demo/index.js';
import { agentPerformance } from './agent-performance.js';
import { capacityForecast } from './capacity-forecast.js';
import { recommendReassignments } from './reassignment-plan.js';
import { teamWorkload } from './team-workload.js';

// The demo plants a best and a worst agent in one team and an overloaded / underloaded pair in the other.
const demo = generateDemoDataset({ seed: Number(process.env.DEMO_SEED ?? 1), size: 'small' });
const now = new Date(demo.now);
const { truth } = demo;
const teamOf = (agentId: string) => demo.agents.find((agent) => agent.id === agentId)!.teamId;

describe('team analytics on the demo dataset', () => {
  it('names the planted best agent top and the planted worst agent lowest', () => {
    expect(teamOf(truth.bestAgentId)).toBe(teamOf(truth.worstAgentId));
    const report = agentPerformance(demo, { now, teamId: teamOf(truth.bestAgentId) });
    expect(report.top).toMatchObject({ outcome: 'named', agentId: truth.bestAgentId });
    expect(report.top.drivers).toHaveLength(3);
    // The worst agent is ranked (enough solves in the window), last, and named: the demo plants it so on any seed.
    expect(report.agents.find((agent) => agent.agentId === truth.worstAgentId)!.status).toBe('ranked');
    expect(report.lowest).toMatchObject({ outcome: 'named', agentId: truth.worstAgentId, unrankedConcerns: [] });
  });

  it('shows the planted overloaded agent as the heaviest and the underloaded one as having room', () => {
    const report = teamWorkload(demo, { now, teamId: teamOf(truth.overloadedAgentId) });
    expect(report.agents[0]).toMatchObject({ agentId: truth.overloadedAgentId, level: 'overloaded' });
    expect(report.agents[0]!.load).toBeGreaterThanOrEqual(2);
    expect(report.agents.find((agent) => agent.agentId === truth.underloadedAgentId)!.level).toBe('underloaded');
    // Everyone else sits between 70 % and 100 %: balanced, not overloaded by the spread rule.
    expect(report.team.overloadedAgents).toBe(1);
  });

  it('moves tickets from the overloaded agent to the underloaded one', () => {
    const plan = recommendReassignments(demo, { now, teamId: teamOf(truth.overloadedAgentId) });
    expect(plan.moves.length).toBeGreaterThan(0);
    for (const move of plan.moves) expect(move).toMatchObject({ from: { agentId: truth.overloadedAgentId }, to: { agentId: truth.underloadedAgentId } });
    expect(plan.maxLoadAfter!).toBeLessThan(plan.maxLoadBefore!);
  });

  it('forecasts next week from eight complete weeks', () => {
    const forecast = capacityForecast(demo, { now, teamId: teamOf(truth.bestAgentId) });
    expect(forecast.history.weeksUsed).toBe(8);
    expect(forecast.week.capacityHours).toBeGreaterThan(0);
    expect(forecast.recommendation.status).not.toBe('insufficient_data');
  });
});
