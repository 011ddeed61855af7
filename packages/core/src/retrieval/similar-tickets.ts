import type { Ticket } from '../contracts/ticket.js';
import { stripBoilerplate } from './boilerplate.js';
import { informativeTerms, type QueryTerm } from './query-terms.js';
import { DEFAULT_SIMILAR_TICKETS_CONFIG, entityTagsOf, type SimilarTicketsConfig } from './similar-tickets-config.js';
import { ticketIndexFor, type TicketIndexField } from './ticket-index.js';
import { TopResults } from './top-results.js';
import { firstCustomerMessage, lastPublicAgentReply } from './ticket-messages.js';

/** What to look for similar resolved tickets of, and among which tickets. */
export interface FindSimilarTicketsInput {
  /** The current ticket; it never appears in its own results. */
  ticket: Ticket;
  /** Every ticket; the resolved ones are indexed once per array (see `ticketIndexFor`). */
  tickets: readonly Ticket[];
  /** The viewer's scope: only tickets it accepts can be results, applied before the top N is taken. */
  filter?: (ticket: Ticket) => boolean;
  config?: Partial<SimilarTicketsConfig>;
}

/** One re-rank factor of a result: whether it applied and what it added. */
export interface RerankBoost {
  factor: 'sameCategory' | 'sameEntity' | 'sameAccount';
  applies: boolean;
  weight: number;
  /** `bm25Score · weight` when it applies, else 0. */
  addedScore: number;
}

/** A resolved ticket like the current one, with why it matched and how it was resolved. */
export interface SimilarTicket {
  ticketId: string;
  subject: string;
  category: string;
  accountId: string;
  score: number;
  /** Score as a share (0–1) of the best result's. */
  relativeScore: number;
  bm25Score: number;
  boosts: RerankBoost[];
  /** Product or feature tags both tickets carry. */
  sharedEntityTags: string[];
  /** The query terms this ticket contains, and where: the "why". */
  matchedTerms: { term: string; word: string; fields: TicketIndexField[] }[];
  /** The resolution summary, else the last public agent reply. */
  resolution: { text: string; source: 'resolutionSummary' | 'lastAgentReply'; eventIndex: number | null } | null;
  resolvedBy: 'human' | 'ai' | null;
  /** The agent who resolved it (the assignee, else the last replying agent); null for AI resolutions. */
  resolvedByAgentId: string | null;
  resolvedAt: string | null;
  reason: string;
}

/** Similar resolved tickets, best first, with the query and thresholds that produced them. */
export interface SimilarTicketsResult {
  ticketId: string;
  queryTerms: QueryTerm[];
  results: SimilarTicket[];
  topScore: number | null;
  /** Results needed at least this score (`minRelativeScore · topScore`). */
  minScore: number | null;
  config: SimilarTicketsConfig;
  configVersion: string;
}

/** The text a ticket is searched by: its subject and opening message, greeting and signature removed. */
export function similarTicketQueryText(ticket: Ticket): string {
  return `${ticket.subject}\n${stripBoilerplate(firstCustomerMessage(ticket)?.body ?? '')}`;
}

/**
 * Resolved tickets most like `ticket` (SCORING §5.3): BM25 over subject, description, tags and
 * resolution, re-ranked for the same category, product and account, gated at a share of the top score.
 * @example findSimilarTickets({ ticket, tickets: data.tickets, filter: (t) => t.teamId === viewer.teamId })
 */
export function findSimilarTickets(input: FindSimilarTicketsInput): SimilarTicketsResult {
  const config = { ...DEFAULT_SIMILAR_TICKETS_CONFIG, ...input.config };
  const { ticket, filter } = input;
  const index = ticketIndexFor(input.tickets);
  const queryTerms = informativeTerms(similarTicketQueryText(ticket), index, {
    maxTerms: config.maxQueryTerms,
    maxDocumentFrequencyRate: config.maxDocumentFrequencyRate,
    minDocumentsForRateCap: config.minDocumentsForRateCap,
    maxQueryPostings: config.maxQueryPostings,
  });
  const terms = queryTerms.map((queryTerm) => queryTerm.term);
  const entityTags = new Set(entityTagsOf(ticket, config));
  const { sameCategory, sameEntity, sameAccount } = config.rerankBoosts;
  const maxMultiplier = 1 + Math.max(0, sameCategory) + Math.max(0, sameEntity) + Math.max(0, sameAccount);
  const top = new TopResults<Candidate>(config.limit, compareCandidates);
  index.forEachMatch(terms, config.fieldBoosts, (candidate, bm25Score) => {
    // Cheapest test first: most matches cannot reach the top even with every boost.
    if (bm25Score * maxMultiplier < top.threshold((entry) => entry.score)) return;
    if (candidate.id === ticket.id || (filter && !filter(candidate))) return;
    const sharedEntityTags = entityTags.size === 0 ? [] : entityTagsOf(candidate, config).filter((tag) => entityTags.has(tag));
    const applies = { sameCategory: candidate.category === ticket.category, sameEntity: sharedEntityTags.length > 0, sameAccount: candidate.accountId === ticket.accountId };
    const multiplier = 1 + (applies.sameCategory ? sameCategory : 0) + (applies.sameEntity ? sameEntity : 0) + (applies.sameAccount ? sameAccount : 0);
    top.offer({ ticket: candidate, bm25Score, applies, sharedEntityTags, score: bm25Score * multiplier });
  });
  const topScore = top.items[0]?.score ?? null;
  const minScore = topScore === null ? null : topScore * config.minRelativeScore;
  const words = new Map(queryTerms.map((queryTerm) => [queryTerm.term, queryTerm.word]));
  const results = top.items
    .filter((entry) => entry.score >= minScore!)
    .map(({ ticket: candidate, bm25Score, applies, sharedEntityTags, score }): SimilarTicket => {
      const boosts = (['sameCategory', 'sameEntity', 'sameAccount'] as const).map((factor) => ({
        factor,
        applies: applies[factor],
        weight: config.rerankBoosts[factor],
        addedScore: applies[factor] ? bm25Score * config.rerankBoosts[factor] : 0,
      }));
      const matchedTerms = [...index.matchedFields(candidate.id, terms)].map(([term, fields]) => ({ term, word: words.get(term) ?? term, fields }));
      return {
        ticketId: candidate.id,
        subject: candidate.subject,
        category: candidate.category,
        accountId: candidate.accountId,
        score,
        relativeScore: topScore ? score / topScore : 0,
        bm25Score,
        boosts,
        sharedEntityTags,
        matchedTerms,
        ...resolutionOf(candidate),
        reason: reasonOf(matchedTerms, applies, candidate, sharedEntityTags),
      };
    });
  return { ticketId: ticket.id, queryTerms, results, topScore, minScore, config, configVersion: config.configVersion };
}

interface Candidate {
  ticket: Ticket;
  bm25Score: number;
  applies: Record<RerankBoost['factor'], boolean>;
  sharedEntityTags: string[];
  score: number;
}

// Best first; ties go to the more recently solved ticket, then to the id, so the order is stable.
function compareCandidates(left: Candidate, right: Candidate): number {
  return right.score - left.score || (right.ticket.solvedAt ?? '').localeCompare(left.ticket.solvedAt ?? '') || left.ticket.id.localeCompare(right.ticket.id);
}

function resolutionOf(ticket: Ticket): Pick<SimilarTicket, 'resolution' | 'resolvedBy' | 'resolvedByAgentId' | 'resolvedAt'> {
  const summary = ticket.resolutionSummary?.trim();
  const reply = lastPublicAgentReply(ticket);
  const resolution = summary
    ? { text: summary, source: 'resolutionSummary' as const, eventIndex: null }
    : reply
      ? { text: reply.body, source: 'lastAgentReply' as const, eventIndex: reply.eventIndex }
      : null;
  const resolvedByAgentId = ticket.resolvedBy === 'ai' ? null : (ticket.assigneeId ?? reply?.actorId ?? null);
  return { resolution, resolvedBy: ticket.resolvedBy, resolvedByAgentId, resolvedAt: ticket.solvedAt };
}

function reasonOf(matchedTerms: SimilarTicket['matchedTerms'], applies: Record<RerankBoost['factor'], boolean>, ticket: Ticket, sharedEntityTags: string[]): string {
  const parts = [`shares ${matchedTerms.map((matched) => `"${matched.word}"`).join(', ')}`];
  if (applies.sameCategory) parts.push(`same category (${ticket.category})`);
  if (applies.sameEntity) parts.push(`same product (${sharedEntityTags.join(', ')})`);
  if (applies.sameAccount) parts.push('same account');
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
