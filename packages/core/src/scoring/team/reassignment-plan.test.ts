import { describe, expect, it } from 'vitest';
import { agent, NOW, plus } from './__fixtures__/team-fixtures.js';
import { openTicket, workloadData } from './__fixtures__/workload-team.js';
import { recommendReassignments } from './reassignment-plan.js';

/** Ann (capacity 4): an urgent billing ticket 50 min old and three normal ones → (3 + 3) / 4 = 1.5. Bob (billing) 0.2, Cat 0.3. */
function unevenTeam(annExtra: Parameters<typeof openTicket>[2] = {}) {
  const agents = [agent('agent-ann', { capacity: 4 }), agent('agent-bob', { skills: ['Billing'] }), agent('agent-cat')];
  const tickets = [
    openTicket('u1', 'agent-ann', { priority: 'urgent', category: 'billing', ageMinutes: 50, ...annExtra }),
    openTicket('n1', 'agent-ann'),
    openTicket('n2', 'agent-ann'),
    openTicket('n3', 'agent-ann'),
    openTicket('b1', 'agent-bob'),
    openTicket('b2', 'agent-bob'),
    openTicket('c1', 'agent-cat'),
    openTicket('c2', 'agent-cat'),
    openTicket('c3', 'agent-cat'),
  ];
  return workloadData(agents, tickets);
}

describe('recommendReassignments', () => {
  it('moves the riskiest ticket to the cheapest eligible agent, then rebalances until no one is overloaded', () => {
    const plan = recommendReassignments(unevenTeam(), { now: NOW });
    // Move 1: only Bob has 'billing'. Cost = 1 × 0.5 (Bob after) − 4 × 50/60 (share of target used) = −2.83.
    const [first, second] = plan.moves;
    expect(first).toMatchObject({
      ticketId: 'u1',
      priority: 'urgent',
      metric: 'firstReply',
      breachInMinutes: 10,
      probability: null,
      from: { agentId: 'agent-ann', loadBefore: 1.5, loadAfter: 0.75, openTickets: 4, capacity: 4 },
      to: { agentId: 'agent-bob', loadBefore: 0.2, loadAfter: 0.5, skill: 'billing', csatRate: null },
    });
    expect(first!.cost.total).toBeCloseTo(0.5 - (4 * 50) / 60, 10);
    expect(first!.reason).toBe("Move #u1 (urgent, first-reply SLA breach in 10m, 83% of target used) from Ann (load 1.50: 4 open, capacity 4) to Bob (load 0.20, has required skill 'billing'). Expected: Ann → 0.75, Bob → 0.50.");
    // Loads 0.75, 0.5, 0.3: mean 0.517 + sd 0.184 = 0.70 < 0.75, so Ann is still overloaded. A normal
    // ticket costs 0.4 − 2 at Cat and 0.6 − 2 at Bob: Cat. Then 0.5, 0.5, 0.4: nobody above 0.51.
    expect(second).toMatchObject({ from: { agentId: 'agent-ann', loadAfter: 0.5 }, to: { agentId: 'agent-cat', loadAfter: 0.4, skill: null } });
    expect(plan.moves).toHaveLength(2);
    expect(plan.stopReason).toBe('no_overloaded_agent');
    expect(plan).toMatchObject({ maxLoadBefore: 1.5, maxLoadAfter: 0.5 });
    expect(plan.reason).toBe('2 moves take the highest load from 1.50 to 0.50; stopped because no agent is overloaded any more.');
  });

  it('never makes more than maxMoves', () => {
    const plan = recommendReassignments(unevenTeam(), { now: NOW, config: { reassignment: { maxMoves: 1 } } });
    expect(plan.moves).toHaveLength(1);
    expect(plan.stopReason).toBe('max_moves_reached');
  });

  it('keeps a ticket whose required skill no available agent has', () => {
    const plan = recommendReassignments(unevenTeam(), { now: NOW, availableAgentIds: ['agent-cat'] });
    expect(plan.moves.map((move) => move.ticketId)).not.toContain('u1');
    expect(plan.moves.every((move) => move.to.agentId === 'agent-cat')).toBe(true);
  });

  it('never moves a ticket reassigned within 48 hours', () => {
    // Ann → Bob 45 min ago and back to Ann 40 min ago: moved twice already.
    const data = unevenTeam({
      extraEvents: [
        { type: 'assignment', at: plus(NOW, -45), assigneeId: 'agent-bob' },
        { type: 'assignment', at: plus(NOW, -40), assigneeId: 'agent-ann' },
      ],
    });
    const plan = recommendReassignments(data, { now: NOW });
    expect(plan.moves.map((move) => move.ticketId)).not.toContain('u1');
    expect(plan.blockedTickets.moved_recently).toBe(1);
  });

  it('never moves a ticket whose customer is writing, an escalated one, or one the agent is working', () => {
    const writing = recommendReassignments(unevenTeam({ customerMessages: [40] }), { now: NOW });
    expect(writing.moves.map((move) => move.ticketId)).not.toContain('u1');
    expect(writing.blockedTickets.customer_active).toBe(1);
    const escalated = recommendReassignments(unevenTeam({ escalated: true }), { now: NOW });
    expect(escalated.blockedTickets.escalated).toBe(1);
    const engaged = recommendReassignments(unevenTeam({ replies: [5] }), { now: NOW });
    expect(engaged.blockedTickets.agent_engaged).toBe(1);
  });

  it('recommends nothing for a balanced team', () => {
    const data = workloadData([agent('agent-ann'), agent('agent-bob')], [openTicket('a', 'agent-ann'), openTicket('b', 'agent-bob')]);
    const plan = recommendReassignments(data, { now: NOW });
    expect(plan.moves).toEqual([]);
    expect(plan.reason).toBe('No reassignment recommended: no agent is overloaded.');
  });

  it('stops when no move lowers the highest load', () => {
    // Everyone at capacity 1 with one urgent ticket: a move would put the target at 6.
    const data = workloadData([agent('agent-ann', { capacity: 1 }), agent('agent-bob', { capacity: 1 })], [openTicket('a', 'agent-ann', { priority: 'urgent' }), openTicket('b', 'agent-bob', { priority: 'urgent' })]);
    const plan = recommendReassignments(data, { now: NOW });
    expect(plan).toMatchObject({ moves: [], stopReason: 'no_move_reduces_max_load' });
  });
});
