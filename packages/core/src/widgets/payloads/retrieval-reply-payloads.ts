import * as z from 'zod';
import { IsoDateTimeSchema } from '../../contracts/common.js';
import { ToneSchema } from '../../intents/params.js';
import { ProvenanceSchema, TicketRowSchema } from './common.js';
import { KbHitSchema, QueryTermSchema, SimilarTicketSchema } from './assist-retrieval-payloads.js';

/** Where a piece of a draft came from: the ticket, an article block, the account, the agent, a template or the input. */
export const DraftSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ticket'), id: z.string(), field: z.enum(['subject', 'requesterId']) }),
  z.object({ kind: z.literal('kbArticle'), id: z.string(), blockIndex: z.number().int(), itemIndex: z.number().int().nullable() }),
  z.object({ kind: z.literal('account'), id: z.string(), field: z.enum(['champion', 'executiveSponsor']) }),
  z.object({ kind: z.literal('agent'), id: z.string() }),
  z.object({ kind: z.literal('template'), id: z.string() }),
  z.object({ kind: z.literal('input'), id: z.literal('requesterName') }),
]);

/** One piece of draft text and every source it was built from. */
export const DraftPieceSchema = z.object({ text: z.string(), sources: z.array(DraftSourceSchema) });

/** reply.draft (`reply-draft`): a template reply in parts, each with its sources, plus what it drew on. */
export const ReplyDraftPayloadSchema = z.object({
  /** Built from templates and retrieved text, not written by a language model. */
  method: z.literal('template'),
  ticketId: z.string(),
  ticket: TicketRowSchema,
  tone: z.object({ tone: ToneSchema, source: z.enum(['requested', 'sentiment', 'keywords', 'default']), evidence: z.array(z.string()) }),
  lastCustomerMessage: z.object({ body: z.string(), at: IsoDateTimeSchema, eventIndex: z.number().int().nullable(), actorId: z.string().nullable() }).nullable(),
  kbQueryTerms: z.array(QueryTermSchema),
  articles: z.array(KbHitSchema),
  similarTickets: z.array(SimilarTicketSchema),
  draft: z.object({
    greeting: DraftPieceSchema.extend({ requesterId: z.string(), requesterName: z.string().nullable() }),
    acknowledgement: DraftPieceSchema,
    stepsIntroduction: DraftPieceSchema,
    steps: z.array(DraftPieceSchema.extend({ articleId: z.string() })),
    citations: z.array(z.object({ articleId: z.string(), title: z.string(), url: z.string().nullable() })),
    signOff: DraftPieceSchema.extend({ agentId: z.string().nullable(), agentName: z.string().nullable() }),
  }),
  configVersion: z.string(),
  provenance: ProvenanceSchema,
});

export type ReplyDraftPayload = z.infer<typeof ReplyDraftPayloadSchema>;
