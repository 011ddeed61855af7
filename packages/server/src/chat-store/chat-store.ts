import type { Conversation } from '@supportai/core';
import type { UIMessage } from 'ai';

/** A conversation's header: whose it is and when it last changed. */
export interface ChatThreadSummary {
  id: string;
  userId: string;
  title: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A whole thread: its messages (AI SDK UI messages, data parts included) and the router's state. */
export interface ChatThread extends ChatThreadSummary {
  messages: UIMessage[];
  /** What the router remembers (the last turns, a pending confirmation). */
  conversation: Conversation;
}

/**
 * Where chat threads live between requests. Nothing that matters is kept in process memory, so a host
 * with several replicas plugs a shared store (SQLite for one machine, PostgreSQL or Redis beyond).
 * Every method is scoped by `userId`: a thread of another user reads as missing and cannot be written.
 */
export interface ChatStore {
  /** The thread, or null when it does not exist or belongs to someone else. */
  getThread(threadId: string, userId: string): Promise<ChatThread | null>;
  /** The user's threads, newest first. */
  listThreads(userId: string, limit: number): Promise<ChatThreadSummary[]>;
  /**
   * Appends messages and replaces the conversation state in one transaction, creating the thread on
   * first use. Throws `ThreadOwnershipError` when the thread exists and belongs to another user.
   */
  saveTurn(input: {
    threadId: string;
    userId: string;
    title: string | null;
    messages: UIMessage[];
    conversation: Conversation;
    at: string;
    /**
     * Drop the thread's messages after this one before appending, in the same transaction: a regenerated
     * answer replaces the answer it regenerates instead of standing beside it.
     */
    replaceAfterMessageId?: string;
  }): Promise<void>;
}
