import { answerIntent, routeQuery, scopeFor, type ConversationTurn, type IntentParams, type RouteResult, type SupportData, type Viewer } from '@supportai/core';
import { refusalOf } from './answer-errors.js';
import { describeAnswer } from './answer-text/describe-answer.js';
import { confirmPromptOf, writeAnswer } from './answer-parts.js';
import type { ChatTurn } from './chat-turn.js';
import { TURN_WITHOUT_INTENT } from './conversation-state.js';
import { settlePendingAction } from './pending-action.js';

/**
 * Answers the question offline: the router picks the intent, `answerIntent` computes it in the
 * viewer's scope, a `data-answer` part carries it and a template states its key numbers. Also settles a
 * pending proposal on "yes" or "no". Returns the turn for the thread's router state.
 */
export async function answerWithRouter(turn: ChatTurn, route: RouteResult = routeQuestion(turn)): Promise<ConversationTurn> {
  if ((route.confirmed || route.cancelled) && route.intent) {
    return settlePendingAction(turn, { intent: route.intent, params: route.params, confirmed: route.confirmed === true });
  }
  if (route.refused) {
    turn.writer.text(`Sorry, I can’t show you that. ${route.reason ?? ''}`.trim());
    return TURN_WITHOUT_INTENT;
  }
  if (!route.intent) {
    const questions = route.suggestions ?? [];
    turn.writer.data('suggestions', { questions });
    // A clarification offers the closest questions; otherwise the persona's quick actions.
    const lead = route.clarification ? (route.reason ?? 'Did you mean one of these?') : `${route.reason ?? 'I can’t answer that one.'} Here are questions I can answer:`;
    turn.writer.text([lead, ...questions.map((question) => `- ${question}`)].join('\n'));
    return TURN_WITHOUT_INTENT;
  }
  return answerIntentInChat(turn, route.intent, route.params, route.awaitingConfirmation === true, route.interpretation);
}

/** The answer's text; when the router took a guess, it first says how it read the question. */
export function describeRoutedAnswer(answer: Parameters<typeof describeAnswer>[0], interpretation: string | undefined): string {
  return interpretation ? `${interpretation}.\n\n${describeAnswer(answer)}` : describeAnswer(answer);
}

/** Routes the question with the thread's state and the names the viewer may see, for fuzzy matching. */
export function routeQuestion(turn: Pick<ChatTurn, 'question' | 'viewer' | 'conversation' | 'context' | 'data'>): RouteResult {
  const { viewer, data } = turn;
  return routeQuery(turn.question, {
    persona: viewer.persona,
    conversation: turn.conversation,
    now: turn.context.now(),
    timeZone: timeZoneOf(data, viewer),
    names: namesInScope(data, viewer),
  });
}

function answerIntentInChat(turn: ChatTurn, intent: string, params: IntentParams, awaitingConfirmation: boolean, interpretation?: string): ConversationTurn {
  const { writer, viewer, data, context } = turn;
  try {
    const answer = answerIntent(intent, { data, viewer, params, now: context.now() });
    writeAnswer(writer, answer, awaitingConfirmation);
    const text = describeRoutedAnswer(answer, interpretation);
    writer.text(awaitingConfirmation ? `${text}\n\n${confirmPromptOf(intent)}` : text);
    return { intent, params: answer.params, ...(awaitingConfirmation ? { awaitingConfirmation: true } : {}) };
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    writer.text(refusal.text);
    return TURN_WITHOUT_INTENT;
  }
}

/** Account and agent names within the viewer's scope: "acme" resolves only to accounts they may see. */
function namesInScope(data: SupportData, viewer: Viewer): { accounts: string[]; agents: string[] } {
  const scope = scopeFor(data, viewer);
  return { accounts: scope.accounts.map((account) => account.name), agents: scope.agents.map((agent) => agent.name) };
}

/** An agent's own zone decides what "today" means for them; other personas use UTC. */
function timeZoneOf(data: SupportData, viewer: Viewer): string {
  if (viewer.persona !== 'agent') return 'UTC';
  return scopeFor(data, viewer).agentById.get(viewer.agentId ?? '')?.timezone ?? 'UTC';
}
