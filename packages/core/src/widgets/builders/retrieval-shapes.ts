import type { KbArticle } from '../../contracts/kb-article.js';
import type { Ticket } from '../../contracts/ticket.js';
import { NotFoundError } from '../../errors/access-errors.js';
import type { KbSearchHit, SimilarTicket } from '../../retrieval/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { KbHitPayload, SimilarTicketsPayload } from '../payloads/assist-retrieval-payloads.js';
import { OPEN_STATUSES } from './ticket-rows.js';

/** The ticket a question names, within the scope (ids as typed, or upper-cased). @throws NotFoundError outside the scope. */
export function ticketInScope(context: AnswerContext, id: string): Ticket {
  const ticket = context.scope.ticketById.get(id) ?? context.scope.ticketById.get(id.toUpperCase());
  if (!ticket) throw new NotFoundError('ticket', id);
  return ticket;
}

/** The viewer's most recently updated open ticket, or null. */
export function latestOpenTicketOf(context: AnswerContext): Ticket | null {
  let latest: Ticket | null = null;
  for (const ticket of context.scope.tickets) {
    if (OPEN_STATUSES.has(ticket.status) && (latest === null || ticket.updatedAt > latest.updatedAt)) latest = ticket;
  }
  return latest;
}

/**
 * A free-text topic as a ticket to search by: its subject and opening message are the topic. It has no
 * category, account or tags, so no re-rank boost applies, and no id, so no result is excluded as itself.
 */
export function topicAsTicket(topic: string, now: Date): Ticket {
  const at = now.toISOString();
  return {
    id: '',
    subject: topic,
    description: topic,
    status: 'new',
    priority: 'normal',
    channel: 'web',
    category: '',
    accountId: '',
    requesterId: '',
    assigneeId: null,
    teamId: null,
    tags: [],
    createdAt: at,
    updatedAt: at,
    solvedAt: null,
    events: [],
    links: [],
    resolvedBy: null,
    csat: null,
  };
}

/** A similar ticket as the payload carries it, with the account's name when in scope. */
export function similarTicketPayload(result: SimilarTicket, context: AnswerContext): SimilarTicketsPayload['results'][number] {
  return {
    ticketId: result.ticketId,
    subject: result.subject,
    category: result.category,
    accountId: result.accountId,
    accountName: context.scope.accountById.get(result.accountId)?.name ?? null,
    score: result.score,
    relativeScore: result.relativeScore,
    bm25Score: result.bm25Score,
    boosts: result.boosts.map(({ factor, applies, weight, addedScore }) => ({ factor, applies, weight, addedScore })),
    sharedEntityTags: result.sharedEntityTags,
    matchedTerms: result.matchedTerms.map(({ term, word, fields }) => ({ term, word, fields })),
    resolution: result.resolution && { text: result.resolution.text, source: result.resolution.source, eventIndex: result.resolution.eventIndex },
    resolvedBy: result.resolvedBy,
    resolvedByAgentId: result.resolvedByAgentId,
    resolvedAt: result.resolvedAt,
    reason: result.reason,
  };
}

/** A knowledge-base hit as the payload carries it, with the article's last update. */
export function kbHitPayload(hit: KbSearchHit, article: KbArticle): KbHitPayload {
  return {
    articleId: hit.articleId,
    title: hit.title,
    url: hit.url,
    updatedAt: article.updatedAt,
    score: hit.score,
    relativeScore: hit.relativeScore,
    matchedTerms: hit.matchedTerms.map(({ term, word, queryTerm, fields }) => ({ term, word, queryTerm, fields })),
    excerpt: { ...hit.excerpt, highlights: hit.excerpt.highlights.map(({ start, end, term }) => ({ start, end, term })) },
    reason: hit.reason,
  };
}
