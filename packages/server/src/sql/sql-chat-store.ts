import type { Conversation } from '@supportai/core';
import type { UIMessage } from 'ai';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ChatStore, ChatThreadSummary } from '../chat-store/chat-store.js';
import { ThreadOwnershipError } from '../chat-store/chat-store-errors.js';
import type { ChatThreadsTable, SupportAIDatabase } from './database-schema.js';
import { epochMilliseconds, readInteger, readJson, readJsonObject, toJsonText } from './rows/column-values.js';
import { ChatTurnSchema, parseWriteInput, ThreadListLimitSchema } from './write-schemas.js';

/** Options of `createSqlChatStore`. */
export interface SqlChatStoreOptions {
  /** A migrated database; it may be the one the SQL data source uses. */
  db: Kysely<SupportAIDatabase>;
}

/**
 * Chat threads in SQL, so every replica of a host sees the same conversations. A thread belongs to the user
 * who created it: reads by anyone else find nothing, writes fail with `ThreadOwnershipError`. Each message is
 * one JSON row in save order; saving a message id the thread already has replaces that message in place.
 * @example const chatStore = createSqlChatStore({ db });
 */
export function createSqlChatStore({ db }: SqlChatStoreOptions): ChatStore {
  return {
    async getThread(threadId, userId) {
      const thread = await db.selectFrom('chat_threads').selectAll().where('id', '=', threadId).where('user_id', '=', userId).executeTakeFirst();
      if (!thread) return null;
      const rows = await db.selectFrom('chat_messages').select(['position', 'message']).where('thread_id', '=', threadId).orderBy('position').execute();
      const messages = rows.map((row) => {
        const position = readInteger({ collection: 'chatMessages', rowId: threadId }, 'position', row.position);
        return readJson({ collection: 'chatMessages', rowId: `${threadId}#${position}` }, 'message', row.message) as UIMessage;
      });
      const conversation = readJsonObject({ collection: 'chatThreads', rowId: threadId }, 'conversation', thread.conversation) as unknown as Conversation;
      return { ...toSummary(thread), messages, conversation };
    },

    async listThreads(userId, limit) {
      const count = parseWriteInput(ThreadListLimitSchema, limit, 'limit');
      const rows = await db
        .selectFrom('chat_threads')
        .select(['id', 'user_id', 'title', 'created_at', 'updated_at'])
        .where('user_id', '=', userId)
        .orderBy('updated_at_ms', 'desc')
        .orderBy('id', 'desc')
        .limit(count)
        .execute();
      return rows.map(toSummary);
    },

    async saveTurn(input) {
      const turn = parseWriteInput(ChatTurnSchema, input, 'chat turn');
      const atMs = epochMilliseconds(turn.at, 'at');
      await db.transaction().execute(async (transaction) => {
        // Claim the id if it is free; on a race the loser's insert does nothing and the owner check decides.
        await transaction
          .insertInto('chat_threads')
          .values({
            id: turn.threadId,
            user_id: turn.userId,
            title: turn.title,
            created_at: turn.at,
            updated_at: turn.at,
            updated_at_ms: atMs,
            conversation: toJsonText(turn.conversation),
          })
          .onConflict((conflict) => conflict.column('id').doNothing())
          .execute();
        // Updating only the owner's row is the ownership check, and it locks the thread for the appends below.
        const { numUpdatedRows } = await transaction
          .updateTable('chat_threads')
          .set({
            updated_at: turn.at,
            updated_at_ms: atMs,
            conversation: toJsonText(turn.conversation),
            // The first title sticks, as in the memory store.
            title: sql<string | null>`coalesce(title, ${turn.title})`,
          })
          .where('id', '=', turn.threadId)
          .where('user_id', '=', turn.userId)
          .executeTakeFirst();
        if (numUpdatedRows === 0n) throw new ThreadOwnershipError(turn.threadId);
        if (turn.replaceAfterMessageId !== undefined) await dropMessagesAfter(transaction, turn.threadId, turn.replaceAfterMessageId);
        if (turn.messages.length === 0) return;

        const stored = await transaction
          .selectFrom('chat_messages')
          .select('message_id')
          .where('thread_id', '=', turn.threadId)
          .where('message_id', 'in', turn.messages.map((message) => message.id))
          .execute();
        const storedIds = new Set(stored.map((row) => row.message_id));
        const last = await transaction
          .selectFrom('chat_messages')
          .select((eb) => eb.fn.max('position').as('position'))
          .where('thread_id', '=', turn.threadId)
          .executeTakeFirst();
        let nextPosition = last?.position === null || last?.position === undefined ? 0 : readInteger({ collection: 'chatMessages', rowId: turn.threadId }, 'position', last.position) + 1;

        for (const message of turn.messages) {
          if (storedIds.has(message.id)) {
            await transaction
              .updateTable('chat_messages')
              .set({ message: toJsonText(message) })
              .where('thread_id', '=', turn.threadId)
              .where('message_id', '=', message.id)
              .execute();
          } else {
            await transaction
              .insertInto('chat_messages')
              .values({ thread_id: turn.threadId, position: nextPosition, message_id: message.id, message: toJsonText(message) })
              .execute();
            storedIds.add(message.id);
            nextPosition += 1;
          }
        }
      });
    },
  };
}

function toSummary(row: Pick<Selectable<ChatThreadsTable>, 'id' | 'user_id' | 'title' | 'created_at' | 'updated_at'>): ChatThreadSummary {
  return { id: row.id, userId: row.user_id, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** Deletes the thread's messages stored after `messageId` (nothing when it is not in the thread). */
async function dropMessagesAfter(transaction: Kysely<SupportAIDatabase>, threadId: string, messageId: string): Promise<void> {
  const anchor = await transaction.selectFrom('chat_messages').select('position').where('thread_id', '=', threadId).where('message_id', '=', messageId).executeTakeFirst();
  if (!anchor) return;
  await transaction.deleteFrom('chat_messages').where('thread_id', '=', threadId).where('position', '>', anchor.position).execute();
}
