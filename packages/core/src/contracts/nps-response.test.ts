import { describe, expect, it } from 'vitest';
import { parseNpsResponse } from './nps-response.js';
import { issuePathsOf, messageAt } from './test-helpers.js';

function validResponse(overrides: Record<string, unknown> = {}) {
  return { id: 'nps-9', accountId: 'acc-42', contactId: 'contact-3', score: 9, comment: 'Great support', respondedAt: '2026-03-01T09:00:00Z', ...overrides };
}

describe('NpsResponseSchema', () => {
  it.each([0, 7, 10])('accepts the score %d', (score) => {
    expect(parseNpsResponse(validResponse({ score })).score).toBe(score);
  });

  it('accepts a response without contact or comment', () => {
    expect(parseNpsResponse({ id: '12345', accountId: 'acc-42', score: 3, respondedAt: '2026-03-01T09:00:00+09:00' }).id).toBe('12345');
  });

  it.each([11, -1, 7.5, '9', null])('rejects the score %j, saying what it expects', (score) => {
    const parse = () => parseNpsResponse(validResponse({ score }));
    expect(issuePathsOf(parse)).toEqual(['score']);
    expect(messageAt(parse, 'score')).toBe('must be an integer from 0 to 10');
  });

  it('lists every bad field in one error', () => {
    expect(issuePathsOf(() => parseNpsResponse(validResponse({ id: '', accountId: undefined, score: 42, respondedAt: '2026-03-01' })))).toEqual([
      'id',
      'accountId',
      'score',
      'respondedAt',
    ]);
  });
});
