import { describe, expect, it } from 'vitest';
import { performanceTeam } from './__fixtures__/performance-team.js';
import { NOW } from './__fixtures__/team-fixtures.js';
import { agentVersusTeam } from './agent-versus-team.js';

describe('agentVersusTeam', () => {
  const bob = agentVersusTeam(performanceTeam(), { now: NOW, agentId: 'agent-bob' });
  const kpi = (key: string) => bob.kpis.find((item) => item.key === key)!;

  it("compares the agent's KPIs with the team and places them among teammates", () => {
    expect(bob).toMatchObject({ agentId: 'agent-bob', status: 'ranked', configVersion: 'team-1' });
    expect(bob.composite).toBeCloseTo(50, 6);
    // Pooled team CSAT: (20 + 14 + 6 + 2) good of 62 rated.
    expect(kpi('csatRate')).toMatchObject({ agentValue: 0.7, teamBasis: 'pooled', higherIsBetter: true });
    expect(kpi('csatRate').teamValue).toBeCloseTo(42 / 62, 10);
    // Four agents solved 24, 22, 20, 5: Bob beats Cat and Dan → (2 + ½) / 4 = 62.5.
    expect(kpi('ticketsSolved')).toMatchObject({ agentValue: 22, teamValue: 71 / 4, teamBasis: 'agent_mean', percentile: 62.5 });
    expect(kpi('ticketsSolved').reason).toBe("Bob's tickets solved: 22 vs team 18, 63rd percentile of 4 agents.");
  });

  it('orients percentiles so that lower times rank higher', () => {
    // First-reply medians 10, 30, 60, 20: Bob (30) beats only Cat → (1 + ½) / 4 = 37.5.
    expect(kpi('firstReplyMedianMinutes')).toMatchObject({ agentValue: 30, higherIsBetter: false, percentile: 37.5 });
    expect(kpi('firstReplySpeedIndex').teamValue).toBe(1);
  });

  it('reports an unranked agent with what is missing', () => {
    const dan = agentVersusTeam(performanceTeam(), { now: NOW, agentId: 'agent-dan' });
    expect(dan.status).toBe('insufficient_data');
    expect(dan.missingSamples).toEqual({ solved: 15, csatResponses: 8 });
  });

  it('rejects an agent outside the team', () => {
    expect(() => agentVersusTeam(performanceTeam(), { now: NOW, agentId: 'agent-zed' })).toThrow(/agent-zed/);
  });
});
