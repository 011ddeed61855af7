import type { Conversation, ConversationTurn } from './types.js';

const CONFIRMATIONS = new Set([
  'yes', 'y', 'yep', 'yeah', 'yup', 'ok', 'okay', 'k', 'sure', 'confirm', 'confirmed', 'do it', 'go ahead', 'go for it',
  'book it', 'schedule it', 'apply it', 'apply', 'send it', 'sounds good', 'please do', 'yes please', 'ok do it',
  'yes do it', 'lets do it', 'perfect', 'great', 'approved', 'approve', 'correct', 'yes book it', 'ok book it', '👍',
]);
const REFUSALS = new Set(['no', 'n', 'nope', 'nah', 'cancel', 'stop', 'dont', 'do not', 'never mind', 'nevermind', 'not now', 'no thanks', 'abort', 'forget it']);

/** Whether a short reply confirms (`'confirm'`), declines (`'cancel'`) or is neither. */
export function replyKind(text: string): 'confirm' | 'cancel' | null {
  const normalised = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (CONFIRMATIONS.has(normalised)) return 'confirm';
  if (REFUSALS.has(normalised)) return 'cancel';
  return null;
}

/** The previous turn, when it is waiting for a yes or a no. */
export function pendingAction(conversation: Conversation | undefined): ConversationTurn | undefined {
  const last = conversation?.turns?.[conversation.turns.length - 1];
  return last?.awaitingConfirmation && last.intent ? last : undefined;
}

/** The last turn that had an intent, for follow-ups such as "what about last month?". */
export function previousIntentTurn(conversation: Conversation | undefined): ConversationTurn | undefined {
  const turns = conversation?.turns ?? [];
  for (let index = turns.length - 1; index >= 0; index -= 1) if (turns[index]?.intent) return turns[index];
  return undefined;
}

/** A question that only changes the previous one's entities: "what about last month?", "and for urgent ones". */
export const FOLLOW_UP_OPENING = /^\s*(?:what|how)\s+about\b|^\s*(?:and|same|now|ok|okay|also)\b|^\s*(?:for|in|over)\s/i;
