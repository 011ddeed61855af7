import type { IntentAnswer } from '@supportai/core';
import type { TurnWriter } from './turn-writer.js';

/** What the user replies to carry out a proposal, per intent. */
const CONFIRM_PROMPTS: Readonly<Record<string, string>> = {
  'team.rebalance': 'Nothing moves until you confirm: reply “yes” to apply these reassignments, or “no” to cancel.',
  'meetings.schedule': 'Nothing is booked until you confirm: reply “yes” to book it, or “no” to cancel.',
};

/** The sentence asking the user to confirm a proposal. */
export function confirmPromptOf(intent: string): string {
  return CONFIRM_PROMPTS[intent] ?? 'Nothing happens until you confirm: reply “yes” to go ahead, or “no” to cancel.';
}

/**
 * Writes an answer as a `data-answer` part, and for a proposal with side effects a `data-action` part
 * in `pending` state, so the client can offer confirm and cancel buttons.
 */
export function writeAnswer(writer: TurnWriter, answer: IntentAnswer, awaitingConfirmation: boolean): void {
  writer.data('answer', answer);
  if (awaitingConfirmation) writer.data('action', { intent: answer.intent, status: 'pending', message: confirmPromptOf(answer.intent), ids: [] });
}
