import type { Conversation, SupportData, Viewer } from '@supportai/core';
import type { PerformConfirmedAction } from '../actions/perform-action.js';
import type { ServerContext } from '../server-context.js';
import type { TurnWriter } from './turn-writer.js';

/** Everything one chat turn works with; the viewer is the server's, never the client's or the model's. */
export interface ChatTurn {
  question: string;
  viewer: Viewer;
  context: ServerContext;
  /** The thread's router state before this turn. */
  conversation: Conversation;
  writer: TurnWriter;
  performConfirmedAction: PerformConfirmedAction;
  /** Aborted when the client goes away (request aborted or stream cancelled). */
  signal: AbortSignal;
  /** The dataset snapshot the turn answers from, taken once. */
  data: SupportData;
}
