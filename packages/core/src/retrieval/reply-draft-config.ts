import type { Tone } from '../intents/params.js';
import { RETRIEVAL_CONFIG_VERSION } from './config-version.js';
import { DEFAULT_KB_SEARCH_CONFIG, type KbSearchConfig } from './kb-search-config.js';
import { DEFAULT_REPLY_TEMPLATES, type ReplyTemplates } from './reply-templates.js';
import type { SimilarTicketsConfig } from './similar-tickets-config.js';

/** Settings of the reply-draft context. */
export interface ReplyDraftConfig {
  configVersion: string;
  /** Knowledge-base articles cited. @default 3 */
  articleLimit: number;
  /** Similar resolved tickets shown. @default 3 */
  similarTicketLimit: number;
  /** Most terms of the knowledge-base query, the most informative by IDF. @default 12 */
  maxQueryTerms: number;
  /** Most article postings the knowledge-base query may touch (sum of its terms' document frequencies). @default 30000 */
  kbMaxQueryPostings: number;
  /** Most steps taken from the best article's first list. @default 8 */
  maxSteps: number;
  /** Paragraphs taken instead when the article has no list. @default 2 */
  maxParagraphs: number;
  /** Tone when neither the caller nor the customer's mood decides. @default 'friendly' */
  defaultTone: Tone;
  templates: ReplyTemplates;
  /** Knowledge-base search settings; the query comes from a ticket, so no prefix matching. */
  kbSearch: KbSearchConfig;
  similarTickets: Partial<SimilarTicketsConfig>;
}

/** Defaults of the reply-draft context; override any field per call. */
export const DEFAULT_REPLY_DRAFT_CONFIG: ReplyDraftConfig = {
  configVersion: RETRIEVAL_CONFIG_VERSION,
  articleLimit: 3,
  similarTicketLimit: 3,
  maxQueryTerms: 12,
  kbMaxQueryPostings: 30_000,
  maxSteps: 8,
  maxParagraphs: 2,
  defaultTone: 'friendly',
  templates: DEFAULT_REPLY_TEMPLATES,
  kbSearch: { ...DEFAULT_KB_SEARCH_CONFIG, prefixLastTerm: false },
  similarTickets: {},
};
