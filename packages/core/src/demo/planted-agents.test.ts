import { describe, expect, it } from 'vitest';
import { median, wilsonInterval } from '../scoring/statistics.js';
import { csatOf, loadOf, medianFirstReplyMinutes } from './__fixtures__/demo-measures.js';
import { generateDemoDataset } from './index.js';

const demo = generateDemoDataset({ seed: 1, size: 'small' });
const { truth } = demo;
const planted = [truth.overloadedAgentId, truth.underloadedAgentId, truth.bestAgentId, truth.worstAgentId];
const steady = demo.agents.filter((agent) => !planted.includes(agent.id));

describe('planted agent signals', () => {
  it('names four distinct agents that exist and are active', () => {
    expect(new Set(planted).size).toBe(4);
    for (const id of planted) expect(demo.agents.find((agent) => agent.id === id)?.active).toBe(true);
  });

  it('overloads one agent to at least twice capacity, mostly with urgent and high tickets', () => {
    const { open, load } = loadOf(demo, truth.overloadedAgentId);
    expect(load).toBeGreaterThanOrEqual(2);
    expect(open.filter((ticket) => ticket.priority === 'urgent' || ticket.priority === 'high').length).toBeGreaterThanOrEqual(6);
  });

  it('leaves one agent of the same team, with the same skills, nearly idle', () => {
    const overloaded = demo.agents.find((agent) => agent.id === truth.overloadedAgentId)!;
    const underloaded = demo.agents.find((agent) => agent.id === truth.underloadedAgentId)!;
    expect(loadOf(demo, underloaded.id).open.length).toBeLessThanOrEqual(1);
    expect(underloaded.teamId).toBe(overloaded.teamId);
    expect(underloaded.skills).toEqual(expect.arrayContaining(overloaded.skills.filter((skill) => ['sso', 'api', 'integrations', 'outages'].includes(skill))));
  });

  it('keeps every other agent between 70 % and 100 % of capacity', () => {
    for (const agent of demo.agents.filter((candidate) => candidate.id !== truth.overloadedAgentId && candidate.id !== truth.underloadedAgentId)) {
      const { load } = loadOf(demo, agent.id);
      expect(load, agent.id).toBeGreaterThanOrEqual(0.7);
      expect(load, agent.id).toBeLessThanOrEqual(1);
    }
  });

  it('plants a best agent: CSAT near 99 % on 30+ ratings, fastest replies, most solves in the team, no reopens', () => {
    const best = csatOf(demo, truth.bestAgentId);
    expect(best.ratings).toBeGreaterThanOrEqual(30);
    expect(best.rate).toBeGreaterThanOrEqual(0.95);
    const mine = demo.tickets.filter((ticket) => ticket.assigneeId === truth.bestAgentId);
    expect(mine.some((ticket) => (ticket.reopens ?? 0) > 0)).toBe(false);
    const bestMedian = medianFirstReplyMinutes(demo, truth.bestAgentId);
    for (const agent of demo.agents.filter((candidate) => candidate.id !== truth.bestAgentId)) {
      expect(medianFirstReplyMinutes(demo, agent.id), agent.id).toBeGreaterThan(bestMedian);
    }
    const teamId = demo.agents.find((agent) => agent.id === truth.bestAgentId)!.teamId;
    const solvedBy = (agentId: string) => demo.tickets.filter((ticket) => ticket.assigneeId === agentId && ticket.solvedAt !== null).length;
    for (const agent of demo.agents.filter((candidate) => candidate.teamId === teamId && candidate.id !== truth.bestAgentId)) {
      expect(solvedBy(agent.id), agent.id).toBeLessThan(solvedBy(truth.bestAgentId));
    }
  });

  it('plants a worst agent: CSAT near 47 % on 30+ ratings, the slowest replies, reopens', () => {
    const worst = csatOf(demo, truth.worstAgentId);
    expect(worst.ratings).toBeGreaterThanOrEqual(30);
    expect(worst.rate).toBeGreaterThanOrEqual(0.4);
    expect(worst.rate).toBeLessThanOrEqual(0.65);
    expect(demo.tickets.filter((ticket) => ticket.assigneeId === truth.worstAgentId && (ticket.reopens ?? 0) > 0).length).toBeGreaterThanOrEqual(10);
    const worstMedian = medianFirstReplyMinutes(demo, truth.worstAgentId);
    for (const agent of demo.agents.filter((candidate) => candidate.id !== truth.worstAgentId)) {
      expect(medianFirstReplyMinutes(demo, agent.id), agent.id).toBeLessThan(worstMedian);
    }
  });

  it('keeps the other agents middle-of-the-road on CSAT', () => {
    // Ranked by the Wilson lower bound of CSAT, SCORING's default for top/lowest decisions.
    const lowerBound = ({ rate, ratings }: { rate: number; ratings: number }) => wilsonInterval(rate * ratings, ratings)!.lower;
    const best = csatOf(demo, truth.bestAgentId);
    const worst = csatOf(demo, truth.worstAgentId);
    for (const agent of steady) {
      const bound = lowerBound(csatOf(demo, agent.id));
      expect(bound, agent.id).toBeGreaterThan(lowerBound(worst));
      expect(bound, agent.id).toBeLessThan(lowerBound(best));
    }
    // SCORING §3.2: a top or lowest performer's Wilson interval must not overlap the team median.
    const teamId = demo.agents.find((agent) => agent.id === truth.bestAgentId)!.teamId;
    const teamMedian = median(demo.agents.filter((agent) => agent.teamId === teamId).map((agent) => csatOf(demo, agent.id).rate))!;
    expect(wilsonInterval(best.rate * best.ratings, best.ratings)!.lower).toBeGreaterThan(teamMedian);
    expect(wilsonInterval(worst.rate * worst.ratings, worst.ratings)!.upper).toBeLessThan(teamMedian);
  });
});
