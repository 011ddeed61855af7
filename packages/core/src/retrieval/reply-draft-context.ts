import type { Account } from '../contracts/account.js';
import type { Agent } from '../contracts/agent.js';
import type { KbArticle } from '../contracts/kb-article.js';
import type { Ticket } from '../contracts/ticket.js';
import { SupportAIError } from '../errors/supportai-error.js';
import type { Tone } from '../intents/params.js';
import { stripBoilerplate } from './boilerplate.js';
import { kbIndexFor } from './kb-index.js';
import { informativeTerms, type QueryTerm } from './query-terms.js';
import { DEFAULT_REPLY_DRAFT_CONFIG, type ReplyDraftConfig } from './reply-draft-config.js';
import { draftSkeleton, type DraftSkeletonInput, type ReplyDraft } from './reply-draft-skeleton.js';
import { replyToneOf, type ToneDecision } from './reply-tone.js';
import { searchKbTerms, type KbSearchHit } from './search-kb.js';
import { findSimilarTickets, type SimilarTicket } from './similar-tickets.js';
import { byId } from './lookup.js';
import { lastCustomerMessage, type TicketMessage } from './ticket-messages.js';

/** What a reply draft is prepared from. */
export interface ReplyDraftContextInput {
  ticketId: string;
  data: { tickets: readonly Ticket[]; kbArticles: readonly KbArticle[]; agents: readonly Agent[]; accounts: readonly Account[] };
  /** The tone asked for; wins over the customer's mood. */
  tone?: Tone;
  /** The viewer's scope for similar tickets. */
  ticketFilter?: (ticket: Ticket) => boolean;
  /** Which articles may be cited (e.g. public ones only). */
  articleFilter?: (article: KbArticle) => boolean;
  /** The agent signing the reply; defaults to the ticket's assignee. */
  agentId?: string;
  /** The requester's name when the host knows it; else read from the account's contacts. */
  requesterName?: string;
  config?: Partial<ReplyDraftConfig>;
}

/** Everything a reply to a ticket draws on, and a template draft built from it. */
export interface ReplyDraftContext {
  /** Built from templates and retrieved text, not written by a language model. */
  method: 'template';
  ticketId: string;
  lastCustomerMessage: TicketMessage | null;
  tone: ToneDecision;
  /** The knowledge-base query's terms, chosen from the subject and the last customer message. */
  kbQueryTerms: QueryTerm[];
  articles: KbSearchHit[];
  similarTickets: SimilarTicket[];
  draft: ReplyDraft;
  configVersion: string;
}

/**
 * The context of a reply to a ticket: the customer's last message, the tone to take, the
 * knowledge-base articles to cite, similar resolved tickets, and a draft skeleton whose every
 * piece names its source.
 * @throws SupportAIError `not_found` when no ticket has the id.
 * @example replyDraftContext({ ticketId: 'DESK-1002', data, tone: 'empathetic' })
 */
export function replyDraftContext(input: ReplyDraftContextInput): ReplyDraftContext {
  const config = { ...DEFAULT_REPLY_DRAFT_CONFIG, ...input.config };
  const { data } = input;
  const ticket = byId(data.tickets).get(input.ticketId);
  if (!ticket) throw new SupportAIError('not_found', `No ticket ${input.ticketId}`, [{ path: 'ticketId', message: `no ticket has the id "${input.ticketId}"` }]);
  const lastMessage = lastCustomerMessage(ticket);
  const customerText = stripBoilerplate(lastMessage?.body ?? '');
  const tone = replyToneOf(ticket, `${ticket.subject}\n${lastMessage?.body ?? ''}`, { requested: input.tone, defaultTone: config.defaultTone });
  const kbIndex = kbIndexFor(data.kbArticles);
  const kbQueryTerms = informativeTerms(`${ticket.subject}\n${customerText}`, kbIndex, {
    maxTerms: config.maxQueryTerms,
    // Every known term may count (articles are few, BM25 weighs them); only the postings are bounded.
    maxDocumentFrequencyRate: 1,
    minDocumentsForRateCap: Number.POSITIVE_INFINITY,
    maxQueryPostings: config.kbMaxQueryPostings,
  });
  const articles = searchKbTerms(
    kbIndex,
    kbQueryTerms.map((queryTerm) => queryTerm.term),
    { ...config.kbSearch, limit: config.articleLimit },
    input.articleFilter,
  ).results;
  const similar = findSimilarTickets({
    ticket,
    tickets: data.tickets,
    ...(input.ticketFilter ? { filter: input.ticketFilter } : {}),
    config: { ...config.similarTickets, limit: config.similarTicketLimit },
  });
  const agentId = input.agentId ?? ticket.assigneeId;
  const draft = draftSkeleton({
    ticket,
    tone: tone.tone,
    requester: requesterOf(ticket, data.accounts, input.requesterName),
    agent: agentId === null ? null : (byId(data.agents).get(agentId) ?? null),
    bestArticle: articles[0] ? kbIndex.get(articles[0].articleId)! : null,
    citedArticles: articles.map((hit) => kbIndex.get(hit.articleId)!.article),
    config,
  });
  return { method: 'template', ticketId: ticket.id, lastCustomerMessage: lastMessage, tone, kbQueryTerms, articles, similarTickets: similar.results, draft, configVersion: config.configVersion };
}

/** The requester's name: given by the caller, else the account contact with the requester's id. */
function requesterOf(ticket: Ticket, accounts: readonly Account[], given: string | undefined): DraftSkeletonInput['requester'] {
  if (given !== undefined && given.trim() !== '') return { name: given.trim(), source: 'input' };
  const account = byId(accounts).get(ticket.accountId);
  for (const role of ['champion', 'executiveSponsor'] as const) {
    const contact = account?.[role];
    if (contact && contact.contactId === ticket.requesterId) return { name: contact.name, source: role };
  }
  return { name: null, source: null };
}
