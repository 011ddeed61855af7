import { ContractError } from '@supportai/core';
import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { ThreadOwnershipError } from '../../src/chat-store/chat-store-errors.js';
import { createMemoryChatStore } from '../../src/chat-store/memory-chat-store.js';

function userMessage(id: string, text: string): UIMessage {
  return { id, role: 'user', parts: [{ type: 'text', text }] };
}

const emptyConversation = { turns: [] };

describe('createMemoryChatStore', () => {
  it('creates a thread on the first turn and appends later turns in order', async () => {
    const store = createMemoryChatStore();

    await store.saveTurn({ threadId: 't1', userId: 'u1', title: 'First question', messages: [userMessage('m1', 'hello')], conversation: emptyConversation, at: '2025-01-01T10:00:00Z' });
    await store.saveTurn({
      threadId: 't1',
      userId: 'u1',
      title: 'Ignored later title',
      messages: [userMessage('m2', 'again')],
      conversation: { turns: [{ intent: 'team.rebalance', params: {}, awaitingConfirmation: true }] },
      at: '2025-01-01T10:05:00Z',
    });

    const thread = await store.getThread('t1', 'u1');
    expect(thread).toMatchObject({ id: 't1', userId: 'u1', title: 'First question', createdAt: '2025-01-01T10:00:00Z', updatedAt: '2025-01-01T10:05:00Z' });
    expect(thread?.messages.map((message) => message.id)).toEqual(['m1', 'm2']);
    expect(thread?.conversation.turns).toEqual([{ intent: 'team.rebalance', params: {}, awaitingConfirmation: true }]);
  });

  it('replaces what follows a message when asked (a regenerated answer)', async () => {
    const store = createMemoryChatStore();
    const at = '2025-01-01T10:00:00Z';
    await store.saveTurn({ threadId: 't1', userId: 'u1', title: null, messages: [userMessage('q', 'hello'), { id: 'old', role: 'assistant', parts: [] }], conversation: emptyConversation, at });
    await store.saveTurn({ threadId: 't1', userId: 'u1', title: null, messages: [{ id: 'new', role: 'assistant', parts: [] }], conversation: emptyConversation, at, replaceAfterMessageId: 'q' });

    expect((await store.getThread('t1', 'u1'))?.messages.map((message) => message.id)).toEqual(['q', 'new']);
  });

  it('reads another user’s thread as missing and refuses to write to it', async () => {
    const store = createMemoryChatStore();
    await store.saveTurn({ threadId: 't1', userId: 'owner', title: null, messages: [userMessage('m1', 'mine')], conversation: emptyConversation, at: '2025-01-01T10:00:00Z' });

    expect(await store.getThread('t1', 'intruder')).toBeNull();
    await expect(
      store.saveTurn({ threadId: 't1', userId: 'intruder', title: null, messages: [userMessage('m2', 'theirs')], conversation: emptyConversation, at: '2025-01-01T10:01:00Z' }),
    ).rejects.toBeInstanceOf(ThreadOwnershipError);
    expect((await store.getThread('t1', 'owner'))?.messages.map((message) => message.id)).toEqual(['m1']);
  });

  it('claims a thread with an empty turn, so a second user cannot take the id', async () => {
    const store = createMemoryChatStore();

    await store.saveTurn({ threadId: 'new', userId: 'first', title: 'Hi', messages: [], conversation: emptyConversation, at: '2025-01-01T10:00:00Z' });

    expect(await store.getThread('new', 'first')).toMatchObject({ messages: [], title: 'Hi' });
    await expect(store.saveTurn({ threadId: 'new', userId: 'second', title: null, messages: [], conversation: emptyConversation, at: '2025-01-01T10:00:01Z' })).rejects.toThrow(
      'No chat thread "new"',
    );
  });

  it('lists only the user’s threads, newest first, up to the limit', async () => {
    const store = createMemoryChatStore();
    await store.saveTurn({ threadId: 'a', userId: 'u1', title: 'A', messages: [], conversation: emptyConversation, at: '2025-01-01T10:00:00Z' });
    await store.saveTurn({ threadId: 'b', userId: 'u1', title: 'B', messages: [], conversation: emptyConversation, at: '2025-01-02T10:00:00Z' });
    await store.saveTurn({ threadId: 'c', userId: 'u2', title: 'C', messages: [], conversation: emptyConversation, at: '2025-01-03T10:00:00Z' });
    await store.saveTurn({ threadId: 'a', userId: 'u1', title: null, messages: [], conversation: emptyConversation, at: '2025-01-04T10:00:00Z' });

    expect((await store.listThreads('u1', 10)).map((thread) => thread.id)).toEqual(['a', 'b']);
    expect((await store.listThreads('u1', 1)).map((thread) => thread.id)).toEqual(['a']);
    expect(await store.listThreads('nobody', 10)).toEqual([]);
    await expect(store.listThreads('u1', 0)).rejects.toThrow('limit');
  });

  it('keeps stored history apart from objects the caller mutates afterwards', async () => {
    const store = createMemoryChatStore();
    const message = userMessage('m1', 'original');
    await store.saveTurn({ threadId: 't1', userId: 'u1', title: null, messages: [message], conversation: emptyConversation, at: '2025-01-01T10:00:00Z' });

    message.parts = [{ type: 'text', text: 'changed after saving' }];
    const read = await store.getThread('t1', 'u1');
    read!.messages.push(userMessage('m9', 'pushed into a copy'));

    const again = await store.getThread('t1', 'u1');
    expect(again?.messages).toEqual([userMessage('m1', 'original')]);
  });

  it('rejects a malformed turn, naming the field', async () => {
    const store = createMemoryChatStore();

    const attempt = store.saveTurn({ threadId: '', userId: 'u1', title: null, messages: [], conversation: emptyConversation, at: 'yesterday' });

    await expect(attempt).rejects.toBeInstanceOf(ContractError);
    await expect(attempt).rejects.toThrow(/threadId: must be a non-empty thread id; at: must be an ISO-8601 date-time/);
  });
});
