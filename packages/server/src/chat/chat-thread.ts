import type { Conversation } from '@supportai/core';
import type { UIMessage } from 'ai';
import type { ChatStore } from '../chat-store/chat-store.js';
import type { ChatRequest } from './chat-request.js';
import { emptyConversation } from './conversation-state.js';
import type { ChatUIMessage } from './data-parts.js';

/** The part of a stored thread a turn reads. */
export interface OpenThread {
  title: string | null;
  messages: UIMessage[];
  conversation: Conversation;
}

const TITLE_CHARACTERS = 80;

/**
 * The viewer's thread, or a new one claimed for them. Claiming writes an empty turn, so a thread id
 * that belongs to someone else fails here, before anything is streamed, with `ThreadOwnershipError`
 * (a 404 at the handler: the id reveals nothing).
 */
export async function openThread(store: ChatStore, request: ChatRequest, userId: string, at: string): Promise<OpenThread> {
  const existing = await store.getThread(request.threadId, userId);
  if (existing) return existing;
  const title = titleOf(request.question.text);
  await store.saveTurn({ threadId: request.threadId, userId, title, messages: [], conversation: emptyConversation(), at });
  return { title, messages: [], conversation: emptyConversation() };
}

/**
 * The user message to store for this turn, or null when it is stored already (a regenerate sends the
 * same question again). A client id already used in the thread is replaced, so stored ids stay unique.
 */
export function userMessageToStore(thread: OpenThread, request: ChatRequest, createId: () => string): ChatUIMessage | null {
  const lastUserMessage = thread.messages.findLast((message) => message.role === 'user');
  if (request.trigger === 'regenerate-message' && lastUserMessage?.id === request.question.id) return null;
  const taken = thread.messages.some((message) => message.id === request.question.id);
  return { id: taken ? createId() : request.question.id, role: 'user', parts: [{ type: 'text', text: request.question.text }] };
}

function titleOf(question: string): string {
  const firstLine = question.split('\n', 1)[0]!.trim();
  return firstLine.length <= TITLE_CHARACTERS ? firstLine : `${firstLine.slice(0, TITLE_CHARACTERS - 1).trimEnd()}…`;
}
