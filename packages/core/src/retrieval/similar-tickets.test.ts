import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { event, ticket } from './__fixtures__/ticket-builders.js';
import { generateTickets } from './__fixtures__/ticket-generator.js';
import { findSimilarTickets, similarTicketQueryText } from './similar-tickets.js';
import { ticketIndexFor } from './ticket-index.js';

const current = ticket({ id: 'NOW', status: 'open', subject: 'CSV export is empty', description: 'Hi team,\nThe CSV export has no rows.\nThanks,\nSam', category: 'reporting', accountId: 'acc-1', tags: ['product:reports'] });
const twin = { subject: 'CSV export empty', description: 'Exported CSV has no rows at all.' };

describe('findSimilarTickets', () => {
  it('queries the subject and the opening message without greeting and signature', () => {
    expect(similarTicketQueryText(current)).toBe('CSV export is empty\nThe CSV export has no rows.');
  });

  it('re-ranks by category, product tag and account: score = bm25 · (1 + 0.3 + 0.2 + 0.1)', () => {
    const tickets = [
      current,
      ticket({ id: 'SAME-ALL', ...twin, category: 'reporting', tags: ['product:reports'], accountId: 'acc-1' }),
      ticket({ id: 'SAME-NONE', ...twin, category: 'billing', tags: ['product:payments'], accountId: 'acc-9' }),
    ];
    const { results, topScore } = findSimilarTickets({ ticket: current, tickets });
    expect(results.map((result) => result.ticketId)).toEqual(['SAME-ALL', 'SAME-NONE']);
    const [boosted, plain] = results;
    // Same text, same BM25; only the multiplier differs: 1.6 against 1.
    expect(boosted!.bm25Score).toBeCloseTo(plain!.bm25Score, 12);
    expect(boosted!.score).toBeCloseTo(boosted!.bm25Score * 1.6, 12);
    expect(plain!.score).toBeCloseTo(plain!.bm25Score, 12);
    expect(topScore).toBe(boosted!.score);
    expect(plain!.relativeScore).toBeCloseTo(1 / 1.6, 12);
    expect(boosted!.boosts).toEqual([
      { factor: 'sameCategory', applies: true, weight: 0.3, addedScore: boosted!.bm25Score * 0.3 },
      { factor: 'sameEntity', applies: true, weight: 0.2, addedScore: boosted!.bm25Score * 0.2 },
      { factor: 'sameAccount', applies: true, weight: 0.1, addedScore: boosted!.bm25Score * 0.1 },
    ]);
    expect(boosted!.sharedEntityTags).toEqual(['product:reports']);
    expect(boosted!.reason).toBe('Shares "csv", "export", "empty", "rows"; same category (reporting); same product (product:reports); same account.');
  });

  it('never returns the ticket itself, even when it is resolved and indexed', () => {
    const solved = { ...current, status: 'solved' as const };
    const tickets = [solved, ticket({ id: 'OTHER', ...twin })];
    expect(findSimilarTickets({ ticket: solved, tickets }).results.map((result) => result.ticketId)).toEqual(['OTHER']);
  });

  it('applies the viewer filter before taking the top N', () => {
    const tickets = [current, ticket({ id: 'HIDDEN', ...twin, category: 'reporting', teamId: 'team-2' }), ticket({ id: 'VISIBLE', ...twin, teamId: 'team-1' })];
    const { results } = findSimilarTickets({ ticket: current, tickets, filter: (candidate) => candidate.teamId === 'team-1', config: { limit: 1 } });
    expect(results.map((result) => result.ticketId)).toEqual(['VISIBLE']);
    expect(results[0]!.relativeScore).toBe(1);
  });

  it('drops results below 25 % of the top score', () => {
    const tickets = [current, ticket({ id: 'STRONG', ...twin }), ticket({ id: 'WEAK', subject: 'Dashboard', description: 'A chart has no rows for Monday, lots of other words here to make the field long and the match weak.' })];
    const gated = findSimilarTickets({ ticket: current, tickets });
    const ungated = findSimilarTickets({ ticket: current, tickets, config: { minRelativeScore: 0 } });
    const weak = ungated.results.find((result) => result.ticketId === 'WEAK')!;
    expect(weak.relativeScore).toBeLessThan(0.25);
    expect(gated.minScore).toBeCloseTo(gated.topScore! * 0.25, 12);
    expect(gated.results.map((result) => result.ticketId)).toEqual(['STRONG']);
  });

  it('returns nothing when the query has no term the index knows', () => {
    const tickets = [ticket({ id: 'A', subject: 'Billing question' }), ticket({ id: 'Q', status: 'open', subject: 'Hello', description: 'Thanks!' })];
    const result = findSimilarTickets({ ticket: tickets[1]!, tickets });
    expect(result).toMatchObject({ queryTerms: [], results: [], topScore: null, minScore: null, configVersion: 'retrieval-1' });
  });

  it('indexes only solved and closed tickets', () => {
    const tickets = [current, ticket({ id: 'OPEN', ...twin, status: 'open' }), ticket({ id: 'PENDING', ...twin, status: 'pending' }), ticket({ id: 'CLOSED', ...twin, status: 'closed' })];
    expect(findSimilarTickets({ ticket: current, tickets }).results.map((result) => result.ticketId)).toEqual(['CLOSED']);
  });

  it('falls back to the last public agent reply and names who resolved it', () => {
    const human = ticket({ id: 'H', ...twin, assigneeId: null, events: [event.created('2026-03-02T09:00:00Z'), event.reply('2026-03-02T10:00:00Z', 'Re-run the export with UTC.', 'agent-7'), event.note('2026-03-02T11:00:00Z', 'internal')] });
    const ai = ticket({ id: 'AI', ...twin, resolvedBy: 'ai', resolutionSummary: 'Sent the export article.' });
    const bare = ticket({ id: 'BARE', ...twin, solvedAt: null });
    const { results } = findSimilarTickets({ ticket: current, tickets: [current, human, ai, bare], config: { minRelativeScore: 0 } });
    const byId = new Map(results.map((result) => [result.ticketId, result]));
    expect(byId.get('H')).toMatchObject({ resolution: { text: 'Re-run the export with UTC.', source: 'lastAgentReply', eventIndex: 1 }, resolvedBy: 'human', resolvedByAgentId: 'agent-7', resolvedAt: '2026-03-03T09:00:00Z' });
    expect(byId.get('AI')).toMatchObject({ resolution: { text: 'Sent the export article.', source: 'resolutionSummary' }, resolvedBy: 'ai', resolvedByAgentId: null });
    expect(byId.get('BARE')).toMatchObject({ resolution: null, resolvedByAgentId: 'agent-1', resolvedAt: null });
  });

  it('breaks score ties by the most recent solve, then by id', () => {
    const tickets = [current, ticket({ id: 'B', ...twin, solvedAt: '2026-03-01T00:00:00Z' }), ticket({ id: 'A', ...twin, solvedAt: '2026-03-01T00:00:00Z' }), ticket({ id: 'C', ...twin, solvedAt: '2026-03-05T00:00:00Z' })];
    expect(findSimilarTickets({ ticket: current, tickets }).results.map((result) => result.ticketId)).toEqual(['C', 'A', 'B']);
  });
});

describe('ticketIndexFor', () => {
  it('builds once per array and picks up appended tickets', () => {
    const tickets = [ticket({ id: 'A', subject: 'Webhook failing' })];
    const index = ticketIndexFor(tickets);
    expect(ticketIndexFor(tickets)).toBe(index);
    expect(index.documentCount).toBe(1);
    tickets.push(ticket({ id: 'B', subject: 'Webhook retries' }), ticket({ id: 'C', subject: 'Open one', status: 'open' }));
    expect(ticketIndexFor(tickets).documentCount).toBe(2);
    expect(index.documentFrequency('webhook')).toBe(2);
    expect(index.add(ticket({ id: 'A', subject: 'duplicate id' }))).toBe(false);
    expect(index.add(ticket({ id: 'D', subject: 'Webhook again' }))).toBe(true);
    expect(index.documentFrequency('webhook')).toBe(3);
  });
});

describe('findSimilarTickets properties', () => {
  const { tickets } = generateTickets(400, 5);
  it('returns in-scope tickets only, best first, within the gate, never the query ticket', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: tickets.length - 1 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 3 }), (position, limit, accountModulo) => {
        const query = tickets[position]!;
        const filter = (candidate: (typeof tickets)[number]) => Number(candidate.accountId.slice(4)) % 4 !== accountModulo;
        const { results, topScore } = findSimilarTickets({ ticket: query, tickets, filter, config: { limit } });
        expect(results.length).toBeLessThanOrEqual(limit);
        for (const [rank, result] of results.entries()) {
          const candidate = tickets.find((entry) => entry.id === result.ticketId)!;
          expect(filter(candidate)).toBe(true);
          expect(result.ticketId).not.toBe(query.id);
          expect(result.relativeScore).toBeGreaterThanOrEqual(0.25);
          expect(result.score / result.bm25Score).toBeGreaterThanOrEqual(1 - 1e-12);
          expect(result.score / result.bm25Score).toBeLessThanOrEqual(1.6 + 1e-12);
          if (rank > 0) expect(result.score).toBeLessThanOrEqual(results[rank - 1]!.score);
        }
        if (results.length > 0) expect(results[0]!.score).toBe(topScore);
      }),
      { numRuns: 60 },
    );
  });
});
