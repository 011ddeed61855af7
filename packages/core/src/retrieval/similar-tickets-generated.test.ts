import { describe, expect, it } from 'vitest';
import { generateTickets, heldOutQueries, ISSUES } from './__fixtures__/ticket-generator.js';
import { findSimilarTickets } from './similar-tickets.js';

// 3,000 resolved tickets about 12 issues, each phrased several ways; queries use a wording no ticket uses.
const corpus = generateTickets(3000, 11);
const queries = heldOutQueries();

function precisionAtFive(issue: string, ids: readonly string[]): number {
  return ids.filter((id) => corpus.truth.get(id) === issue).length / Math.max(1, ids.length);
}

describe('findSimilarTickets on generated tickets', () => {
  it('ranks a ticket about the same issue first for every paraphrased query', () => {
    for (const query of queries.tickets) {
      const { results } = findSimilarTickets({ ticket: query, tickets: corpus.tickets });
      expect(results.length, query.subject).toBeGreaterThan(0);
      expect(corpus.truth.get(results[0]!.ticketId), query.subject).toBe(queries.truth.get(query.id));
    }
  });

  it('finds only true neighbours in the top 5 on text alone (no category or product tag to lean on)', () => {
    for (const query of queries.tickets) {
      const bare = { ...query, category: 'unknown', tags: [] };
      const { results } = findSimilarTickets({ ticket: bare, tickets: corpus.tickets });
      expect(results).toHaveLength(5);
      expect(precisionAtFive(queries.truth.get(query.id)!, results.map((result) => result.ticketId)), query.subject).toBe(1);
    }
  });

  it('finds neighbours of corpus tickets too, never the ticket itself', () => {
    for (const ticket of corpus.tickets.slice(0, 60)) {
      const { results } = findSimilarTickets({ ticket, tickets: corpus.tickets });
      expect(results.map((result) => result.ticketId)).not.toContain(ticket.id);
      expect(precisionAtFive(corpus.truth.get(ticket.id)!, results.map((result) => result.ticketId))).toBe(1);
    }
  });

  it('explains each result with the matched words and the resolution', () => {
    const query = queries.tickets[ISSUES.findIndex((issue) => issue.id === 'csv-export')]!;
    const [best] = findSimilarTickets({ ticket: query, tickets: corpus.tickets }).results;
    expect(best!.matchedTerms.map((matched) => matched.word)).toEqual(expect.arrayContaining(['csv', 'export']));
    expect(best!.resolution).toEqual({ text: 'Export used the wrong timezone filter; fixed in release 4.2.', source: 'resolutionSummary', eventIndex: null });
    expect(best!.sharedEntityTags).toEqual(['product:reports']);
    expect(best!.reason).toMatch(/^Shares "/);
  });
});
