import type { Ticket } from '../../contracts/ticket.js';
import { DEFAULT_KB_SEARCH_CONFIG, DEFAULT_SIMILAR_TICKETS_CONFIG, excerptAround, findSimilarTickets, kbIndexFor, searchKb, ticketIndexFor } from '../../retrieval/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { KbResultsPayload, SimilarTicketsPayload } from '../payloads/assist-retrieval-payloads.js';
import { kbHitPayload, latestOpenTicketOf, similarTicketPayload, ticketInScope, topicAsTicket } from './retrieval-shapes.js';

/**
 * tickets.similar: resolved tickets like the named ticket (which must be in scope), else like the topic, else
 * like the viewer's latest open ticket. Candidates are the resolved tickets of the viewer's scope: for an
 * agent, the tickets they resolved themselves ("similar tickets I've resolved"); the team's other resolved
 * tickets are outside an agent's scope and are not searched.
 * @throws NotFoundError for a ticket id outside the scope.
 */
export function buildSimilarTickets(context: AnswerContext): SimilarTicketsPayload {
  const { params, scope } = context;
  let source: SimilarTicketsPayload['query']['source'];
  let ticket: Ticket | null;
  if (params.ticketId) {
    ticket = ticketInScope(context, params.ticketId);
    source = 'ticket';
  } else if (params.topic) {
    ticket = topicAsTicket(params.topic, context.now);
    source = 'topic';
  } else {
    ticket = latestOpenTicketOf(context);
    source = ticket ? 'latestOpenTicket' : 'none';
  }
  const limit = params.limit ?? DEFAULT_SIMILAR_TICKETS_CONFIG.limit;
  const searchedCount = ticketIndexFor(scope.tickets).documentCount;
  const result = ticket ? findSimilarTickets({ ticket, tickets: scope.tickets, config: { limit } }) : null;
  return {
    query: {
      source,
      ticketId: ticket && source !== 'topic' ? ticket.id : null,
      topic: source === 'topic' ? params.topic! : null,
      terms: (result?.queryTerms ?? []).map(({ term, word, documentFrequency, inverseDocumentFrequency }) => ({ term, word, documentFrequency, inverseDocumentFrequency })),
    },
    results: (result?.results ?? []).map((similar) => similarTicketPayload(similar, context)),
    searchedCount,
    topScore: result?.topScore ?? null,
    minScore: result?.minScore ?? null,
    configVersion: DEFAULT_SIMILAR_TICKETS_CONFIG.configVersion,
    provenance: { computedBy: 'findSimilarTickets', inputs: { resolvedTicketsSearched: searchedCount, source, ticketId: params.ticketId ?? null, topic: params.topic ?? null, limit } },
  };
}

/**
 * kb.search: knowledge-base articles for the topic with excerpts, matched terms and scores; without a topic
 * (or one of stop words only) the most recently updated articles, each excerpt from the article's opening.
 */
export function buildKbSearch(context: AnswerContext): KbResultsPayload {
  const articles = context.scope.kbArticles;
  const topic = context.params.topic?.trim() || null;
  const limit = context.params.limit ?? DEFAULT_KB_SEARCH_CONFIG.limit;
  const index = kbIndexFor(articles);
  const search = topic === null ? null : searchKb({ query: topic, articles, config: { limit } });
  const provenance = { computedBy: 'searchKb', inputs: { articleCount: articles.length, topic, limit } };
  if (search && search.queryTerms.length > 0) {
    return {
      topic,
      mode: 'search',
      queryTerms: search.queryTerms,
      combinedWith: search.combinedWith,
      fellBackToOr: search.fellBackToOr,
      results: search.results.map((hit) => kbHitPayload(hit, index.get(hit.articleId)!.article)),
      articleCount: articles.length,
      configVersion: search.configVersion,
      provenance,
    };
  }
  const recent = [...articles].sort((left, right) => Date.parse(right.updatedAt) - Date.parse(left.updatedAt) || left.id.localeCompare(right.id)).slice(0, limit);
  return {
    topic,
    mode: 'recent',
    queryTerms: [],
    combinedWith: null,
    fellBackToOr: false,
    results: recent.map((article) => ({
      articleId: article.id,
      title: article.title,
      url: article.url ?? null,
      updatedAt: article.updatedAt,
      score: null,
      relativeScore: null,
      matchedTerms: [],
      excerpt: excerptAround(index.get(article.id)!.plainText, new Set(), DEFAULT_KB_SEARCH_CONFIG.excerptRadiusCharacters),
      reason: null,
    })),
    articleCount: articles.length,
    configVersion: DEFAULT_KB_SEARCH_CONFIG.configVersion,
    provenance: { ...provenance, computedBy: 'kbIndexFor' },
  };
}
