import { describe, expect, it } from 'vitest';
import { issuePathsOf, messageAt } from './test-helpers.js';
import { parseViewer } from './viewer.js';

describe('ViewerSchema', () => {
  it.each([
    { userId: 'user-1', persona: 'executive' },
    { userId: 'user-2', persona: 'manager', teamId: 'team-billing', capabilities: ['view_costs'] },
    { userId: 'user-3', persona: 'agent', agentId: 'agent-7', teamId: 'team-billing' },
    { userId: 'user-4', persona: 'csm', accountIds: ['acc-42', '12345'] },
    { userId: 'user-5', persona: 'csm', accountIds: [] },
  ])('parses a $persona viewer', (viewer) => {
    expect(parseViewer(viewer)).toEqual(viewer);
  });

  it.each([
    ['agent', 'agentId'],
    ['manager', 'teamId'],
    ['csm', 'accountIds'],
  ])('requires a %s viewer to have %s', (persona, path) => {
    const parse = () => parseViewer({ userId: 'user-9', persona });
    expect(issuePathsOf(parse)).toEqual([path]);
    expect(messageAt(parse, path)).toMatch(`must be set when persona is "${persona}"`);
  });

  it('rejects an unknown persona', () => {
    expect(issuePathsOf(() => parseViewer({ userId: 'user-9', persona: 'admin' }))).toEqual(['persona']);
  });

  it('lists every bad field in one error, including the persona requirement', () => {
    expect(issuePathsOf(() => parseViewer({ userId: 7, persona: 'agent', capabilities: [''] }))).toEqual(['userId', 'capabilities.0', 'agentId']);
  });
});
