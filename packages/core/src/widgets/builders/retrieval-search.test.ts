import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../errors/access-errors.js';
import type { KbResultsPayload, SimilarTicketsPayload } from '../payloads/assist-retrieval-payloads.js';
import { ACCOUNT_WIDGETS } from '../widget-table-accounts.js';
import { agentViewer, answer, contextFor, demo, truth } from './account-test-context.js';

const agentId = truth.bestAgentId;
const agent = agentViewer(agentId);
const own = demo.tickets.filter((ticket) => ticket.assigneeId === agentId);
const resolved = own.filter((ticket) => ticket.status === 'solved' || ticket.status === 'closed');
const open = own.filter((ticket) => ticket.status !== 'solved' && ticket.status !== 'closed');

describe('tickets.similar (similar-tickets)', () => {
  it('finds resolved neighbours of the same category for open tickets like ones the agent solved', () => {
    const comparable = open.filter((ticket) => resolved.filter((candidate) => candidate.category === ticket.category).length >= 3);
    expect(comparable.length).toBeGreaterThan(0);
    let sameCategory = 0;
    for (const ticket of comparable) {
      const payload = answer<SimilarTicketsPayload>('tickets.similar', agent, { ticketId: ticket.id });
      expect(payload.query).toMatchObject({ source: 'ticket', ticketId: ticket.id, topic: null });
      expect(payload.results.length).toBeGreaterThan(0);
      if (payload.results[0]!.category === ticket.category) sameCategory += 1;
      for (const result of payload.results) {
        expect(result.ticketId).not.toBe(ticket.id);
        expect(result.matchedTerms.length).toBeGreaterThan(0);
        expect(result.resolution?.text.length).toBeGreaterThan(0);
      }
    }
    expect(sameCategory / comparable.length).toBeGreaterThanOrEqual(0.8);
  });

  it("searches only the agent's own resolved tickets", () => {
    const payload = answer<SimilarTicketsPayload>('tickets.similar', agent, { ticketId: open[0]!.id, limit: 10 });
    const ownResolved = new Set(resolved.map((ticket) => ticket.id));
    expect(payload.searchedCount).toBe(resolved.length);
    for (const result of payload.results) expect(ownResolved).toContain(result.ticketId);
    expect(payload.results.length).toBeLessThanOrEqual(10);
  });

  it('searches by topic, or by the latest open ticket when neither is given', () => {
    const byTopic = answer<SimilarTicketsPayload>('tickets.similar', agent, { topic: 'password reset link expired' });
    expect(byTopic.query).toMatchObject({ source: 'topic', ticketId: null, topic: 'password reset link expired' });
    expect(byTopic.query.terms.length).toBeGreaterThan(0);
    const latest = [...open].sort((left, right) => right.updatedAt.localeCompare(left.updatedAt))[0]!;
    expect(answer<SimilarTicketsPayload>('tickets.similar', agent).query).toMatchObject({ source: 'latestOpenTicket', ticketId: latest.id });
  });

  it("throws NotFoundError for another agent's ticket", () => {
    const foreign = demo.tickets.find((ticket) => ticket.assigneeId !== agentId)!;
    expect(() => ACCOUNT_WIDGETS['tickets.similar']!.build(contextFor(agent, { ticketId: foreign.id }))).toThrow(NotFoundError);
  });
});

describe('kb.search (kb-results)', () => {
  it('finds articles for a topic with excerpts, matched terms and scores', () => {
    const payload = answer<KbResultsPayload>('kb.search', agent, { topic: 'password reset' });
    expect(payload.mode).toBe('search');
    expect(payload.results.length).toBeGreaterThan(0);
    expect(payload.results[0]!.title.toLowerCase()).toContain('password');
    expect(payload.results[0]!.relativeScore).toBe(1);
    for (const hit of payload.results) {
      expect(hit.matchedTerms.length).toBeGreaterThan(0);
      for (const highlight of hit.excerpt.highlights) expect(highlight.end).toBeLessThanOrEqual(hit.excerpt.text.length);
    }
    expect(payload.provenance.computedBy).toBe('searchKb');
  });

  it('lists the most recently updated articles without a topic, or for a topic of stop words only', () => {
    const recent = [...demo.kbArticles].sort((left, right) => right.updatedAt.localeCompare(left.updatedAt) || left.id.localeCompare(right.id));
    for (const params of [{}, { topic: 'the and of' }]) {
      const payload = answer<KbResultsPayload>('kb.search', agent, { ...params, limit: 3 });
      expect(payload.mode).toBe('recent');
      expect(payload.results.map((hit) => hit.articleId)).toEqual(recent.slice(0, 3).map((article) => article.id));
      expect(payload.results.every((hit) => hit.score === null && hit.excerpt.text.length > 0)).toBe(true);
    }
  });
});
