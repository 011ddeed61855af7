import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agent, daysAgo, NOW, ticket } from './__fixtures__/team-fixtures.js';
import { openTicket, workloadData } from './__fixtures__/workload-team.js';
import { teamWorkload } from './team-workload.js';

const row = (report: ReturnType<typeof teamWorkload>, agentId: string) => report.agents.find((item) => item.agentId === agentId)!;

describe('teamWorkload', () => {
  it('weighs SLA-active tickets by priority against capacity', () => {
    const tickets = [
      openTicket('u', 'agent-ann', { priority: 'urgent', status: 'new' }),
      openTicket('h', 'agent-ann', { priority: 'high' }),
      openTicket('n', 'agent-ann', { priority: 'normal' }),
      openTicket('l', 'agent-ann', { priority: 'low' }),
      openTicket('p', 'agent-ann', { priority: 'urgent', status: 'pending', ageMinutes: 600 }),
    ];
    const report = teamWorkload(workloadData([agent('agent-ann', { capacity: 4 })], tickets), { now: NOW });
    const ann = row(report, 'agent-ann');
    // 3 + 2 + 1 + 0.5 = 6.5 over capacity 4 = 1.625; the pending ticket's clocks are paused.
    expect(ann).toMatchObject({ openTickets: 5, slaActiveTickets: 4, weightedOpen: 6.5, load: 1.625, level: 'overloaded', overloadBasis: 'above_limit' });
    expect(ann).toMatchObject({ oldestOpenTicketId: 'p', oldestOpenTicketAgeMinutes: 600 });
    expect(ann.reason).toBe('Ann: load 1.63 (5 open, 4 SLA-active weighing 6.5 against capacity 4); oldest open 10h; 0 at SLA risk — overloaded (above capacity).');
    expect(report.configVersion).toBe('team-1');
  });

  it('flags an agent far above the team as overloaded and light agents as underloaded', () => {
    // Loads 0.8, 0.1, 0.1, 0.1: mean 0.275, sd 0.303 → above 0.578 is overloaded.
    const tickets = [...Array.from({ length: 8 }, (_, index) => openTicket(`a${index}`, 'agent-ann')), openTicket('b', 'agent-bob'), openTicket('c', 'agent-cat'), openTicket('d', 'agent-dan')];
    const report = teamWorkload(workloadData(['agent-ann', 'agent-bob', 'agent-cat', 'agent-dan'].map((id) => agent(id)), tickets), { now: NOW });
    expect(report.team.meanLoad).toBeCloseTo(0.275, 10);
    expect(report.team.overloadedAboveLoad).toBeCloseTo(0.275 + Math.sqrt(0.091875), 10);
    expect(row(report, 'agent-ann')).toMatchObject({ level: 'overloaded', overloadBasis: 'above_team_spread' });
    expect(row(report, 'agent-bob').level).toBe('underloaded');
    expect(report.agents[0]!.agentId).toBe('agent-ann');
    expect(report.team).toMatchObject({ overloadedAgents: 1, underloadedAgents: 3, openTickets: 11 });
  });

  it('uses the remaining-time rule when history is thin', () => {
    const tickets = [
      openTicket('late', 'agent-ann', { ageMinutes: 50 }), // 10 of 60 min left ≤ 25 % → at risk
      openTicket('fresh', 'agent-ann', { ageMinutes: 20 }), // 40 left → fine
      openTicket('gone', 'agent-ann', { ageMinutes: 120 }), // past its 60 min target → breached
    ];
    const ann = row(teamWorkload(workloadData([agent('agent-ann')], tickets), { now: NOW }), 'agent-ann');
    expect(ann).toMatchObject({ ticketsAtRisk: 1, ticketsBreached: 1, atRiskTicketIds: ['late'] });
  });

  it("uses Kaplan–Meier P(breach) from the team's past clocks when there is enough history", () => {
    // Past first replies: 10 at 20 min, 10 at 50, 10 at 90. For the open ticket at 40 min:
    // S(40) = 20/30, S(60) = 20/30 × 10/20 → P = S(60) / S(40) = 0.5, under the 0.6 threshold.
    const history = [20, 50, 90].flatMap((minutes) => Array.from({ length: 10 }, (_, index) => ticket({ id: `h${minutes}-${index}`, createdAt: daysAgo(5 + index), replies: [minutes], solvedAfter: 200 })));
    const data = workloadData([agent('agent-ann')], [...history, openTicket('open', 'agent-ann', { ageMinutes: 40 })]);
    expect(row(teamWorkload(data, { now: NOW }), 'agent-ann').ticketsAtRisk).toBe(0);
    const stricter = teamWorkload(data, { now: NOW, config: { workload: { atRiskProbability: 0.5 } } });
    expect(row(stricter, 'agent-ann').atRiskTicketIds).toEqual(['open']);
  });

  it('can add open clocks to the history as censored observations', () => {
    // A second open ticket at 55 min stays at risk at 50: S(50) / S(40) = 1 − 10/21, so P = 11/21 ≈ 0.524 for the 40-min ticket.
    const history = [20, 50, 90].flatMap((minutes) => Array.from({ length: 10 }, (_, index) => ticket({ id: `h${minutes}-${index}`, createdAt: daysAgo(5 + index), replies: [minutes], solvedAfter: 200 })));
    const data = workloadData([agent('agent-ann')], [...history, openTicket('open', 'agent-ann', { ageMinutes: 40 }), openTicket('older', 'agent-ann', { ageMinutes: 55 })]);
    const config = { workload: { atRiskProbability: 0.51 } };
    expect(row(teamWorkload(data, { now: NOW, config }), 'agent-ann').atRiskTicketIds).toEqual(['older']);
    const censored = teamWorkload(data, { now: NOW, config: { workload: { atRiskProbability: 0.51, censorOpenTickets: true } } });
    expect(row(censored, 'agent-ann').atRiskTicketIds).toEqual(['older', 'open']);
  });

  it('counts open tickets but no SLA risk without any SLA policy', () => {
    const report = teamWorkload(workloadData([agent('agent-ann')], [openTicket('x', 'agent-ann', { ageMinutes: 500 })], { slaPolicies: [] }), { now: NOW });
    expect(row(report, 'agent-ann')).toMatchObject({ openTickets: 1, load: 0.1, ticketsAtRisk: 0 });
    expect(report.riskBasis).toMatch(/no SLA policy/);
  });

  it('shows an empty queue as zero load', () => {
    const report = teamWorkload(workloadData([agent('agent-ann')], []), { now: NOW });
    expect(row(report, 'agent-ann')).toMatchObject({ openTickets: 0, load: 0, oldestOpenTicketAgeMinutes: null, level: 'underloaded' });
  });

  it('never raises an agent’s load when capacity grows', () => {
    const priority = fc.constantFrom('low' as const, 'normal' as const, 'high' as const, 'urgent' as const);
    const status = fc.constantFrom('new' as const, 'open' as const, 'pending' as const);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.record({ owner: fc.nat(3), priority, status, age: fc.integer({ min: 1, max: 3000 }) }), { maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 4, maxLength: 4 }),
        (capacities, specs, extra) => {
          const agents = capacities.map((capacity, index) => agent(`agent-${index}`, { capacity }));
          const tickets = specs.map((spec, index) => openTicket(`t${index}`, `agent-${spec.owner % agents.length}`, { priority: spec.priority, status: spec.status, ageMinutes: spec.age }));
          const before = teamWorkload(workloadData(agents, tickets), { now: NOW });
          const bigger = agents.map((item, index) => ({ ...item, capacity: item.capacity + extra[index]! }));
          const after = teamWorkload(workloadData(bigger, tickets), { now: NOW });
          for (const item of before.agents) expect(row(after, item.agentId).load).toBeLessThanOrEqual(item.load);
        },
      ),
      { numRuns: 60 },
    );
  });
});
