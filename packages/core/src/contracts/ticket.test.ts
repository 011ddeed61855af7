import { describe, expect, it } from 'vitest';
import { ContractError } from './parse.js';
import { contractErrorOf, issuePathsOf, messageAt } from './test-helpers.js';
import { parseTicket, TicketSchema } from './ticket.js';

function validTicket(overrides: Record<string, unknown> = {}) {
  return {
    id: 'DESK-1002',
    subject: 'Cannot export invoices',
    description: 'The export button spins forever.',
    status: 'open',
    priority: 'high',
    channel: 'email',
    category: 'billing',
    accountId: 'acc-42',
    requesterId: 'contact-3',
    assigneeId: 'agent-7',
    teamId: 'team-billing',
    tags: ['export', 'invoices'],
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T11:30:00+01:00',
    solvedAt: null,
    events: [
      { type: 'created', at: '2026-03-01T09:00:00Z', by: 'customer', actorId: 'contact-3', body: 'Export hangs' },
      { type: 'assignment', at: '2026-03-01T09:05:00Z', assigneeId: 'agent-7', teamId: 'team-billing' },
      { type: 'agent_reply', at: '2026-03-01T10:30:00Z', actorId: 'agent-7', body: 'Looking into it' },
    ],
    links: [{ system: 'jira', key: 'ENG-42', url: 'https://acme.atlassian.net/browse/ENG-42', status: 'In Progress' }],
    resolvedBy: null,
    csat: null,
    ...overrides,
  };
}

describe('TicketSchema', () => {
  it('parses a full ticket and keeps its fields', () => {
    const ticket = parseTicket(
      validTicket({
        status: 'solved',
        solvedAt: '2026-03-02T08:00:00Z',
        resolvedBy: 'ai',
        csat: { rating: 'good', ratedAt: '2026-03-02T10:00:00Z', comment: 'Fast', assigneeIdAtRating: 'agent-7' },
        escalated: false,
        reopens: 1,
      }),
    );
    expect(ticket.id).toBe('DESK-1002');
    expect(ticket.events).toHaveLength(3);
    expect(ticket.csat?.rating).toBe('good');
    expect(ticket.links[0]?.system).toBe('jira');
  });

  it.each(['12345', 'TICK-001', 'DESK-1002', '00042'])('keeps the id %s as the same string', (id) => {
    const ticket = parseTicket(validTicket({ id }));
    expect(ticket.id).toBe(id);
    expect(typeof ticket.id).toBe('string');
  });

  it('rejects a numeric id instead of converting it', () => {
    expect(issuePathsOf(() => parseTicket(validTicket({ id: 12345 })))).toEqual(['id']);
  });

  it('accepts no events, an unassigned ticket and a solvedAt kept after a reopen', () => {
    expect(() => parseTicket(validTicket({ events: [], assigneeId: null, teamId: null }))).not.toThrow();
    expect(() => parseTicket(validTicket({ status: 'open', solvedAt: '2026-03-02T08:00:00Z', reopens: 1 }))).not.toThrow();
  });

  it('names the event whose `at` is not an ISO date-time', () => {
    const events = validTicket().events.map((event, index) => (index === 1 ? { ...event, at: '2026-03-01 09:05' } : event));
    expect(issuePathsOf(() => parseTicket(validTicket({ events })))).toEqual(['events.1.at']);
  });

  it('requires events to start with a `created` event', () => {
    const events = [{ type: 'customer_message', at: '2026-03-01T09:00:00Z' }];
    expect(issuePathsOf(() => parseTicket(validTicket({ events })))).toEqual(['events.0']);
    expect(messageAt(() => parseTicket(validTicket({ events })), 'events.0')).toMatch(/must be the "created" event/);
  });

  it('rejects a second `created` event, naming its index', () => {
    const events = [...validTicket().events, { type: 'created', at: '2026-03-01T12:00:00Z', by: 'agent' }];
    expect(issuePathsOf(() => parseTicket(validTicket({ events })))).toEqual(['events.3']);
  });

  it('names bad links, csat and counters', () => {
    const paths = issuePathsOf(() =>
      parseTicket(
        validTicket({
          links: [{ system: 'trello', key: '', url: 'not a url' }],
          csat: { rating: 5, ratedAt: 'yesterday' },
          resolvedBy: 'bot',
          reopens: -1,
        }),
      ),
    );
    expect(paths).toEqual(['links.0.system', 'links.0.key', 'links.0.url', 'resolvedBy', 'csat.rating', 'csat.ratedAt', 'reopens']);
  });

  it('lists every bad field in one error, including the event-order check', () => {
    const events = [validTicket().events[0], { type: 'created', at: '2026-03-01T12:00:00Z', by: 'customer' }];
    const error = contractErrorOf(() => parseTicket(validTicket({ status: 'done', priority: 'p1', channel: 'fax', createdAt: 'today', events })));
    expect(error).toBeInstanceOf(ContractError);
    expect(error.contract).toBe('Ticket');
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((issue) => issue.path)).toEqual(['status', 'priority', 'channel', 'createdAt', 'events.1']);
    expect(error.message).toContain('channel: Invalid option');
  });

  it('reports a non-object input at the root', () => {
    expect(issuePathsOf(() => parseTicket(null))).toEqual(['']);
    expect(TicketSchema.safeParse('DESK-1002').success).toBe(false);
  });
});
