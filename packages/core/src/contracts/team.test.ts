import { describe, expect, it } from 'vitest';
import { parseTeam } from './team.js';
import { issuePathsOf } from './test-helpers.js';

describe('TeamSchema', () => {
  it('parses a team with or without its calendar and policy', () => {
    const team = parseTeam({ id: 'team-billing', name: 'Billing', managerId: 'user-3', calendarId: 'cal-emea', slaPolicyId: 'sla-standard' });
    expect(team.slaPolicyId).toBe('sla-standard');
    expect(parseTeam({ id: '12345', name: 'Tier 1' })).toEqual({ id: '12345', name: 'Tier 1' });
  });

  it('rejects a numeric id and an empty name', () => {
    expect(issuePathsOf(() => parseTeam({ id: 12345, name: 'Tier 1' }))).toEqual(['id']);
    expect(issuePathsOf(() => parseTeam({ id: 'team-1', name: '' }))).toEqual(['name']);
  });

  it('lists every bad field in one error', () => {
    expect(issuePathsOf(() => parseTeam({ id: '', name: 3, managerId: '', calendarId: null }))).toEqual(['id', 'name', 'managerId', 'calendarId']);
  });
});
