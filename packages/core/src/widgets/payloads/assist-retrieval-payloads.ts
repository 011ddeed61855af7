import * as z from 'zod';
import { IsoDateTimeSchema } from '../../contracts/common.js';
import { KB_INDEX_FIELDS, TICKET_INDEX_FIELDS } from '../../retrieval/index.js';
import { ProvenanceSchema } from './common.js';

/** A query term as chosen by IDF, with the word as the text wrote it. */
export const QueryTermSchema = z.object({ term: z.string(), word: z.string(), documentFrequency: z.number().int(), inverseDocumentFrequency: z.number() });

/** A resolved ticket like the one asked about, with why it matched and how it was resolved. */
export const SimilarTicketSchema = z.object({
  ticketId: z.string(),
  subject: z.string(),
  category: z.string(),
  accountId: z.string(),
  accountName: z.string().nullable(),
  score: z.number(),
  /** Score over the best result's (0–1). */
  relativeScore: z.number(),
  bm25Score: z.number(),
  boosts: z.array(z.object({ factor: z.enum(['sameCategory', 'sameEntity', 'sameAccount']), applies: z.boolean(), weight: z.number(), addedScore: z.number() })),
  sharedEntityTags: z.array(z.string()),
  matchedTerms: z.array(z.object({ term: z.string(), word: z.string(), fields: z.array(z.enum(TICKET_INDEX_FIELDS)) })),
  resolution: z.object({ text: z.string(), source: z.enum(['resolutionSummary', 'lastAgentReply']), eventIndex: z.number().int().nullable() }).nullable(),
  resolvedBy: z.enum(['human', 'ai']).nullable(),
  resolvedByAgentId: z.string().nullable(),
  resolvedAt: IsoDateTimeSchema.nullable(),
  reason: z.string(),
});

/** tickets.similar (`similar-tickets`): resolved tickets like a ticket (or a topic), best first. */
export const SimilarTicketsPayloadSchema = z.object({
  query: z.object({
    /** What was searched: the named ticket, the topic, or (neither given) the viewer's latest open ticket. */
    source: z.enum(['ticket', 'topic', 'latestOpenTicket', 'none']),
    ticketId: z.string().nullable(),
    topic: z.string().nullable(),
    terms: z.array(QueryTermSchema),
  }),
  results: z.array(SimilarTicketSchema),
  /** Resolved tickets searched: the viewer's own scope. */
  searchedCount: z.number().int().nonnegative(),
  topScore: z.number().nullable(),
  /** Results needed at least this score (a share of the top score). */
  minScore: z.number().nullable(),
  configVersion: z.string(),
  provenance: ProvenanceSchema,
});

/** A window of an article's plain text around its first match, with the matches located in it. */
export const ExcerptSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  truncatedStart: z.boolean(),
  truncatedEnd: z.boolean(),
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int(), term: z.string() })),
});

/** One knowledge-base article found, with where the query matched. */
export const KbHitSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  updatedAt: IsoDateTimeSchema,
  /** Null when listed by recency (no query). */
  score: z.number().nullable(),
  relativeScore: z.number().nullable(),
  matchedTerms: z.array(z.object({ term: z.string(), word: z.string(), queryTerm: z.string(), fields: z.array(z.enum(KB_INDEX_FIELDS)) })),
  excerpt: ExcerptSchema,
  reason: z.string().nullable(),
});

/** kb.search (`kb-results`): articles for a topic, or the most recently updated ones when there is none. */
export const KbResultsPayloadSchema = z.object({
  topic: z.string().nullable(),
  mode: z.enum(['search', 'recent']),
  queryTerms: z.array(z.string()),
  combinedWith: z.enum(['and', 'or']).nullable(),
  fellBackToOr: z.boolean(),
  results: z.array(KbHitSchema),
  articleCount: z.number().int().nonnegative(),
  configVersion: z.string(),
  provenance: ProvenanceSchema,
});

export type SimilarTicketsPayload = z.infer<typeof SimilarTicketsPayloadSchema>;
export type KbResultsPayload = z.infer<typeof KbResultsPayloadSchema>;
export type KbHitPayload = z.infer<typeof KbHitSchema>;
