/** Retrieval: similar resolved tickets, knowledge-base search, reply-draft context and call-prep notes. */
export { RETRIEVAL_CONFIG_VERSION } from './config-version.js';
export { stripBoilerplate } from './boilerplate.js';
export { markdownBlocks, markdownHeadings, markdownToText, type MarkdownBlock } from './markdown-blocks.js';
export { excerptAround, type Excerpt } from './excerpt.js';
export { firstCustomerMessage, lastCustomerMessage, lastPublicAgentReply, type TicketMessage } from './ticket-messages.js';
export type { QueryTerm } from './query-terms.js';

export { isResolvedTicket, ResolvedTicketIndex, TICKET_INDEX_FIELDS, ticketIndexFor, type TicketIndexField } from './ticket-index.js';
export { DEFAULT_SIMILAR_TICKETS_CONFIG, entityTagsOf, type SimilarTicketsConfig } from './similar-tickets-config.js';
export {
  findSimilarTickets,
  similarTicketQueryText,
  type FindSimilarTicketsInput,
  type RerankBoost,
  type SimilarTicket,
  type SimilarTicketsResult,
} from './similar-tickets.js';

export { KB_INDEX_FIELDS, KbIndex, kbIndexFor, type IndexedArticle, type KbIndexField } from './kb-index.js';
export { DEFAULT_KB_SEARCH_CONFIG, type KbSearchConfig } from './kb-search-config.js';
export { searchKb, type KbSearchHit, type KbSearchResult, type SearchKbInput } from './search-kb.js';

export { replyToneOf, type ReplyToneOptions, type ToneDecision } from './reply-tone.js';
export { DEFAULT_REPLY_TEMPLATES, type ReplyTemplates } from './reply-templates.js';
export { DEFAULT_REPLY_DRAFT_CONFIG, type ReplyDraftConfig } from './reply-draft-config.js';
export type { DraftPiece, DraftSource, ReplyDraft } from './reply-draft-skeleton.js';
export { replyDraftContext, type ReplyDraftContext, type ReplyDraftContextInput } from './reply-draft-context.js';

export { accountUsageTrend, type UsageTrend, type UsageWindow } from './usage-trend.js';
export { DEFAULT_CALL_PREP_CONFIG, type CallPrepConfig } from './call-prep-config.js';
export type { CsatFact, NpsFact, TicketFact } from './call-prep-facts.js';
export { talkingPointsOf, type AccountHealthInput, type CallPrepFacts, type TalkingPoint, type TalkingPointTopic } from './talking-points.js';
export { callPrepNotes, type CallPrepInput, type CallPrepNotes } from './call-prep-notes.js';
