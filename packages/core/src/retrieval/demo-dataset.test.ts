import { describe, expect, it } from 'vitest';
import type { Ticket } from '../contracts/ticket.js';
import { generateDemoDataset } from '../demo/index.js';
import { ISSUE_ARCHETYPES } from '../demo/text/issues.js';
import { callPrepNotes } from './call-prep-notes.js';
import { replyDraftContext } from './reply-draft-context.js';
import { findSimilarTickets } from './similar-tickets.js';

// The demo writes every ticket from an issue archetype, phrased several ways, and tags it with the issue's tags.
const dataset = generateDemoDataset({ seed: 1, size: 'small' });
const now = new Date(dataset.now);
const byId = new Map(dataset.tickets.map((ticket) => [ticket.id, ticket]));

function issueOf(ticket: Ticket): string | undefined {
  return ISSUE_ARCHETYPES.find((issue) => issue.tags.every((tag) => ticket.tags.includes(tag)))?.key;
}

describe('retrieval on the demo dataset', () => {
  it('finds resolved tickets of the same issue for every open ticket', () => {
    const open = dataset.tickets.filter((ticket) => ticket.status !== 'solved' && ticket.status !== 'closed');
    expect(open.length).toBeGreaterThan(20);
    let sameIssue = 0;
    let shown = 0;
    for (const ticket of open) {
      const { results } = findSimilarTickets({ ticket, tickets: dataset.tickets });
      expect(issueOf(byId.get(results[0]!.ticketId)!), ticket.subject).toBe(issueOf(ticket));
      sameIssue += results.filter((result) => issueOf(byId.get(result.ticketId)!) === issueOf(ticket)).length;
      shown += results.length;
    }
    expect(sameIssue / shown).toBeGreaterThanOrEqual(0.9);
  });

  it('cites the article the AI agent sent for most AI-resolved tickets', () => {
    const cited = dataset.tickets
      .flatMap((ticket) => {
        const title = /help-center article "(.+)"/.exec(ticket.resolutionSummary ?? '')?.[1];
        return title === undefined ? [] : [{ ticket, title }];
      })
      .slice(0, 150);
    expect(cited.length).toBeGreaterThan(50);
    const found = cited.filter(({ ticket, title }) => replyDraftContext({ ticketId: ticket.id, data: dataset }).articles.some((hit) => hit.title === title));
    expect(found.length / cited.length).toBeGreaterThanOrEqual(0.85);
  });

  it('raises declining adoption and upcoming renewals in call prep', () => {
    const pointsOf = (accountId: string) => callPrepNotes({ accountId, data: dataset, now, config: { maxTalkingPoints: 20 } }).talkingPoints.map((point) => point.topic);
    for (const accountId of dataset.truth.decliningAdoptionAccountIds) expect(pointsOf(accountId), accountId).toContain('usageDecline');
    for (const accountId of dataset.truth.renewalsWithin90DaysAccountIds) expect(pointsOf(accountId), accountId).toContain('renewal');
    for (const { accountId } of dataset.truth.highChurnRiskAccountIds) expect(pointsOf(accountId), accountId).toEqual(expect.arrayContaining(['usageDecline', 'csat', 'escalations']));
  });
});
