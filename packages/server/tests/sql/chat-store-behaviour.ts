import type { UIMessage } from 'ai';
import { InsertQueryNode, type Kysely, type KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThreadOwnershipError } from '../../src/chat-store/chat-store-errors.js';
import type { ChatStore } from '../../src/chat-store/chat-store.js';
import { DataSourceRowError } from '../../src/data-source/data-source-errors.js';
import { createSqlChatStore, type SupportAIDatabase } from '../../src/sql/index.js';

/** A migrated, empty-of-chats database for one test, and how to let it go. */
export interface ChatStoreDatabase {
  db: Kysely<SupportAIDatabase>;
  release(): Promise<void>;
}

function message(id: string, role: 'user' | 'assistant', text: string): UIMessage {
  return { id, role, parts: [{ type: 'text', text }] };
}

const conversation = (intent: string) => ({ turns: [{ intent, params: {} }] });

/** Fails the n-th message insert, to prove a turn is written whole or not at all. */
function failingMessageInsert(failOnInsert: number): KyselyPlugin {
  let inserts = 0;
  return {
    transformQuery({ node }) {
      if (InsertQueryNode.is(node) && node.into?.table.identifier.name === 'chat_messages') {
        inserts += 1;
        if (inserts === failOnInsert) throw new Error('disk full');
      }
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };
}

/** How the SQL chat store behaves on any database the schema runs on. */
export function describeSqlChatStore(name: string, openDatabase: () => Promise<ChatStoreDatabase>): void {
  describe(`SQL chat store: ${name}`, () => {
    let database: ChatStoreDatabase;
    let store: ChatStore;
    beforeEach(async () => {
      database = await openDatabase();
      store = createSqlChatStore({ db: database.db });
    });
    afterEach(async () => {
      await database.release();
    });

    it('creates a thread on its first turn and reads it back whole', async () => {
      await store.saveTurn({
        threadId: 'thread-1',
        userId: 'agent-1',
        title: 'My queue',
        messages: [message('m1', 'user', 'What is on my plate?'), message('m2', 'assistant', 'Four tickets.')],
        conversation: conversation('agent.dashboard'),
        at: '2026-11-20T09:00:00Z',
      });

      expect(await store.getThread('thread-1', 'agent-1')).toEqual({
        id: 'thread-1',
        userId: 'agent-1',
        title: 'My queue',
        createdAt: '2026-11-20T09:00:00Z',
        updatedAt: '2026-11-20T09:00:00Z',
        messages: [message('m1', 'user', 'What is on my plate?'), message('m2', 'assistant', 'Four tickets.')],
        conversation: conversation('agent.dashboard'),
      });
    });

    it('replaces what follows a message when asked (a regenerated answer), and only in that thread', async () => {
      const at = '2026-11-20T09:00:00Z';
      await store.saveTurn({ threadId: 't', userId: 'agent-1', title: null, messages: [message('a', 'user', '1'), message('b', 'assistant', 'old')], conversation: { turns: [] }, at });
      await store.saveTurn({ threadId: 'u', userId: 'agent-1', title: null, messages: [message('a', 'user', '1'), message('b', 'assistant', 'other thread')], conversation: { turns: [] }, at });
      await store.saveTurn({ threadId: 't', userId: 'agent-1', title: null, messages: [message('c', 'assistant', 'new')], conversation: { turns: [] }, at, replaceAfterMessageId: 'a' });
      await store.saveTurn({ threadId: 't', userId: 'agent-1', title: null, messages: [message('d', 'user', '2')], conversation: { turns: [] }, at });

      expect((await store.getThread('t', 'agent-1'))?.messages.map((stored) => stored.id)).toEqual(['a', 'c', 'd']);
      expect((await store.getThread('u', 'agent-1'))?.messages.map((stored) => stored.id)).toEqual(['a', 'b']);
    });

    it('appends later turns in order, keeps the first title and moves updatedAt', async () => {
      await store.saveTurn({ threadId: 't', userId: 'agent-1', title: 'First', messages: [], conversation: { turns: [] }, at: '2026-11-20T09:00:00Z' });
      await store.saveTurn({ threadId: 't', userId: 'agent-1', title: 'First', messages: [message('a', 'user', '1'), message('b', 'assistant', '2')], conversation: conversation('tickets.mine'), at: '2026-11-20T09:01:00Z' });
      await store.saveTurn({ threadId: 't', userId: 'agent-1', title: 'Second', messages: [message('c', 'user', '3'), message('d', 'assistant', '4')], conversation: conversation('help'), at: '2026-11-20T09:02:00Z' });

      const thread = await store.getThread('t', 'agent-1');
      expect(thread?.messages.map((stored) => stored.id)).toEqual(['a', 'b', 'c', 'd']);
      expect(thread).toMatchObject({ title: 'First', createdAt: '2026-11-20T09:00:00Z', updatedAt: '2026-11-20T09:02:00Z', conversation: conversation('help') });
    });

    it('replaces a message saved again under its id instead of duplicating it', async () => {
      await store.saveTurn({ threadId: 't', userId: 'agent-1', title: null, messages: [message('a', 'user', 'hi'), message('b', 'assistant', 'partial')], conversation: { turns: [] }, at: '2026-11-20T09:00:00Z' });
      await store.saveTurn({ threadId: 't', userId: 'agent-1', title: null, messages: [message('b', 'assistant', 'complete'), message('c', 'user', 'thanks')], conversation: { turns: [] }, at: '2026-11-20T09:01:00Z' });

      expect((await store.getThread('t', 'agent-1'))?.messages).toEqual([message('a', 'user', 'hi'), message('b', 'assistant', 'complete'), message('c', 'user', 'thanks')]);
    });

    it('keeps a thread to its owner: others read nothing and cannot write', async () => {
      await store.saveTurn({ threadId: 'mine', userId: 'agent-1', title: 'Private', messages: [message('a', 'user', 'secret')], conversation: { turns: [] }, at: '2026-11-20T09:00:00Z' });

      expect(await store.getThread('mine', 'agent-2')).toBeNull();
      const intrusion = store.saveTurn({ threadId: 'mine', userId: 'agent-2', title: 'Hijack', messages: [message('x', 'user', 'injected')], conversation: conversation('help'), at: '2026-11-20T10:00:00Z' });
      await expect(intrusion).rejects.toBeInstanceOf(ThreadOwnershipError);
      await expect(intrusion).rejects.toMatchObject({ code: 'thread_not_found', threadId: 'mine' });

      expect(await store.getThread('mine', 'agent-1')).toMatchObject({ title: 'Private', updatedAt: '2026-11-20T09:00:00Z', messages: [message('a', 'user', 'secret')], conversation: { turns: [] } });
      expect(await store.listThreads('agent-2', 10)).toEqual([]);
    });

    it('writes a turn whole or not at all', async () => {
      await store.saveTurn({ threadId: 'kept', userId: 'agent-1', title: 'Kept', messages: [message('a', 'user', 'one')], conversation: { turns: [] }, at: '2026-11-20T09:00:00Z' });
      const failing = createSqlChatStore({ db: database.db.withPlugin(failingMessageInsert(2)) });

      await expect(
        failing.saveTurn({ threadId: 'kept', userId: 'agent-1', title: 'Kept', messages: [message('b', 'user', 'two'), message('c', 'assistant', 'three')], conversation: conversation('help'), at: '2026-11-20T09:05:00Z' }),
      ).rejects.toThrow('disk full');
      await expect(
        createSqlChatStore({ db: database.db.withPlugin(failingMessageInsert(2)) }).saveTurn({
          threadId: 'new',
          userId: 'agent-1',
          title: 'New',
          messages: [message('x', 'user', 'hello'), message('y', 'assistant', 'hi')],
          conversation: { turns: [] },
          at: '2026-11-20T09:06:00Z',
        }),
      ).rejects.toThrow('disk full');

      expect(await store.getThread('kept', 'agent-1')).toMatchObject({ updatedAt: '2026-11-20T09:00:00Z', messages: [message('a', 'user', 'one')], conversation: { turns: [] } });
      expect(await store.getThread('new', 'agent-1')).toBeNull();
    });

    it('lists the user’s threads newest first, up to the limit', async () => {
      await store.saveTurn({ threadId: 'old', userId: 'csm-1', title: 'Old', messages: [], conversation: { turns: [] }, at: '2026-11-18T09:00:00Z' });
      await store.saveTurn({ threadId: 'new', userId: 'csm-1', title: 'New', messages: [], conversation: { turns: [] }, at: '2026-11-20T09:00:00Z' });
      await store.saveTurn({ threadId: 'middle', userId: 'csm-1', title: 'Middle', messages: [], conversation: { turns: [] }, at: '2026-11-19T09:00:00Z' });
      await store.saveTurn({ threadId: 'other', userId: 'csm-2', title: 'Other', messages: [], conversation: { turns: [] }, at: '2026-11-21T09:00:00Z' });
      // A new turn on the oldest thread makes it the newest.
      await store.saveTurn({ threadId: 'old', userId: 'csm-1', title: null, messages: [message('a', 'user', 'again')], conversation: { turns: [] }, at: '2026-11-20T12:00:00Z' });

      expect((await store.listThreads('csm-1', 10)).map((thread) => thread.id)).toEqual(['old', 'new', 'middle']);
      expect(await store.listThreads('csm-1', 2)).toEqual([
        { id: 'old', userId: 'csm-1', title: 'Old', createdAt: '2026-11-18T09:00:00Z', updatedAt: '2026-11-20T12:00:00Z' },
        { id: 'new', userId: 'csm-1', title: 'New', createdAt: '2026-11-20T09:00:00Z', updatedAt: '2026-11-20T09:00:00Z' },
      ]);
      await expect(store.listThreads('csm-1', 0)).rejects.toMatchObject({ code: 'invalid_input' });
    });

    it('rejects a malformed turn by field before writing', async () => {
      await expect(
        store.saveTurn({ threadId: '', userId: 'agent-1', title: null, messages: [], conversation: { turns: [] }, at: 'now' }),
      ).rejects.toMatchObject({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'threadId' }), expect.objectContaining({ path: 'at' })] });
      expect(await store.listThreads('agent-1', 10)).toEqual([]);
    });

    it('reports a stored message that is not JSON as a row error naming the thread and position', async () => {
      await store.saveTurn({ threadId: 't', userId: 'agent-1', title: null, messages: [message('a', 'user', 'one'), message('b', 'assistant', 'two')], conversation: { turns: [] }, at: '2026-11-20T09:00:00Z' });
      await database.db.updateTable('chat_messages').set({ message: '{"id": "b", ' }).where('message_id', '=', 'b').execute();

      const reading = store.getThread('t', 'agent-1');
      await expect(reading).rejects.toBeInstanceOf(DataSourceRowError);
      await expect(reading).rejects.toMatchObject({ collection: 'chatMessages', rowId: 't#1', issues: [{ path: 'message' }] });
    });
  });
}
