import * as z from 'zod';
import { ThreadOwnershipError } from '../chat-store/chat-store-errors.js';
import type { ViewerRoute } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';

const LimitSchema = z.coerce.number().int().min(1).max(100);

/** `GET /chat/threads?limit=20`: the viewer's own threads, newest first. */
export const chatThreadsRoute: ViewerRoute = {
  method: 'GET',
  path: '/chat/threads',
  access: 'viewer',
  summary: "The viewer's chat threads, newest first (?limit=, at most 100).",
  handle: async ({ url, viewer, server }) => {
    const requested = url.searchParams.get('limit');
    const parsed = requested === null ? { success: true as const, data: 20 } : LimitSchema.safeParse(requested);
    const limit = parsed.success ? parsed.data : 20;
    return jsonResponse({ threads: await server.chatStore.listThreads(viewer.userId, limit) });
  },
};

/** `GET /chat/threads/:threadId`: one thread's messages (data parts included); 404 for another user's. */
export const chatThreadRoute: ViewerRoute = {
  method: 'GET',
  path: '/chat/threads/:threadId',
  access: 'viewer',
  summary: "One chat thread with its messages, for restoring a conversation; 404 for another user's thread.",
  handle: async ({ params, viewer, server }) => {
    const thread = await server.chatStore.getThread(params.threadId!, viewer.userId);
    if (!thread) throw new ThreadOwnershipError(params.threadId!);
    return jsonResponse({ id: thread.id, title: thread.title, createdAt: thread.createdAt, updatedAt: thread.updatedAt, messages: thread.messages });
  },
};
