import { describe, expect, it } from 'vitest';
import { evaluateTicketSla, slaSetupOf } from '../data/ticket-sla.js';
import { isOpen } from './__fixtures__/demo-measures.js';
import { generateDemoDataset } from './index.js';

const demo = generateDemoDataset({ seed: 1, size: 'small' });
const nowMs = Date.parse(demo.now);
const setup = slaSetupOf(demo);
const hasAgentReply = (ticket: (typeof demo.tickets)[number]) => ticket.events.some((event) => event.type === 'agent_reply');

function firstReplyDeadlineMs(ticket: (typeof demo.tickets)[number]): number | null {
  const instance = evaluateTicketSla(ticket, setup, new Date(nowMs)).metrics.firstReply?.find((candidate) => candidate.state === 'active');
  return instance?.deadline ? Date.parse(instance.deadline) : null;
}

describe('at-risk tickets', () => {
  it('plants 5 to 8 open tickets with no agent reply, due within the next hour by the SLA engine', () => {
    expect(demo.truth.atRiskTicketIds.length).toBeGreaterThanOrEqual(5);
    expect(demo.truth.atRiskTicketIds.length).toBeLessThanOrEqual(8);
    for (const id of demo.truth.atRiskTicketIds) {
      const ticket = demo.tickets.find((candidate) => candidate.id === id)!;
      expect(isOpen(ticket), id).toBe(true);
      expect(hasAgentReply(ticket), id).toBe(false);
      const deadline = firstReplyDeadlineMs(ticket)!;
      expect(deadline, id).toBeGreaterThan(nowMs);
      expect(deadline, id).toBeLessThanOrEqual(nowMs + 60 * 60_000);
    }
  });

  it('lists every such ticket: no other open ticket is due within the hour', () => {
    const recomputed = demo.tickets
      .filter((ticket) => isOpen(ticket) && !hasAgentReply(ticket))
      .filter((ticket) => {
        const deadline = firstReplyDeadlineMs(ticket);
        return deadline !== null && deadline > nowMs && deadline <= nowMs + 60 * 60_000;
      })
      .map((ticket) => ticket.id);
    expect(demo.truth.atRiskTicketIds).toEqual(recomputed);
  });

  it('puts several of them on the overloaded agent', () => {
    const mine = demo.truth.atRiskTicketIds.filter((id) => demo.tickets.find((ticket) => ticket.id === id)?.assigneeId === demo.truth.overloadedAgentId);
    expect(mine.length).toBeGreaterThanOrEqual(2);
  });
});

describe('ticket timelines', () => {
  it('start with the creation, run in time order and end by now', () => {
    for (const ticket of demo.tickets) {
      const times = ticket.events.map((event) => Date.parse(event.at));
      expect(ticket.events[0]!.type, ticket.id).toBe('created');
      expect(ticket.createdAt).toBe(ticket.events[0]!.at);
      expect(times.every((time, index) => index === 0 || time >= times[index - 1]!), ticket.id).toBe(true);
      expect(times[times.length - 1]!, ticket.id).toBeLessThanOrEqual(nowMs);
      expect(Date.parse(ticket.updatedAt), ticket.id).toBeLessThanOrEqual(nowMs);
    }
  });

  it('agree with the ticket fields: solvedAt, status, csat after the solve, resolution summaries', () => {
    for (const ticket of demo.tickets) {
      const statuses = ticket.events.filter((event) => event.type === 'status');
      const lastStatus = statuses[statuses.length - 1];
      if (ticket.solvedAt === null) {
        expect(isOpen(ticket), ticket.id).toBe(true);
        continue;
      }
      const lastSolve = statuses.filter((event) => event.to === 'solved').pop()!;
      expect(lastSolve.at, ticket.id).toBe(ticket.solvedAt);
      expect(lastStatus?.type === 'status' ? lastStatus.to : null, ticket.id).toBe(ticket.status);
      expect(ticket.resolutionSummary, ticket.id).toBeTruthy();
      if (ticket.csat) expect(Date.parse(ticket.csat.ratedAt), ticket.id).toBeGreaterThan(Date.parse(ticket.solvedAt));
    }
  });

  it('mix AI resolutions, ratings, escalations, reopens and Jira links in realistic proportions', () => {
    const solved = demo.tickets.filter((ticket) => ticket.solvedAt !== null);
    const share = (count: number, total: number) => count / total;
    expect(share(solved.filter((ticket) => ticket.resolvedBy === 'ai').length, solved.length)).toBeGreaterThan(0.1);
    expect(share(solved.filter((ticket) => ticket.resolvedBy === 'ai').length, solved.length)).toBeLessThan(0.2);
    expect(share(solved.filter((ticket) => ticket.csat !== null).length, solved.length)).toBeGreaterThan(0.3);
    expect(share(solved.filter((ticket) => ticket.csat !== null).length, solved.length)).toBeLessThan(0.5);
    for (const ticket of solved.filter((candidate) => candidate.resolvedBy === 'ai')) {
      expect(ticket.assigneeId).toBeNull();
      expect(ticket.events.some((event) => event.type === 'agent_reply' && event.actorId !== 'ai-agent')).toBe(false);
    }
    expect(demo.tickets.some((ticket) => ticket.escalated && ticket.links.some((link) => link.system === 'jira' && /^ENG-\d+$/.test(link.key)))).toBe(true);
    expect(demo.tickets.some((ticket) => (ticket.reopens ?? 0) > 0)).toBe(true);
    expect(demo.tickets.some((ticket) => ticket.events.some((event) => event.type === 'priority'))).toBe(true);
    expect(demo.tickets.some((ticket) => ticket.sentiment === 'very_negative')).toBe(true);
  });

  it('repeat each issue in several phrasings, so similar-ticket search has true neighbours', () => {
    const subjectsByIssue = new Map<string, Set<string>>();
    for (const ticket of demo.tickets.filter((candidate) => candidate.solvedAt !== null)) {
      const key = `${ticket.category}/${ticket.tags.slice(0, 3).join(',')}`;
      subjectsByIssue.set(key, (subjectsByIssue.get(key) ?? new Set()).add(ticket.subject));
    }
    expect(subjectsByIssue.size).toBeGreaterThanOrEqual(25);
    for (const [key, subjects] of subjectsByIssue) expect(subjects.size, key).toBeGreaterThanOrEqual(3);
  });

  it('number tickets DESK-10001 onwards in order of creation', () => {
    expect(demo.tickets[0]!.id).toBe('DESK-10001');
    const created = demo.tickets.map((ticket) => Date.parse(ticket.createdAt));
    expect(created.every((time, index) => index === 0 || time >= created[index - 1]!)).toBe(true);
  });
});
