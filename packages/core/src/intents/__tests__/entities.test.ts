import { describe, expect, test } from 'vitest';
import type { IntentId, Persona, RouteOptions } from '../../index.js';
import { describeResult, expectPeriod, NOW, paramIssues, route, type ExpectedParams } from './spec.js';

interface EntityCase {
  persona: Persona;
  text: string;
  /** Checked when given: the entity must not change what is asked. */
  intent?: IntentId;
  params: ExpectedParams;
  options?: Omit<RouteOptions, 'persona'>;
}

function check({ persona, text, intent, params, options }: EntityCase): void {
  const result = route(text, persona, options);
  if (intent) expect(result.intent, describeResult(result)).toBe(intent);
  expect(paramIssues(params, result.params), describeResult(result)).toEqual([]);
}

const name = (c: EntityCase) => [c.persona, c.text, c] as const;

describe('ticket ids: as typed, without #, never truncated', () => {
  const cases: EntityCase[] = [
    { persona: 'agent', text: 'show ticket 12345', intent: 'ticket.show', params: { ticketId: '12345' } },
    { persona: 'agent', text: 'show ticket #12345', intent: 'ticket.show', params: { ticketId: '12345' } },
    { persona: 'manager', text: "what's going on with #12345?", params: { ticketId: '12345' } },
    { persona: 'agent', text: 'show DESK-1002', intent: 'ticket.show', params: { ticketId: 'DESK-1002' } },
    { persona: 'csm', text: 'show ticket TICK-001', intent: 'ticket.show', params: { ticketId: 'TICK-001' } },
    { persona: 'executive', text: 'ticket 1234567890123', intent: 'ticket.show', params: { ticketId: '1234567890123' } },
    { persona: 'agent', text: 'open ticket ZD-000000004711', intent: 'ticket.show', params: { ticketId: 'ZD-000000004711' } },
  ];
  test.each(cases.map(name))('%s: "%s"', (_p, _t, c) => check(c));
});

describe('a ticket id never overrides an explicit intent', () => {
  const cases: EntityCase[] = [
    { persona: 'agent', text: 'draft a reply for DESK-1002', intent: 'reply.draft', params: { ticketId: 'DESK-1002' } },
    { persona: 'agent', text: 'find similar tickets to DESK-1002', intent: 'tickets.similar', params: { ticketId: 'DESK-1002' } },
    { persona: 'agent', text: 'show DESK-1002', intent: 'ticket.show', params: { ticketId: 'DESK-1002' } },
    { persona: 'manager', text: 'write a response for ticket #4471', intent: 'reply.draft', params: { ticketId: '4471' } },
  ];
  test.each(cases.map(name))('%s: "%s"', (_p, _t, c) => check(c));
});

describe('numbers that are not ticket ids', () => {
  test.each([
    ['executive', 'sla performance for Q4 2025'],
    ['executive', 'top 20 high value accounts'],
    ['csm', 'renewals in the next 90 days'],
    ['csm', 'prep notes for my 2 PM customer call'],
    ['manager', 'escalation trends over the last 3 months'],
    ['agent', 'tickets at risk of breaching in the next 24 hours'],
  ] as const)('%s: "%s" has no ticketId', (persona, text) => {
    const result = route(text, persona);
    expect(result.params.ticketId, describeResult(result)).toBeUndefined();
  });
});

describe('counts and spans', () => {
  const cases: EntityCase[] = [
    { persona: 'executive', text: 'show me the top 20 high-value accounts', intent: 'accounts.highValue', params: { limit: 20 } },
    { persona: 'manager', text: 'bottom 5 agents by csat', params: { limit: 5 } },
    { persona: 'csm', text: 'renewals coming up in the next 90 days', intent: 'renewals.upcoming', params: { days: 90 } },
    { persona: 'manager', text: 'csat for the last 30 days', intent: 'csat.summary', params: { days: 30 } },
    { persona: 'manager', text: 'escalation trends for the past 2 weeks', intent: 'trends.performance', params: { days: 14 } },
    {
      persona: 'agent',
      text: 'tickets at risk of breaching sla in the next 24 hours',
      intent: 'sla.atRisk',
      params: { hours: 24, days: 1 },
    },
  ];
  test.each(cases.map(name))('%s: "%s"', (_p, _t, c) => check(c));
});

describe('priority and tone', () => {
  const cases: EntityCase[] = [
    { persona: 'agent', text: 'my urgent tickets', intent: 'tickets.mine', params: { priority: 'urgent' } },
    { persona: 'manager', text: 'show urgent tickets', params: { priority: 'urgent' } },
    { persona: 'manager', text: 'list high priority tickets', params: { priority: 'high' } },
    { persona: 'agent', text: 'draft a reply to an angry customer', intent: 'reply.draft', params: { tone: 'empathetic' } },
    { persona: 'agent', text: 'formal reply for DESK-1002', intent: 'reply.draft', params: { tone: 'formal', ticketId: 'DESK-1002' } },
    { persona: 'manager', text: 'write a friendly reply to ticket 4411', intent: 'reply.draft', params: { tone: 'friendly', ticketId: '4411' } },
  ];
  test.each(cases.map(name))('%s: "%s"', (_p, _t, c) => check(c));
});

describe('account and agent names, topics', () => {
  const cases: EntityCase[] = [
    { persona: 'agent', text: 'conversation history with TechCorp', intent: 'tickets.byAccount', params: { accountName: 'TechCorp' } },
    { persona: 'csm', text: 'conversation history with TechCorp', intent: 'tickets.byAccount', params: { accountName: 'TechCorp' } },
    {
      persona: 'csm',
      text: 'draft a message to Acme Corp about the outage',
      intent: 'message.draft',
      params: { accountName: 'Acme Corp', topic: 'outage' },
    },
    { persona: 'manager', text: 'schedule a 1-on-1 with Marcus', intent: 'meetings.schedule', params: { agentName: 'Marcus' } },
    { persona: 'csm', text: 'schedule a QBR with Acme Corp', intent: 'meetings.schedule', params: { accountName: 'Acme Corp' } },
    { persona: 'agent', text: 'search knowledge base for password reset', intent: 'kb.search', params: { topic: 'password reset' } },
    { persona: 'agent', text: 'search the kb for sso configuration', intent: 'kb.search', params: { topic: 'sso configuration' } },
  ];
  test.each(cases.map(name))('%s: "%s"', (_p, _t, c) => check(c));

  test('names are taken as typed (case kept) when no known names are given', () => {
    const result = route('conversation history with TechCorp', 'manager');
    expect(result.params.accountName).toBe('TechCorp');
    expect(route('draft a message to Acme Corp about the outage', 'executive').params.accountName).toBe('Acme Corp');
    expect(route('schedule a 1-on-1 with Marcus', 'manager').params.agentName).toBe('Marcus');
  });
});

describe('fuzzy names against known accounts and agents', () => {
  const names = {
    accounts: ['Acme Corporation', 'TechCorp Industries', 'Globex'],
    agents: ['Marcus Chen', 'Priya Patel'],
  };
  const cases: EntityCase[] = [
    { persona: 'csm', text: 'tickets from acme corp', intent: 'tickets.byAccount', params: { accountName: 'Acme Corporation' }, options: { names } },
    { persona: 'agent', text: 'conversation history with techcorp', intent: 'tickets.byAccount', params: { accountName: 'TechCorp Industries' }, options: { names } },
    { persona: 'csm', text: 'draft a message to Acme about the outage', intent: 'message.draft', params: { accountName: 'Acme Corporation' }, options: { names } },
    { persona: 'manager', text: 'set up a 1:1 with marcus', intent: 'meetings.schedule', params: { agentName: 'Marcus Chen' }, options: { names } },
    { persona: 'manager', text: 'schedule a 1-on-1 with Priya', intent: 'meetings.schedule', params: { agentName: 'Priya Patel' }, options: { names } },
  ];
  test.each(cases.map(name))('%s: "%s"', (_p, _t, c) => {
    check(c);
    // The canonical spelling, exactly.
    const result = route(c.text, c.persona, c.options);
    if (c.params.accountName) expect(result.params.accountName).toBe(c.params.accountName);
    if (c.params.agentName) expect(result.params.agentName).toBe(c.params.agentName);
  });
});

describe('periods, resolved against now (Fri 2026-11-27 10:00 UTC), weeks starting Monday', () => {
  test.each([
    ['agent', 'how many tickets did ai resolve for me today', 'today', '2026-11-27T00:00:00Z', '2026-11-28T00:00:00Z'],
    ['manager', 'agent performance metrics this week', 'this week', '2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z'],
    ['executive', 'customer satisfaction this month', 'this month', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z'],
    ['manager', 'sla performance last month', 'last month', '2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z'],
    ['executive', 'sla performance this quarter', 'this quarter', '2026-10-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['executive', 'sla performance last quarter', 'last quarter', '2026-07-01T00:00:00Z', '2026-10-01T00:00:00Z'],
    ['executive', 'sla performance for Q4 2025', 'Q4 2025', '2025-10-01T00:00:00Z', '2026-01-01T00:00:00Z'],
    ['manager', 'escalation trends over the last 3 months', 'last 3 months', '2026-08-27T10:00:00Z', NOW],
  ] as const)('%s: "%s" → %s', (persona, text, label, from, to) => {
    const result = route(text, persona);
    expectPeriod(result.params.period, label, from, to);
  });

  test('now may be a Date as well as a string', () => {
    const result = route('sla performance this quarter', 'executive', { now: new Date(NOW) });
    expectPeriod(result.params.period, 'this quarter', '2026-10-01T00:00:00Z', '2027-01-01T00:00:00Z');
  });

  test('the period follows the injected now, not the wall clock', () => {
    const result = route('sla performance this quarter', 'executive', { now: '2031-05-15T12:00:00Z' });
    expectPeriod(result.params.period, 'this quarter', '2031-04-01T00:00:00Z', '2031-07-01T00:00:00Z');
  });

  test('timeZone: Tokyo, where it is already Saturday 28 November', () => {
    const options = { now: '2026-11-27T20:00:00Z', timeZone: 'Asia/Tokyo' };
    expectPeriod(
      route('how many tickets did ai resolve for me today', 'agent', options).params.period,
      'today',
      '2026-11-27T15:00:00Z',
      '2026-11-28T15:00:00Z',
    );
    expectPeriod(
      route('agent performance metrics this week', 'manager', options).params.period,
      'this week',
      '2026-11-22T15:00:00Z',
      '2026-11-29T15:00:00Z',
    );
  });

  test('timeZone: New York, across the end of daylight saving time', () => {
    const options = { timeZone: 'America/New_York' };
    expectPeriod(
      route('customer satisfaction this month', 'executive', options).params.period,
      'this month',
      '2026-11-01T04:00:00Z',
      '2026-12-01T05:00:00Z',
    );
    expectPeriod(
      route('how many tickets did ai resolve for me today', 'agent', options).params.period,
      'today',
      '2026-11-27T05:00:00Z',
      '2026-11-28T05:00:00Z',
    );
  });
});

describe('counts and spans written in words', () => {
  test.each<[string, Persona, Partial<Record<'days' | 'hours' | 'limit', number>>]>([
    ['escalated tickets from the past forty-eight hours', 'manager', { hours: 48 }],
    ['contracts expiring in the next forty five days', 'csm', { days: 45 }],
    ['agent metrics over the last fortnight', 'manager', { days: 14 }],
    ['name the three strongest reps on the team', 'manager', { limit: 3 }],
    ['show me the two agents with the poorest CSAT', 'manager', { limit: 2 }],
    ['top twenty-five accounts by ARR', 'executive', { limit: 25 }],
  ])('"%s"', (text, persona, expected) => {
    expect(route(text, persona).params).toMatchObject(expected);
  });

  test('"sixteen" is read whole, not as "six"', () => {
    expect(route('renewals in the next sixteen days', 'csm').params.days).toBe(16);
  });
});

describe('periods that end now or today', () => {
  test.each([
    ['which of my tickets can I close by end of day?', 'agent', 'today'],
    ['my tickets I can close before EOD', 'agent', 'today'],
    ['tickets created since the start of the month', 'manager', 'month to date'],
    ['SLA compliance so far this quarter', 'executive', 'quarter to date'],
    ['AI resolution rate YTD', 'executive', 'year to date'],
  ] as const)('"%s" → %s', (text, persona, label) => {
    expect(route(text, persona).params.period?.label).toBe(label);
  });
});
