import { parseWith } from '@supportai/core';
import * as z from 'zod';
import type { ChatStore, ChatThread, ChatThreadSummary } from './chat-store.js';
import { ThreadOwnershipError } from './chat-store-errors.js';

const SaveTurnSchema = z.object({
  threadId: z.string().min(1, 'must be a non-empty thread id').max(200, 'must be at most 200 characters'),
  userId: z.string().min(1, 'must be a non-empty user id'),
  title: z.string().nullable(),
  messages: z.array(z.object({ id: z.string().min(1, 'must be a non-empty message id'), role: z.enum(['system', 'user', 'assistant']), parts: z.array(z.unknown()) }).loose()),
  conversation: z.object({ turns: z.array(z.unknown()) }).loose(),
  at: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' }),
  replaceAfterMessageId: z.string().min(1, 'must be a non-empty message id').optional(),
});

const ListLimitSchema = z.number().int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000');

/**
 * A chat store in process memory: for tests, the demo and single-process hosts that accept losing
 * threads on restart. Threads are copied in and out, so a caller mutating what it read or saved
 * cannot change the stored history.
 * @example const handler = createSupportAIHandler({ data, authenticate, chatStore: createMemoryChatStore() });
 */
export function createMemoryChatStore(): ChatStore {
  const threads = new Map<string, ChatThread>();

  return {
    async getThread(threadId, userId) {
      const thread = threads.get(threadId);
      return thread && thread.userId === userId ? structuredClone(thread) : null;
    },

    async listThreads(userId, limit) {
      const count = parseWith(ListLimitSchema, limit, 'limit');
      const summaries: ChatThreadSummary[] = [];
      for (const { id, userId: owner, title, createdAt, updatedAt } of threads.values()) {
        if (owner === userId) summaries.push({ id, userId: owner, title, createdAt, updatedAt });
      }
      return summaries.sort((left, right) => Date.parse(right.updatedAt) - Date.parse(left.updatedAt) || right.id.localeCompare(left.id)).slice(0, count);
    },

    async saveTurn(input) {
      parseWith(SaveTurnSchema, input, 'ChatTurn');
      const existing = threads.get(input.threadId);
      if (existing && existing.userId !== input.userId) throw new ThreadOwnershipError(input.threadId);
      // Built completely before the one assignment below, so a failed copy leaves the thread as it was.
      const next: ChatThread = {
        id: input.threadId,
        userId: input.userId,
        title: existing?.title ?? input.title,
        createdAt: existing?.createdAt ?? input.at,
        updatedAt: input.at,
        messages: [...keptMessages(existing?.messages ?? [], input.replaceAfterMessageId), ...structuredClone(input.messages)],
        conversation: structuredClone(input.conversation),
      };
      threads.set(input.threadId, next);
    },
  };
}

/** The stored messages up to and including `afterMessageId` (all of them without it, or when it is unknown). */
function keptMessages(messages: ChatThread['messages'], afterMessageId: string | undefined): ChatThread['messages'] {
  if (afterMessageId === undefined) return messages;
  const index = messages.findIndex((message) => message.id === afterMessageId);
  return index === -1 ? messages : messages.slice(0, index + 1);
}
