import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactTerm, RetrievalMiniSearch } from './retrieval-mini-search.js';
import { termOf, tokenize } from './terms.js';

interface Note {
  id: string;
  title: string;
  text: string;
}

const NOTES: Note[] = [
  { id: 'a', title: 'Reset password', text: 'The password reset email never arrives.' },
  { id: 'b', title: 'Passwords and security', text: 'Choose a strong password. Reset it every year.' },
  { id: 'c', title: 'Invoices', text: 'Download invoices from the billing page.' },
  { id: 'd', title: 'Billing email', text: 'Invoices are sent by email to the billing contact.' },
  { id: 'e', title: 'Resetting two-factor', text: 'Reset two-factor from the security page.' },
];

function build(notes: readonly Note[] = NOTES): RetrievalMiniSearch<Note> {
  const index = new RetrievalMiniSearch<Note>({ fields: ['title', 'text'], tokenize, processTerm: termOf, searchOptions: { tokenize: (query) => query.split(' '), processTerm: (term) => term } });
  for (const note of notes) index.add(note);
  return index;
}

/** Scores from the fast path, by document id. */
function fastScores(index: RetrievalMiniSearch<Note>, query: Parameters<RetrievalMiniSearch<Note>['forEachScore']>[0], boost: Record<string, number>, everyTerm = false): Map<string, number> {
  const scores = new Map<string, number>();
  index.forEachScore(query, boost, (shortId, score, matched) => {
    if (!everyTerm || matched === query.length) scores.set(NOTES[shortId]!.id, score);
  });
  return scores;
}

function searchScores(index: RetrievalMiniSearch<Note>, query: string, options: Parameters<RetrievalMiniSearch<Note>['search']>[1]): Map<string, number> {
  return new Map(index.search(query, options).map((result) => [result.id as string, result.score]));
}

function expectSameScores(actual: Map<string, number>, expected: Map<string, number>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, score] of expected) expect(actual.get(id)).toBeCloseTo(score, 10);
}

describe('RetrievalMiniSearch', () => {
  it('counts each distinct term once per document', () => {
    const index = build();
    // "reset" is in a, b and e ("resetting" stems to "reset"); "password" in a (twice) and b.
    expect(index.documentFrequency('reset')).toBe(3);
    expect(index.documentFrequency('password')).toBe(2);
    expect(index.documentFrequency('unknown')).toBe(0);
    // ln(1 + (5 − 2 + 0.5) / (2 + 0.5)) = ln(2.4)
    expect(index.inverseDocumentFrequency('password')).toBeCloseTo(Math.log(2.4), 12);
  });

  it('gives the same OR scores as MiniSearch search', () => {
    const index = build();
    const boost = { title: 2, text: 1 };
    const expected = searchScores(index, 'password email invoic', { boost, combineWith: 'OR' });
    expectSameScores(fastScores(index, ['password', 'email', 'invoic'].map(exactTerm), boost), expected);
  });

  it('gives the same AND scores with prefix and fuzzy expansions as MiniSearch search', () => {
    const index = build();
    const boost = { title: 3, text: 1 };
    const terms = ['pasword', 'rese'];
    const query = terms.map((term, position) => index.expandTerm(term, { prefix: position === terms.length - 1, fuzzy: 0.2 }));
    const expected = searchScores(index, terms.join(' '), { boost, combineWith: 'AND', fuzzy: 0.2, prefix: (_term, position, all) => position === all.length - 1 });
    expect(expected.size).toBeGreaterThan(0);
    expectSameScores(fastScores(index, query, boost, true), expected);
  });

  it('matches MiniSearch on any query over the vocabulary (property)', () => {
    const index = build();
    const vocabulary = ['reset', 'password', 'email', 'invoic', 'bill', 'secur', 'page', 'two', 'factor', 'nowher'];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 5 }), fc.double({ min: 0.5, max: 4, noNaN: true }), (terms, titleBoost) => {
        const boost = { title: titleBoost, text: 1 };
        expectSameScores(fastScores(index, terms.map(exactTerm), boost), searchScores(index, terms.join(' '), { boost }));
      }),
    );
  });

  it('leaves its scratch space clean between queries and after a visitor throws', () => {
    const index = build();
    const first = fastScores(index, [exactTerm('password')], { title: 1, text: 1 });
    expect(() => index.forEachScore([exactTerm('password')], { title: 1, text: 1 }, () => {
      throw new Error('stop');
    })).toThrow('stop');
    expect(fastScores(index, [exactTerm('password')], { title: 1, text: 1 })).toEqual(first);
  });

  it('refuses to take documents out, which would leave its frequencies stale', () => {
    const index = build();
    expect(() => index.discard('a')).toThrow(/only add documents/);
    expect(() => index.replace(NOTES[0]!)).toThrow(/only add documents/);
  });

  it('names the fields holding a term', () => {
    const index = build();
    expect(index.fieldsContaining(index.shortIdOf('a')!, 'password', ['title', 'text'])).toEqual(['title', 'text']);
    expect(index.fieldsContaining(index.shortIdOf('c')!, 'password', ['title', 'text'])).toEqual([]);
  });
});
