import { IsoDateTimeSchema, SupportAIError, toInputIssues } from '@supportai/core';
import * as z from 'zod';

// Ids are checked, not trimmed: the SQL source stores and matches them exactly as given.
const ExactIdSchema = z.string({ message: 'must be a non-empty id' }).min(1, 'must be a non-empty id');

export const ReassignmentWriteSchema = z
  .object({
    moves: z.array(
      z.object({
        ticketId: ExactIdSchema,
        fromAgentId: ExactIdSchema.nullable(),
        toAgentId: ExactIdSchema,
        reason: z.string().max(500, 'must be at most 500 characters'),
      }),
    ),
    actorUserId: ExactIdSchema,
    at: IsoDateTimeSchema,
  })
  .superRefine((write, context) => {
    const firstIndex = new Map<string, number>();
    write.moves.forEach((move, index) => {
      const first = firstIndex.get(move.ticketId);
      if (first === undefined) firstIndex.set(move.ticketId, index);
      else context.addIssue({ code: 'custom', path: ['moves', index, 'ticketId'], message: `moves ticket "${move.ticketId}" a second time (first at moves.${first})` });
    });
  });

export const AnswerFeedbackSchema = z.object({
  id: ExactIdSchema,
  userId: ExactIdSchema,
  persona: z.string().min(1, 'must name the persona'),
  messageId: ExactIdSchema,
  threadId: ExactIdSchema.nullable(),
  intent: z.string().nullable(),
  rating: z.enum(['up', 'down']),
  comment: z.string().nullable(),
  at: IsoDateTimeSchema,
});

export const SavedDraftSchema = z.object({
  id: ExactIdSchema,
  userId: ExactIdSchema,
  ticketId: ExactIdSchema.nullable(),
  accountId: ExactIdSchema.nullable(),
  body: z.string(),
  tone: z.string().nullable(),
  citedArticleIds: z.array(ExactIdSchema),
  at: IsoDateTimeSchema,
});

/** Parses a write's input, throwing `invalid_input` with every bad field by path. */
export function parseWriteInput<Output>(schema: z.ZodType<Output>, input: unknown, what: string): Output {
  const result = schema.safeParse(input);
  if (!result.success) throw new SupportAIError('invalid_input', `Invalid ${what}`, toInputIssues(result.error.issues));
  return result.data;
}


export const ChatTurnSchema = z.object({
  threadId: ExactIdSchema.max(200, 'must be at most 200 characters'),
  userId: ExactIdSchema,
  title: z.string().nullable(),
  messages: z.array(
    z.object({ id: ExactIdSchema, role: z.enum(['system', 'user', 'assistant']), parts: z.array(z.unknown()) }).loose(),
  ),
  conversation: z.object({ turns: z.array(z.unknown()) }).loose(),
  at: IsoDateTimeSchema,
  replaceAfterMessageId: ExactIdSchema.optional(),
});

export const ThreadListLimitSchema = z
  .number({ message: 'must be a whole number from 1 to 1000' })
  .int('must be a whole number from 1 to 1000')
  .min(1, 'must be a whole number from 1 to 1000')
  .max(1000, 'must be a whole number from 1 to 1000');
