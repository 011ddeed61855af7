import type { Persona, Viewer } from '@supportai/core';
import type { DemoDataset } from '@supportai/core/demo';

/** A demo sign-in: the bearer token that stands for one persona's viewer. */
export interface DemoViewer {
  token: string;
  viewer: Viewer;
  who: string;
  tryThis: string;
}

/**
 * One viewer per persona, drawn from the demo data: the manager of the team with the planted
 * overloaded agent, one of that team's agents, a CSM with their accounts, and an executive.
 */
export function demoViewers(dataset: DemoDataset): Record<Persona, DemoViewer> {
  const overloaded = dataset.agents.find((agent) => agent.id === dataset.truth.overloadedAgentId) ?? dataset.agents[0]!;
  const team = dataset.teams.find((candidate) => candidate.id === overloaded.teamId)!;
  const csmId = dataset.accounts.find((account) => account.csmId)?.csmId ?? 'csm-1';
  return {
    executive: { token: 'demo-executive', viewer: { userId: 'demo-executive', persona: 'executive' }, who: 'the CEO: aggregates across every account', tryThis: 'Generate comprehensive executive dashboard summary' },
    manager: { token: 'demo-manager', viewer: { userId: 'demo-manager', persona: 'manager', teamId: team.id }, who: `the manager of ${team.name}`, tryThis: 'Recommend ticket reassignments for workload balance' },
    agent: {
      token: 'demo-agent',
      viewer: { userId: overloaded.id, persona: 'agent', agentId: overloaded.id, teamId: team.id },
      who: `${overloaded.name}, an agent of ${team.name}: own tickets only`,
      tryThis: 'Good morning, what is on my plate?',
    },
    csm: {
      token: 'demo-csm',
      viewer: { userId: csmId, persona: 'csm', accountIds: dataset.accounts.filter((account) => account.csmId === csmId).map((account) => account.id) },
      who: 'a client success manager: assigned accounts only',
      tryThis: 'Which clients have declining product adoption?',
    },
  };
}
