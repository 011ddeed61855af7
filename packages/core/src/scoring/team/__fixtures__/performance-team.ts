// A three-agent team where Ann is best, Bob in the middle and Cat last on every component.
import type { Ticket } from '../../../contracts/ticket.js';
import type { SupportData } from '../../../data/support-data.js';
import { agent, dataset, daysAgo, ticket } from './team-fixtures.js';

export interface AgentTicketsSpec {
  agentId: string;
  count: number;
  firstReplyMinutes: number;
  solveMinutes: number;
  /** How many of the tickets get a second reply (not one-touch). */
  twoReplies: number;
  good: number;
  bad: number;
  /** How many solves get reopened (within a day) and solved again. */
  reopened: number;
  category?: string;
}

/** `count` tickets solved by one agent within the last 30 days, with the given shape. */
export function agentTickets(spec: AgentTicketsSpec): Ticket[] {
  return Array.from({ length: spec.count }, (_, index) => {
    const replies = index < spec.twoReplies ? [spec.firstReplyMinutes, spec.firstReplyMinutes + 5] : [spec.firstReplyMinutes];
    const csat = index < spec.good ? 'good' : index < spec.good + spec.bad ? 'bad' : undefined;
    return ticket({
      id: `${spec.agentId}-${index}`,
      createdAt: daysAgo(1 + index),
      assigneeId: spec.agentId,
      replies,
      solvedAfter: spec.solveMinutes,
      ...(index < spec.reopened ? { reopenedAt: { solvedAt: spec.solveMinutes - 20, reopenedAt: spec.solveMinutes - 10 } } : {}),
      ...(csat ? { csat } : {}),
      ...(spec.category ? { category: spec.category } : {}),
    });
  });
}

/** Ann: fast, 20/20 good, no reopen, all one-touch, 24 solved. Bob: middle. Cat: slow, 6/20, 5 reopens, 20 solved. Dan: 5 solved (too few). */
export function performanceTeam(overrides: Partial<Record<'ann' | 'bob' | 'cat' | 'dan', Partial<AgentTicketsSpec>>> = {}): SupportData {
  const tickets = [
    ...agentTickets({ agentId: 'agent-ann', count: 24, firstReplyMinutes: 10, solveMinutes: 60, twoReplies: 0, good: 20, bad: 0, reopened: 0, ...overrides.ann }),
    ...agentTickets({ agentId: 'agent-bob', count: 22, firstReplyMinutes: 30, solveMinutes: 120, twoReplies: 11, good: 14, bad: 6, reopened: 2, ...overrides.bob }),
    ...agentTickets({ agentId: 'agent-cat', count: 20, firstReplyMinutes: 60, solveMinutes: 240, twoReplies: 20, good: 6, bad: 14, reopened: 5, ...overrides.cat }),
    ...agentTickets({ agentId: 'agent-dan', count: 5, firstReplyMinutes: 20, solveMinutes: 90, twoReplies: 0, good: 2, bad: 0, reopened: 0, ...overrides.dan }),
  ];
  return dataset({ tickets, agents: ['agent-ann', 'agent-bob', 'agent-cat', 'agent-dan'].map((id) => agent(id)) });
}
