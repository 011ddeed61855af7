import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agent, NOW } from './__fixtures__/team-fixtures.js';
import { openTicket, workloadData } from './__fixtures__/workload-team.js';
import { recommendReassignments } from './reassignment-plan.js';
import { teamWorkload } from './team-workload.js';

const teamArbitrary = fc.record({
  agents: fc.array(fc.record({ capacity: fc.integer({ min: 1, max: 8 }), billing: fc.boolean() }), { minLength: 1, maxLength: 5 }),
  tickets: fc.array(
    fc.record({
      owner: fc.nat(4),
      priority: fc.constantFrom('low' as const, 'normal' as const, 'high' as const, 'urgent' as const),
      status: fc.constantFrom('new' as const, 'open' as const, 'pending' as const),
      billing: fc.boolean(),
      age: fc.integer({ min: 1, max: 600 }),
    }),
    { maxLength: 30 },
  ),
  maxMoves: fc.integer({ min: 0, max: 6 }),
});

type Team = typeof teamArbitrary extends fc.Arbitrary<infer Value> ? Value : never;

function build(team: Team) {
  const agents = team.agents.map((spec, index) => agent(`agent-${index}`, { capacity: spec.capacity, skills: spec.billing ? ['billing'] : [] }));
  const tickets = team.tickets.map((spec, index) =>
    openTicket(`t${index}`, `agent-${spec.owner % agents.length}`, { priority: spec.priority, status: spec.status, category: spec.billing ? 'billing' : 'general', ageMinutes: spec.age }),
  );
  return workloadData(agents, tickets);
}

describe('recommendReassignments properties', () => {
  it('never exceeds maxMoves and never raises the highest load, in the plan or once applied', () => {
    fc.assert(
      fc.property(teamArbitrary, (team) => {
        const data = build(team);
        const plan = recommendReassignments(data, { now: NOW, config: { reassignment: { maxMoves: team.maxMoves } } });
        expect(plan.moves.length).toBeLessThanOrEqual(team.maxMoves);
        if (plan.maxLoadBefore !== null) expect(plan.maxLoadAfter!).toBeLessThanOrEqual(plan.maxLoadBefore + 1e-12);
        // Apply the plan to the data and measure again.
        const target = new Map(plan.moves.map((move) => [move.ticketId, move.to.agentId]));
        const applied = { ...data, tickets: data.tickets.map((item) => (target.has(item.id) ? { ...item, assigneeId: target.get(item.id)! } : item)) };
        const before = Math.max(...teamWorkload(data, { now: NOW }).agents.map((row) => row.load));
        const after = Math.max(...teamWorkload(applied, { now: NOW }).agents.map((row) => row.load));
        expect(after).toBeLessThanOrEqual(before + 1e-12);
        // Each ticket moves at most once, and only to an agent with its required skill.
        expect(new Set(plan.moves.map((move) => move.ticketId)).size).toBe(plan.moves.length);
        for (const move of plan.moves) {
          const moved = data.tickets.find((item) => item.id === move.ticketId)!;
          if (moved.category === 'billing') expect(data.agents.find((item) => item.id === move.to.agentId)!.skills).toContain('billing');
          expect(move.to.loadAfter).toBeLessThanOrEqual(0.9 + 1e-12);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('more capacity never raises any agent’s load in the plan’s starting loads', () => {
    fc.assert(
      fc.property(teamArbitrary, fc.integer({ min: 1, max: 5 }), (team, extra) => {
        const before = recommendReassignments(build(team), { now: NOW });
        const roomier = build({ ...team, agents: team.agents.map((spec) => ({ ...spec, capacity: spec.capacity + extra })) });
        const after = recommendReassignments(roomier, { now: NOW });
        const loadOf = (plan: typeof before, agentId: string) => plan.loadsBefore.find((item) => item.agentId === agentId)!.load;
        for (const { agentId, load } of before.loadsBefore) expect(loadOf(after, agentId)).toBeLessThanOrEqual(load);
      }),
      { numRuns: 40 },
    );
  });
});
