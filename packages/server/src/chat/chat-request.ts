import { ContractError, parseWith } from '@supportai/core';
import * as z from 'zod';

/** What the server takes from a chat request: the thread and the new question, nothing else. */
export interface ChatRequest {
  threadId: string;
  trigger: 'submit-message' | 'regenerate-message';
  question: {
    /** The client's id for the user message, kept so both sides name it alike. */
    id: string;
    text: string;
  };
}

const IdText = z.string().min(1, 'must be a non-empty string').max(200, 'must be at most 200 characters');

// The body AI SDK's DefaultChatTransport sends. Parts are left loose here: only the last message's text
// parts are read, and everything else the client sends (its copy of the history, assistant and tool
// parts, extra body fields) is ignored, because the thread's history lives in the chat store.
const ChatRequestBodySchema = z.object({
  id: IdText,
  messages: z
    .array(
      z.object({
        id: IdText,
        role: z.enum(['system', 'user', 'assistant']),
        parts: z.array(z.object({ type: z.string() }).loose()),
      }),
    )
    .min(1, 'must contain the question as a user message'),
  trigger: z.enum(['submit-message', 'regenerate-message']).default('submit-message'),
  messageId: z.string().optional().nullable(),
});

const TextPartSchema = z.object({ type: z.literal('text'), text: z.string() });

/**
 * Validates a chat request body and extracts the question: the text of the last message, which must
 * come from the user. Throws a `ContractError` naming each bad field (a 400 at the handler).
 * @example parseChatRequest({ id: 't1', messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'hi' }] }] }, 4000)
 */
export function parseChatRequest(body: unknown, maxMessageCharacters: number): ChatRequest {
  const parsed = parseWith(ChatRequestBodySchema, body, 'ChatRequest');
  const index = parsed.messages.length - 1;
  const last = parsed.messages[index]!;
  if (last.role !== 'user') {
    throw new ContractError('ChatRequest', [{ path: `messages.${index}.role`, message: 'must be "user": the last message is the question to answer' }]);
  }
  const text = last.parts
    .flatMap((part) => {
      const textPart = TextPartSchema.safeParse(part);
      return textPart.success ? [textPart.data.text] : [];
    })
    .join('\n')
    .trim();
  if (text === '') throw new ContractError('ChatRequest', [{ path: `messages.${index}.parts`, message: 'must contain a text part with the question' }]);
  if (text.length > maxMessageCharacters) {
    throw new ContractError('ChatRequest', [{ path: `messages.${index}.parts`, message: `must be at most ${maxMessageCharacters} characters of text (got ${text.length})` }]);
  }
  return { threadId: parsed.id, trigger: parsed.trigger, question: { id: last.id, text } };
}
