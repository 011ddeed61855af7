import type { ConversationTurn, IntentParams } from '@supportai/core';
import { refusalOf } from './answer-errors.js';
import type { ChatTurn } from './chat-turn.js';

/**
 * Settles the proposal the previous turn left waiting: a "yes" carries it out through the host's
 * confirmed-action handler (which recomputes it from current data in the viewer's scope), a "no"
 * drops it. Either way the proposal is no longer pending afterwards.
 */
export async function settlePendingAction(turn: ChatTurn, pending: { intent: string; params: IntentParams; confirmed: boolean }): Promise<ConversationTurn> {
  const { writer, viewer, context } = turn;
  const settled: ConversationTurn = { intent: pending.intent, params: pending.params };
  if (!pending.confirmed) {
    const message = 'Cancelled: nothing was changed.';
    writer.data('action', { intent: pending.intent, status: 'cancelled', message, ids: [] });
    writer.text(message);
    return settled;
  }
  try {
    const outcome = await turn.performConfirmedAction({ intent: pending.intent, params: pending.params, viewer, context });
    writer.data('action', { intent: outcome.intent, status: outcome.status, message: outcome.message, ids: outcome.ids });
    writer.text(outcome.message);
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) context.logger.error('chat: confirmed action failed', { intent: pending.intent, userId: viewer.userId, error: String(error) });
    const message = refusal?.text ?? 'The action could not be completed because of an error on our side. Check its state before trying again.';
    writer.data('action', { intent: pending.intent, status: 'failed', message, ids: [] });
    writer.text(message);
  }
  return settled;
}
