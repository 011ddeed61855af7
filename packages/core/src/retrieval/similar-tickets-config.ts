import type { Ticket } from '../contracts/ticket.js';
import { RETRIEVAL_CONFIG_VERSION } from './config-version.js';
import type { TicketIndexField } from './ticket-index.js';

/** Weights and thresholds of similar-ticket search (SCORING §5.3). */
export interface SimilarTicketsConfig {
  configVersion: string;
  /** Results returned. @default 5 */
  limit: number;
  /** Most query terms, the most informative by IDF. @default 12 */
  maxQueryTerms: number;
  /** Query terms in more than this share (0–1) of resolved tickets are dropped. @default 0.2 */
  maxDocumentFrequencyRate: number;
  /** The share cap applies from this many indexed tickets on. @default 50 */
  minDocumentsForRateCap: number;
  /**
   * Most tickets the query terms may match in total (sum of document frequencies): keeps a query
   * within its time budget on large, repetitive corpora; the rarest term is always kept. @default 30000
   */
  maxQueryPostings: number;
  /** Results scoring below this share (0–1) of the top score are dropped. @default 0.25 */
  minRelativeScore: number;
  /** Field boosts of the BM25 search. @default subject 2, description 1, tags 1.5, resolutionSummary 1 */
  fieldBoosts: Record<TicketIndexField, number>;
  /** Re-rank: `score = bm25 · (1 + sameCategory·[…] + sameEntity·[…] + sameAccount·[…])`. @default 0.3, 0.2, 0.1 */
  rerankBoosts: { sameCategory: number; sameEntity: number; sameAccount: number };
  /**
   * Tags naming a product, module or feature start with one of these prefixes (compared lower-case).
   * @default ['product:', 'product-', 'feature:', 'module:', 'component:']
   */
  entityTagPrefixes: readonly string[];
  /** Tags that name a product outright, e.g. the host's product catalogue (compared lower-case). @default [] */
  entityTagNames: readonly string[];
}

/** Defaults of similar-ticket search; override any field per call. */
export const DEFAULT_SIMILAR_TICKETS_CONFIG: SimilarTicketsConfig = {
  configVersion: RETRIEVAL_CONFIG_VERSION,
  limit: 5,
  maxQueryTerms: 12,
  maxDocumentFrequencyRate: 0.2,
  minDocumentsForRateCap: 50,
  maxQueryPostings: 30_000,
  minRelativeScore: 0.25,
  fieldBoosts: { subject: 2, description: 1, tags: 1.5, resolutionSummary: 1 },
  rerankBoosts: { sameCategory: 0.3, sameEntity: 0.2, sameAccount: 0.1 },
  entityTagPrefixes: ['product:', 'product-', 'feature:', 'module:', 'component:'],
  entityTagNames: [],
};

/**
 * The products or features a ticket is about, read from its tags: tags with an entity prefix
 * (`product:mobile-app`) or named in `entityTagNames`. Lower-case, deduplicated.
 */
export function entityTagsOf(ticket: Pick<Ticket, 'tags'>, config: Pick<SimilarTicketsConfig, 'entityTagPrefixes' | 'entityTagNames'>): string[] {
  const entities = new Set<string>();
  for (const tag of ticket.tags) {
    const lower = tag.trim().toLowerCase();
    if (config.entityTagPrefixes.some((prefix) => lower.startsWith(prefix) && lower.length > prefix.length) || config.entityTagNames.some((name) => name.toLowerCase() === lower)) {
      entities.add(lower);
    }
  }
  return [...entities];
}
