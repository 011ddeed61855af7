import { parseViewer, type ConversationTurn, type Viewer } from '@supportai/core';
import { createUIMessageStream, createUIMessageStreamResponse } from 'ai';
import type { PerformConfirmedAction } from '../actions/perform-action.js';
import type { ServerContext } from '../server-context.js';
import { parseChatRequest, type ChatRequest } from './chat-request.js';
import type { ChatTurn } from './chat-turn.js';
import { openThread, userMessageToStore, type OpenThread } from './chat-thread.js';
import { TURN_WITHOUT_INTENT, withTurn } from './conversation-state.js';
import type { ChatMessageMetadata } from '@supportai/core';
import type { ChatUIMessage } from './data-parts.js';
import { answerWithModel, writeNotice } from './model-answer.js';
import { modelHistoryOf } from './model-history.js';
import { answerWithRouter, routeQuestion } from './router-answer.js';
import { createTurnWriter, type ChatChunk, type TurnWriter } from './turn-writer.js';

/** What the chat route hands over: the parsed JSON body, the authenticated viewer and the wiring. */
export interface ChatRequestInput {
  /** The JSON body AI SDK's `DefaultChatTransport` sends: `{ id, messages, trigger, messageId }`. */
  body: unknown;
  /** From the host's `authenticate`; the only viewer the turn is answered for. */
  viewer: Viewer;
  context: ServerContext;
  performConfirmedAction: PerformConfirmedAction;
  /** The request's signal: the turn stops (and is saved as far as it got) when the client goes away. */
  signal?: AbortSignal;
}

const FAILURE_TEXT = 'Sorry, something went wrong on our side while answering. Please try again.';

/**
 * Answers one chat message as an AI SDK UI message stream. The question is the last user message of
 * the body; history and router state come from the chat store, never from the client. With a model the
 * model plans with the viewer's intent tools; without one (or when it fails) the router answers.
 * Throws `ContractError` for a bad body and `ThreadOwnershipError` for another user's thread, before
 * any byte is streamed.
 * @example return handleChatRequest({ body: await request.json(), viewer, context, performConfirmedAction, signal: request.signal });
 */
export async function handleChatRequest(input: ChatRequestInput): Promise<Response> {
  const { context } = input;
  const request = parseChatRequest(input.body, context.chatLimits.maxMessageCharacters);
  const viewer = parseViewer(input.viewer);
  const thread = await openThread(context.chatStore, request, viewer.userId, new Date().toISOString());
  const stream = createUIMessageStream<ChatUIMessage>({
    execute({ writer }) {
      writer.merge(turnStream({ ...input, viewer, request, thread }));
    },
    onError(error) {
      context.logger.error('chat: stream failed', { userId: viewer.userId, error: String(error) });
      return FAILURE_TEXT;
    },
  });
  return createUIMessageStreamResponse({ stream });
}

interface TurnSetup extends ChatRequestInput {
  viewer: Viewer;
  request: ChatRequest;
  thread: OpenThread;
}

/**
 * The turn as a stream of its own, so that the client going away (the response body cancelled, or the
 * request aborted) reaches the turn's signal and stops the model.
 */
function turnStream(setup: TurnSetup): ReadableStream<ChatChunk> {
  const turnAbort = new AbortController();
  const clientSignal = setup.signal;
  const onClientAbort = () => turnAbort.abort(clientSignal?.reason);
  if (clientSignal?.aborted) onClientAbort();
  else clientSignal?.addEventListener('abort', onClientAbort, { once: true });
  return new ReadableStream<ChatChunk>({
    start(controller) {
      const send = (chunk: ChatChunk) => {
        if (turnAbort.signal.aborted) return;
        try {
          controller.enqueue(chunk);
        } catch {
          // The reader is gone; the turn still runs to its end to be saved.
        }
      };
      void runTurn(setup, send, turnAbort.signal).finally(() => {
        clientSignal?.removeEventListener('abort', onClientAbort);
        try {
          controller.close();
        } catch {
          // Already cancelled by the reader.
        }
      });
    },
    cancel(reason) {
      turnAbort.abort(reason);
    },
  });
}

async function runTurn(setup: TurnSetup, send: (chunk: ChatChunk) => void, signal: AbortSignal): Promise<void> {
  const { context, viewer, request, thread } = setup;
  const writer = createTurnWriter(context.createId(), send);
  const createdAt = new Date().toISOString();
  let answeredBy: ChatMessageMetadata['answeredBy'] = context.model ? 'model' : 'router';
  let conversationTurn: ConversationTurn = TURN_WITHOUT_INTENT;
  writer.start({ createdAt, answeredBy });
  try {
    const turn: ChatTurn = {
      question: request.question.text,
      viewer,
      context,
      conversation: thread.conversation,
      writer,
      performConfirmedAction: setup.performConfirmedAction,
      signal,
      data: await context.snapshot(),
    };
    const route = routeQuestion(turn);
    // A "yes" or "no" to a pending proposal is settled by the router even with a model: it must be exact.
    if (context.model && !route.confirmed && !route.cancelled) {
      const outcome = await answerWithModel(turn, context.model, await modelHistoryOf(thread.messages, context.chatLimits.historyMessages));
      conversationTurn = outcome.turn;
      answeredBy = outcome.answeredBy;
    } else {
      conversationTurn = await answerWithRouter(turn, route);
      answeredBy = 'router';
    }
  } catch (error) {
    context.logger.error('chat: turn failed', { userId: viewer.userId, threadId: request.threadId, error: String(error) });
    writer.error(FAILURE_TEXT);
  }
  const metadata: ChatMessageMetadata = { createdAt, answeredBy };
  await saveTurn(setup, writer, conversationTurn, metadata);
  writer.finish(metadata);
}

/** Saves the question, the answer as far as it got and the router state; a failure is logged and told. */
async function saveTurn(setup: TurnSetup, writer: TurnWriter, conversationTurn: ConversationTurn, metadata: ChatMessageMetadata): Promise<void> {
  const { context, viewer, request, thread } = setup;
  const userMessage = userMessageToStore(thread, request, context.createId);
  const assistantMessage: ChatUIMessage = { ...writer.message(), metadata };
  const messages = [...(userMessage ? [userMessage] : []), ...(assistantMessage.parts.length > 0 ? [assistantMessage] : [])];
  try {
    await context.chatStore.saveTurn({
      threadId: request.threadId,
      userId: viewer.userId,
      title: thread.title,
      messages,
      conversation: withTurn(thread.conversation, conversationTurn),
      at: new Date().toISOString(),
      // A regenerated answer replaces the one the client dropped, so the thread keeps one answer a question.
      ...(userMessage === null ? { replaceAfterMessageId: request.question.id } : {}),
    });
  } catch (error) {
    context.logger.error('chat: turn not saved', { userId: viewer.userId, threadId: request.threadId, error: String(error) });
    writeNotice(writer, 'turn_not_saved');
  }
}
