import { IdSchema } from '@supportai/core';
import * as z from 'zod';
import { ThreadOwnershipError } from '../chat-store/chat-store-errors.js';
import type { ViewerRoute } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';
import { parseBody } from './parse-body.js';

const FeedbackSchema = z.strictObject({
  /** The client's id for this feedback, so a retried request stores it once. */
  id: IdSchema.optional(),
  messageId: IdSchema,
  threadId: IdSchema.optional(),
  intent: z.string().min(1).max(64).optional(),
  rating: z.enum(['up', 'down']),
  comment: z.string().max(2000, 'must be at most 2000 characters').optional(),
});

/** `POST /feedback`: a thumbs up or down on an answer, kept in the data source. */
export const feedbackRoute: ViewerRoute = {
  method: 'POST',
  path: '/feedback',
  access: 'viewer',
  summary: 'Thumbs up or down on an answer ({ messageId, rating: "up"|"down", comment?, threadId?, intent? }).',
  handle: async (context) => {
    const body = await parseBody(context, FeedbackSchema, 'Feedback');
    const { server, viewer } = context;
    if (body.threadId) {
      // Feedback on a thread the viewer does not own is refused like a missing thread.
      const thread = await server.chatStore.getThread(body.threadId, viewer.userId);
      if (!thread) throw new ThreadOwnershipError(body.threadId);
    }
    const id = body.id ?? server.createId();
    await server.source.recordFeedback({
      id,
      userId: viewer.userId,
      persona: viewer.persona,
      messageId: body.messageId,
      threadId: body.threadId ?? null,
      intent: body.intent ?? null,
      rating: body.rating,
      comment: body.comment ?? null,
      at: server.now().toISOString(),
    });
    return jsonResponse({ id, recorded: true }, { status: 201 });
  },
};
