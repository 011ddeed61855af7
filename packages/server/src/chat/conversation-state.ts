import type { Conversation, ConversationTurn } from '@supportai/core';

/** Turns the router needs: a pending confirmation is always the last one, follow-ups look a few back. */
const REMEMBERED_TURNS = 8;

/** A turn that answered nothing the router can follow up on (refusals, suggestions, small talk). */
export const TURN_WITHOUT_INTENT: ConversationTurn = Object.freeze({ intent: null, params: {} });

/** The conversation after one more turn, keeping only the last few. */
export function withTurn(conversation: Conversation, turn: ConversationTurn): Conversation {
  return { turns: [...conversation.turns, turn].slice(-REMEMBERED_TURNS) };
}

/** The state of a thread that has none yet. */
export function emptyConversation(): Conversation {
  return { turns: [] };
}
