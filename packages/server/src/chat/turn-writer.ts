import type { InferUIMessageChunk } from 'ai';
import type { ChatDataParts, ChatMessageMetadata } from '@supportai/core';
import type { ChatUIMessage } from './data-parts.js';

export type ChatChunk = InferUIMessageChunk<ChatUIMessage>;
type ChatPart = ChatUIMessage['parts'][number];

/**
 * Writes one assistant message to the UI message stream and keeps a copy of everything written, so
 * the turn can be saved as it stands, also when the client went away before reading it all.
 */
export interface TurnWriter {
  readonly messageId: string;
  /** Opens the message; call once, first. */
  start(metadata: ChatMessageMetadata): void;
  /** A whole text part. */
  text(text: string): void;
  /** Streams a text part: open, deltas, close. */
  textStart(): string;
  textDelta(textId: string, delta: string): void;
  textEnd(textId: string): void;
  /** A typed data part (`data-answer`, `data-notice`, …). */
  data<Name extends keyof ChatDataParts>(name: Name, data: ChatDataParts[Name]): void;
  /** Tells the client the turn failed (an `error` chunk); not part of the saved message. */
  error(errorText: string): void;
  /** Closes the message, updating its metadata. */
  finish(metadata: ChatMessageMetadata): void;
  /** Whether any text was written (model text or template). */
  readonly hasText: boolean;
  /** The message as written so far. */
  message(): ChatUIMessage;
}

/**
 * @param send where chunks go; it must not throw when the reader has gone (the caller swallows that).
 */
export function createTurnWriter(messageId: string, send: (chunk: ChatChunk) => void): TurnWriter {
  const parts: ChatPart[] = [];
  const openTexts = new Map<string, { type: 'text'; text: string; state?: 'streaming' | 'done' }>();
  let metadata: ChatMessageMetadata | undefined;
  let textCount = 0;
  let hasText = false;

  const textStart = (): string => {
    textCount += 1;
    const textId = `${messageId}-text-${textCount}`;
    const part = { type: 'text' as const, text: '', state: 'streaming' as const };
    parts.push(part);
    openTexts.set(textId, part);
    send({ type: 'text-start', id: textId });
    return textId;
  };
  const textDelta = (textId: string, delta: string): void => {
    const part = openTexts.get(textId);
    if (!part || delta === '') return;
    part.text += delta;
    hasText = true;
    send({ type: 'text-delta', id: textId, delta });
  };
  const textEnd = (textId: string): void => {
    const part = openTexts.get(textId);
    if (!part) return;
    part.state = 'done';
    openTexts.delete(textId);
    send({ type: 'text-end', id: textId });
  };

  return {
    messageId,
    start(startMetadata) {
      metadata = startMetadata;
      send({ type: 'start', messageId, messageMetadata: startMetadata });
    },
    text(text) {
      const textId = textStart();
      textDelta(textId, text);
      textEnd(textId);
    },
    textStart,
    textDelta,
    textEnd,
    data(name, data) {
      parts.push({ type: `data-${name}`, data } as ChatPart);
      send({ type: `data-${name}`, data } as ChatChunk);
    },
    error(errorText) {
      send({ type: 'error', errorText });
    },
    finish(finishMetadata) {
      for (const textId of [...openTexts.keys()]) textEnd(textId);
      metadata = finishMetadata;
      send({ type: 'finish', messageMetadata: finishMetadata });
    },
    get hasText() {
      return hasText;
    },
    message() {
      // A text cut off by an abort is saved as far as it got, marked done: nothing will resume it.
      const saved = parts
        .filter((part) => part.type !== 'text' || part.text !== '')
        .map((part) => (part.type === 'text' ? { type: 'text' as const, text: part.text, state: 'done' as const } : structuredClone(part)));
      return { id: messageId, role: 'assistant', parts: saved, ...(metadata ? { metadata } : {}) };
    },
  };
}
