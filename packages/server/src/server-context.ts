import type { SupportData } from '@supportai/core';
import type { LanguageModel } from 'ai';
import type { SupportAIActions } from './actions/actions.js';
import type { ChatStore } from './chat-store/chat-store.js';
import type { DataSource } from './data-source/data-source.js';
import type { Logger } from './logging/logger.js';

/** Chat limits: how far a model may go in one turn. */
export interface ChatLimits {
  /** Model steps (tool round-trips) per turn. @default 5 */
  maxSteps: number;
  /** Abort the model after this long and answer offline instead. @default 30000 */
  timeoutMs: number;
  /** Output tokens per step. @default 1200 */
  maxOutputTokens: number;
  /** Total tokens (input + output) per turn before the loop stops. @default 20000 */
  tokenBudget: number;
  /** Longest user message accepted. @default 4000 */
  maxMessageCharacters: number;
  /** Previous messages of the thread sent to the model. @default 20 */
  historyMessages: number;
}

/** What every route gets besides its request: the host's wiring, resolved. */
export interface ServerContext {
  source: DataSource;
  /** The current parsed, frozen dataset (reloaded when the source's revision changes). */
  snapshot(): Promise<SupportData>;
  chatStore: ChatStore;
  actions: SupportAIActions;
  logger: Logger;
  /** The host's model; undefined means the offline router answers. */
  model: LanguageModel | undefined;
  chatLimits: ChatLimits;
  /** The clock figures are computed against (the demo pins it to the dataset's `now`). */
  now(): Date;
  /** Ids for threads, drafts, feedback. */
  createId(): string;
}
