import { performConfirmedAction } from '../actions/confirmed-actions.js';
import { handleChatRequest } from '../chat/handle-chat-request.js';
import type { ViewerRoute } from '../handler/route.js';

/** `POST /chat`: one chat turn as an AI SDK UI message stream (what `useChat` sends and reads). */
export const chatRoute: ViewerRoute = {
  method: 'POST',
  path: '/chat',
  access: 'viewer',
  summary: "Chat turn (AI SDK UI message stream): body as useChat's DefaultChatTransport sends it ({ id, messages }); answers carry data-answer parts.",
  handle: async (context) =>
    handleChatRequest({ body: await context.readJson(), viewer: context.viewer, context: context.server, performConfirmedAction, signal: context.request.signal }),
};
