import { describe, expect, it } from 'vitest';
import { parseKbArticle } from './kb-article.js';
import { issuePathsOf } from './test-helpers.js';

function validArticle(overrides: Record<string, unknown> = {}) {
  return {
    id: 'kb-12',
    title: 'Reset your password',
    body: '## Steps\n\n1. Open **Settings**.\n2. Choose *Reset*.',
    headings: ['Steps'],
    tags: ['login', 'password'],
    category: 'Account',
    url: 'https://help.example.com/articles/kb-12',
    updatedAt: '2026-02-10T08:00:00Z',
    ...overrides,
  };
}

describe('KbArticleSchema', () => {
  it('parses an article, with or without the optional fields', () => {
    expect(parseKbArticle(validArticle()).body).toContain('## Steps');
    expect(parseKbArticle({ id: '12345', title: 'FAQ', body: '', tags: [], updatedAt: '2026-02-10T08:00:00Z' }).id).toBe('12345');
  });

  it.each(['help/kb-12', 'ftp://files.example.com/kb-12'])('rejects the url %s', (url) => {
    expect(issuePathsOf(() => parseKbArticle(validArticle({ url })))).toEqual(['url']);
  });

  it('rejects an update time without an offset', () => {
    expect(issuePathsOf(() => parseKbArticle(validArticle({ updatedAt: '2026-02-10T08:00:00' })))).toEqual(['updatedAt']);
  });

  it('lists every bad field in one error', () => {
    expect(issuePathsOf(() => parseKbArticle(validArticle({ title: '  ', body: undefined, headings: 'Steps', tags: ['ok', 7] })))).toEqual([
      'title',
      'body',
      'headings',
      'tags.1',
    ]);
  });
});
