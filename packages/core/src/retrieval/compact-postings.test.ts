import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../demo/generate-demo-dataset.js';
import { CompactPostings } from './compact-postings.js';
import { exactTerm, RetrievalMiniSearch } from './retrieval-mini-search.js';
import { termOf, termsOf, tokenize } from './terms.js';
import { isResolvedTicket, openingOf, TICKET_INDEX_FIELDS, ticketIndexTexts } from './ticket-index.js';

interface Texts {
  id: number;
  texts: readonly string[];
}

const data = generateDemoDataset({ seed: 9, size: 'small' });
const documents: Texts[] = data.tickets.filter(isResolvedTicket).map((ticket, id) => ({ id, texts: ticketIndexTexts(ticket) }));
const BOOST = { subject: 2, description: 1, tags: 1.5, resolutionSummary: 1 };

/** MiniSearch over the same texts: what the compact index must score exactly like. */
function miniSearchOf(items: readonly Texts[]): RetrievalMiniSearch<Texts> {
  const index = new RetrievalMiniSearch<Texts>({
    fields: [...TICKET_INDEX_FIELDS],
    extractField: (item, field) => (field === 'id' ? String(item.id) : item.texts[TICKET_INDEX_FIELDS.indexOf(field as (typeof TICKET_INDEX_FIELDS)[number])]!),
    tokenize,
    processTerm: termOf,
  });
  for (const item of items) index.add(item);
  return index;
}

function compactOf(items: readonly Texts[]): CompactPostings {
  const postings = new CompactPostings({ fields: TICKET_INDEX_FIELDS, tokenize, processTerm: termOf });
  for (const item of items) postings.add(item.texts);
  return postings;
}

/** Every visit in order: short id, score and terms matched. */
function visits(search: (visit: (shortId: number, score: number, matched: number) => void) => void): [number, number, number][] {
  const seen: [number, number, number][] = [];
  search((shortId, score, matched) => seen.push([shortId, score, matched]));
  return seen;
}

describe('CompactPostings', () => {
  const reference = miniSearchOf(documents);
  const compact = compactOf(documents);
  const vocabulary = [...new Set(documents.flatMap((item) => item.texts.flatMap(termsOf)))].sort();

  it('scores every query of indexed terms exactly as MiniSearch, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary, 'zzzunknown'), { minLength: 1, maxLength: 6 }), fc.constantFrom<Record<string, number>[]>(BOOST, { subject: 1, tags: 3 }), (terms, boost) => {
        expect(visits((visit) => compact.forEachScore(terms, boost, visit))).toEqual(visits((visit) => reference.forEachScore(terms.map(exactTerm), boost, visit)));
      }),
      { numRuns: 200 },
    );
  });

  it('counts document frequencies and finds the fields holding a term as MiniSearch does', () => {
    expect(compact.documentCount).toBe(reference.documentCount);
    for (const term of vocabulary) expect(compact.documentFrequency(term)).toBe(reference.documentFrequency(term));
    for (const shortId of [0, 7, 42, documents.length - 1]) {
      for (const term of documents[shortId]!.texts.flatMap(termsOf).slice(0, 10)) {
        expect(compact.fieldsContaining(shortId, term, TICKET_INDEX_FIELDS)).toEqual(reference.fieldsContaining(shortId, term, TICKET_INDEX_FIELDS));
      }
    }
  });

  it('keeps scoring like MiniSearch as documents are appended between queries', () => {
    const half = Math.floor(documents.length / 2);
    const growing = compactOf(documents.slice(0, half));
    const terms = termsOf(documents[half + 3]!.texts[0]!);
    expect(visits((visit) => growing.forEachScore(terms, BOOST, visit))).toEqual(visits((visit) => miniSearchOf(documents.slice(0, half)).forEachScore(terms.map(exactTerm), BOOST, visit)));
    for (const item of documents.slice(half)) growing.add(item.texts);
    expect(visits((visit) => growing.forEachScore(terms, BOOST, visit))).toEqual(visits((visit) => reference.forEachScore(terms.map(exactTerm), BOOST, visit)));
  });
});

describe('ticketIndexTexts', () => {
  it('indexes the opening of a long description, cut between words, and the category among the tags', () => {
    const ticket = data.tickets[0]!;
    const long = { ...ticket, description: `Export fails ${'with the same timeout again '.repeat(40)}end`, tags: ['export'], category: 'Integrations' };
    const [, description, tags] = ticketIndexTexts(long);
    expect(description.length).toBeLessThanOrEqual(600);
    expect(long.description.startsWith(description)).toBe(true);
    expect(long.description[description.length]).toBe(' ');
    expect(tags).toBe('export Integrations');
    expect(ticketIndexTexts({ ...long, tags: ['integrations', 'export'] })[2]).toBe('integrations export');
    expect(openingOf('short text', 600)).toBe('short text');
  });
});
