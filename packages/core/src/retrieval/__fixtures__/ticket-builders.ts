// Hand-built tickets and articles for the retrieval tests. Not exported from the package.
import type { KbArticle } from '../../contracts/kb-article.js';
import type { Ticket } from '../../contracts/ticket.js';
import type { TicketEvent } from '../../contracts/ticket-event.js';

/** A resolved ticket with sensible defaults; override any field. */
export function ticket(overrides: Partial<Ticket> & { id: string }): Ticket {
  const createdAt = overrides.createdAt ?? '2026-03-02T09:00:00Z';
  return {
    subject: '',
    description: '',
    status: 'solved',
    priority: 'normal',
    channel: 'email',
    category: 'general',
    accountId: 'acc-1',
    requesterId: 'user-1',
    assigneeId: 'agent-1',
    teamId: 'team-1',
    tags: [],
    createdAt,
    updatedAt: createdAt,
    solvedAt: overrides.status === undefined || overrides.status === 'solved' || overrides.status === 'closed' ? '2026-03-03T09:00:00Z' : null,
    events: [],
    links: [],
    resolvedBy: 'human',
    csat: null,
    ...overrides,
  };
}

export const event = {
  created: (at: string, body?: string): TicketEvent => ({ type: 'created', at, by: 'customer', ...(body === undefined ? {} : { body }) }),
  customer: (at: string, body: string): TicketEvent => ({ type: 'customer_message', at, body }),
  reply: (at: string, body: string, actorId = 'agent-1'): TicketEvent => ({ type: 'agent_reply', at, body, actorId }),
  note: (at: string, body: string): TicketEvent => ({ type: 'agent_note', at, body }),
};

/** A knowledge-base article with defaults; override any field. */
export function article(overrides: Partial<KbArticle> & { id: string; title: string }): KbArticle {
  return { body: '', tags: [], updatedAt: '2026-01-01T00:00:00Z', ...overrides };
}
