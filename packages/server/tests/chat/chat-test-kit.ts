import type { Viewer } from '@supportai/core';
import { generateDemoDataset } from '@supportai/core/demo';
import { DefaultChatTransport, readUIMessageStream, type LanguageModel, type UIMessageChunk } from 'ai';
import type { ActionOutcome, PerformConfirmedAction } from '../../src/actions/perform-action.js';
import type { ChatStore } from '../../src/chat-store/chat-store.js';
import { createMemoryChatStore } from '../../src/chat-store/memory-chat-store.js';
import { handleChatRequest } from '../../src/chat/handle-chat-request.js';
import type { ChatDataParts } from '@supportai/core';
import type { ChatUIMessage } from '../../src/chat/data-parts.js';
import { createMemoryDataSource } from '../../src/data-source/memory-data-source.js';
import { silentLogger } from '../../src/logging/logger.js';
import type { ChatLimits, ServerContext } from '../../src/server-context.js';

/** The small demo dataset every chat test answers from. */
export const dataset = generateDemoDataset({ seed: 1, size: 'small' });

const accountIdsOf = (csmId: string) => dataset.accounts.filter((account) => account.csmId === csmId).map((account) => account.id);

/** One real viewer per persona, from the dataset. */
export const viewers = {
  agent: { userId: 'user-agent-7', persona: 'agent', agentId: 'agent-7', teamId: 'team-americas' },
  otherAgent: { userId: 'user-agent-1', persona: 'agent', agentId: 'agent-1', teamId: 'team-europe' },
  manager: { userId: 'user-manager-americas', persona: 'manager', teamId: 'team-americas' },
  csm: { userId: 'csm-1', persona: 'csm', accountIds: accountIdsOf('csm-1') },
  executive: { userId: 'user-executive', persona: 'executive' },
} satisfies Record<string, Viewer>;

export const DEFAULT_LIMITS: ChatLimits = { maxSteps: 5, timeoutMs: 30_000, maxOutputTokens: 1200, tokenBudget: 20_000, maxMessageCharacters: 4000, historyMessages: 20 };

/** A server context over the demo dataset, a memory chat store and the dataset's clock. */
export function createTestContext(options: { model?: LanguageModel; chatLimits?: Partial<ChatLimits>; chatStore?: ChatStore } = {}): ServerContext {
  let nextId = 0;
  return {
    source: createMemoryDataSource(dataset),
    snapshot: async () => dataset,
    chatStore: options.chatStore ?? createMemoryChatStore(),
    actions: {},
    logger: silentLogger,
    model: options.model,
    chatLimits: { ...DEFAULT_LIMITS, ...options.chatLimits },
    now: () => new Date(dataset.now),
    createId: () => `server-id-${(nextId += 1)}`,
  };
}

/** A confirmed-action handler that records its calls and reports success. */
export function recordingActionHandler(): PerformConfirmedAction & { calls: Parameters<PerformConfirmedAction>[0][] } {
  const calls: Parameters<PerformConfirmedAction>[0][] = [];
  const perform = async (input: Parameters<PerformConfirmedAction>[0]): Promise<ActionOutcome> => {
    calls.push(input);
    return { status: 'done', intent: input.intent, message: 'Moved 3 tickets.', ids: ['T-1', 'T-2', 'T-3'] };
  };
  return Object.assign(perform, { calls });
}

export function userMessage(id: string, text: string): ChatUIMessage {
  return { id, role: 'user', parts: [{ type: 'text', text }] };
}

export interface ChatExchange {
  /** The assistant message as the AI SDK client assembled it from the stream. */
  message: ChatUIMessage;
  /** The chunks as the client parsed them. */
  chunks: UIMessageChunk[];
  /** The raw response body (server-sent events), to search for anything that must not be there. */
  raw: string;
}

export interface SendOptions {
  context: ServerContext;
  viewer: Viewer;
  threadId: string;
  /** What the client sends: its copy of the thread, the question last. */
  messages: ChatUIMessage[];
  performConfirmedAction?: PerformConfirmedAction;
  abortSignal?: AbortSignal;
  /** @default 'submit-message' */
  trigger?: 'submit-message' | 'regenerate-message';
  /** Called with each chunk as the client parses it, e.g. to abort mid-stream. */
  onChunk?: (chunk: UIMessageChunk) => void;
}

/**
 * Sends the messages through AI SDK's own `DefaultChatTransport` (the body `useChat` posts, the SSE
 * parsing it does) to `handleChatRequest`, and reads the reply with `readUIMessageStream`.
 */
export async function sendChat(options: SendOptions): Promise<ChatExchange> {
  let raw = '';
  const rawDone: Promise<void>[] = [];
  const transport = new DefaultChatTransport<ChatUIMessage>({
    api: 'http://localhost/api/supportai/chat',
    fetch: async (_url, init) => {
      const response = await handleChatRequest({
        body: JSON.parse(String(init?.body)),
        viewer: options.viewer,
        context: options.context,
        performConfirmedAction: options.performConfirmedAction ?? recordingActionHandler(),
        ...(init?.signal ? { signal: init.signal } : {}),
      });
      const [forClient, forTest] = response.body!.tee();
      rawDone.push(
        (async () => {
          const decoder = new TextDecoder();
          const reader = forTest.getReader();
          try {
            for (let read = await reader.read(); !read.done; read = await reader.read()) raw += decoder.decode(read.value, { stream: true });
          } catch {
            // Cancelled with the request.
          }
        })(),
      );
      // Like a real fetch, aborting the request errors the body the client is reading.
      const body = init?.signal ? forClient.pipeThrough(new TransformStream(), { signal: init.signal }) : forClient;
      return new Response(body, { status: response.status, headers: response.headers });
    },
  });
  const stream = await transport.sendMessages({
    trigger: options.trigger ?? 'submit-message',
    chatId: options.threadId,
    messageId: undefined,
    messages: options.messages,
    abortSignal: options.abortSignal,
  });
  const chunks: UIMessageChunk[] = [];
  const observed = stream.pipeThrough(
    new TransformStream<UIMessageChunk, UIMessageChunk>({
      transform(chunk, controller) {
        chunks.push(chunk);
        options.onChunk?.(chunk);
        controller.enqueue(chunk);
      },
    }),
  );
  let message: ChatUIMessage | undefined;
  const errors: unknown[] = [];
  try {
    for await (const snapshot of readUIMessageStream<ChatUIMessage>({ stream: observed, onError: (error) => errors.push(error) })) message = snapshot;
  } catch (error) {
    if (!options.abortSignal?.aborted) throw error;
  }
  if (errors.length > 0 && !options.abortSignal?.aborted) throw new Error(`The client could not read the stream: ${String(errors[0])}`);
  await Promise.all(rawDone);
  return { message: message ?? { id: '', role: 'assistant', parts: [] }, chunks, raw };
}

/** Data parts of one kind, typed. */
export function dataParts<Name extends keyof ChatDataParts>(message: ChatUIMessage, name: Name): ChatDataParts[Name][] {
  return message.parts.flatMap((part) => (part.type === `data-${name}` && 'data' in part ? [part.data as ChatDataParts[Name]] : []));
}

/** The message's text parts, joined. */
export function textOf(message: ChatUIMessage): string {
  return message.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
}
