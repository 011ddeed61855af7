import { describe, expect, it } from 'vitest';
import { article } from './__fixtures__/ticket-builders.js';
import { HELP_CENTER } from './__fixtures__/kb-articles.js';
import { kbIndexFor } from './kb-index.js';
import { searchKb } from './search-kb.js';

function ids(query: string, config: Parameters<typeof searchKb>[0]['config'] = {}): string[] {
  return searchKb({ query, articles: HELP_CENTER, config }).results.map((hit) => hit.articleId);
}

describe('searchKb', () => {
  it('finds the article and ranks a title match above a body mention', () => {
    // "password" is in kb-1's title (boost 3) and only in kb-4's body.
    expect(ids('password')).toEqual(['kb-1', 'kb-4']);
  });

  it('requires every term for up to three terms, and any term beyond', () => {
    const short = searchKb({ query: 'password invoice', articles: HELP_CENTER });
    expect(short).toMatchObject({ combinedWith: 'and', fellBackToOr: false });
    expect(short.results.map((hit) => hit.articleId)).toEqual(['kb-4']);
    const long = searchKb({ query: 'password invoice certificate csv', articles: HELP_CENTER });
    expect(long.combinedWith).toBe('or');
    expect(long.results.map((hit) => hit.articleId).sort()).toEqual(['kb-1', 'kb-2', 'kb-3', 'kb-4']);
  });

  it('falls back to OR when no article has every term, and can be told not to', () => {
    const result = searchKb({ query: 'okta invoice', articles: HELP_CENTER });
    expect(result).toMatchObject({ combinedWith: 'or', fellBackToOr: true });
    expect(result.results.map((hit) => hit.articleId).sort()).toEqual(['kb-2', 'kb-4']);
    expect(ids('okta invoice', { fallbackToOr: false })).toEqual([]);
  });

  it('matches the last term as a prefix from three characters on', () => {
    expect(ids('reset passw')).toEqual(['kb-1']);
    // "certi" is no article's term, but "certif" (the stem of "certificate") starts with it.
    expect(ids('certi')).toEqual(['kb-2']);
    expect(ids('certi', { prefixLastTerm: false, fuzzy: 0 })).toEqual([]);
    // Two letters are too few to expand ("ce" would match half the vocabulary); fuzzy is off here.
    expect(ids('ce', { fuzzy: 0 })).toEqual([]);
  });

  it('forgives a typo (fuzzy 0.2: one edit per five letters)', () => {
    expect(ids('pasword', { prefixLastTerm: false })).toEqual(['kb-1', 'kb-4']);
    // "sertificate" stems to "sertif", one edit from "certif" (6 letters × 0.2 ≈ 1 edit allowed).
    expect(ids('sertificate', { prefixLastTerm: false })).toEqual(['kb-2']);
  });

  it('reads headings from the Markdown, or from the article when it lists them', () => {
    const [certificates] = searchKb({ query: 'certificates', articles: HELP_CENTER }).results;
    expect(certificates!.matchedTerms).toContainEqual({ term: 'certif', word: 'certificates', queryTerm: 'certif', fields: ['headings', 'body'] });
    const [exporting] = searchKb({ query: 'exporting data', articles: HELP_CENTER }).results;
    expect(exporting!.articleId).toBe('kb-3');
    expect(exporting!.matchedTerms.find((matched) => matched.term === 'data')!.fields).toEqual(['headings']);
  });

  it('returns an excerpt of the plain text around the first match, with highlights', () => {
    const [hit] = searchKb({ query: 'spam folder', articles: HELP_CENTER, config: { excerptRadiusCharacters: 30 } }).results;
    // 30 characters before "spam" reach into "email", so the cut moves on to "does"; the line ends after "first.".
    expect(hit!.excerpt.text).toBe('does not arrive, check the spam folder first.');
    expect(hit!.excerpt.highlights.map((highlight) => hit!.excerpt.text.slice(highlight.start, highlight.end))).toEqual(['spam', 'folder']);
    expect(hit!.excerpt.text).not.toMatch(/[#*[\]]/);
    expect(hit).toMatchObject({ title: 'Reset your password', url: 'https://help.example/kb-1', relativeScore: 1, reason: 'Matches "spam", "folder" in the text.' });
  });

  it('applies the filter before taking the top N', () => {
    const result = searchKb({ query: 'password', articles: HELP_CENTER, filter: (candidate) => candidate.id !== 'kb-1', config: { limit: 1 } });
    expect(result.results.map((hit) => hit.articleId)).toEqual(['kb-4']);
  });

  it('returns nothing for an empty or stop-word query and for no articles', () => {
    expect(searchKb({ query: '', articles: HELP_CENTER }).results).toEqual([]);
    expect(searchKb({ query: 'how do I', articles: HELP_CENTER }).results).toEqual([]);
    expect(searchKb({ query: 'password', articles: [] }).results).toEqual([]);
  });

  it('indexes an array once and picks up appended articles', () => {
    const articles = [article({ id: 'x-1', title: 'Webhooks' })];
    const index = kbIndexFor(articles);
    articles.push(article({ id: 'x-2', title: 'Webhook retries' }));
    expect(kbIndexFor(articles)).toBe(index);
    expect(searchKb({ query: 'webhook retries', articles }).results.map((hit) => hit.articleId)).toEqual(['x-2']);
  });
});
