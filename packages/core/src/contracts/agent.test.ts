import { describe, expect, it } from 'vitest';
import { parseAgent } from './agent.js';
import { issuePathsOf, messageAt } from './test-helpers.js';

function validAgent(overrides: Record<string, unknown> = {}) {
  return {
    id: 'agent-7',
    name: 'Ana Ruiz',
    email: 'ana@example.com',
    teamId: 'team-billing',
    skills: ['billing', 'spanish'],
    capacity: 8,
    timezone: 'Europe/Madrid',
    calendarId: 'cal-emea',
    hourlyCost: { amountCents: 4200, currency: 'EUR' },
    active: true,
    ...overrides,
  };
}

describe('AgentSchema', () => {
  it('parses an agent, with and without the optional fields', () => {
    expect(parseAgent(validAgent()).hourlyCost).toEqual({ amountCents: 4200, currency: 'EUR' });
    const { email: _email, calendarId: _calendarId, active: _active, ...minimal } = validAgent();
    expect(parseAgent(minimal).id).toBe('agent-7');
  });

  it('keeps a numeric-looking id a string', () => {
    expect(parseAgent(validAgent({ id: '12345' })).id).toBe('12345');
  });

  it('rejects an unknown time zone', () => {
    const parse = () => parseAgent(validAgent({ timezone: 'Mars/Phobos' }));
    expect(issuePathsOf(parse)).toEqual(['timezone']);
    expect(messageAt(parse, 'timezone')).toBe('must be an IANA time zone such as Europe/Paris');
  });

  it.each([0, -2, 1.5, '8'])('rejects capacity %j with what it expects', (capacity) => {
    const parse = () => parseAgent(validAgent({ capacity }));
    expect(issuePathsOf(parse)).toEqual(['capacity']);
    expect(messageAt(parse, 'capacity')).toBe('must be a whole number of concurrent tickets, 1 or more');
  });

  it('names the bad part of the hourly cost', () => {
    expect(issuePathsOf(() => parseAgent(validAgent({ hourlyCost: { amountCents: 42.5, currency: 'EUR' } })))).toEqual(['hourlyCost.amountCents']);
    expect(issuePathsOf(() => parseAgent(validAgent({ hourlyCost: { amountCents: -100, currency: 'EUR' } })))).toEqual(['hourlyCost.amountCents']);
    expect(issuePathsOf(() => parseAgent(validAgent({ hourlyCost: { amountCents: 4200, currency: 'eur' } })))).toEqual(['hourlyCost.currency']);
  });

  it('lists every bad field in one error', () => {
    const paths = issuePathsOf(() =>
      parseAgent(validAgent({ name: ' ', email: 'ana-at-example', skills: ['billing', ''], capacity: 0, timezone: 'Nowhere', hourlyCost: { amountCents: '42', currency: 'EUR' } })),
    );
    expect(paths).toEqual(['name', 'email', 'skills.1', 'capacity', 'timezone', 'hourlyCost.amountCents']);
  });
});
