import { answerIntent } from '@supportai/core';
import * as z from 'zod';
import { describeRoutedAnswer, routeQuestion } from '../chat/router-answer.js';
import type { ViewerRoute } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';
import { parseBody } from './parse-body.js';

/** The body, with the same length limit as a chat message (`limits.chat.maxMessageCharacters`). */
function askSchema(maxCharacters: number) {
  return z.strictObject({ question: z.string().trim().min(1, 'must not be empty').max(maxCharacters, `must be at most ${maxCharacters} characters`) });
}

/**
 * `POST /ask`: one question in plain JSON, answered by the router without a model — handy from curl and
 * for hosts that do not stream. Proposals are returned, never carried out (that needs the chat's "yes").
 */
export const askRoute: ViewerRoute = {
  method: 'POST',
  path: '/ask',
  access: 'viewer',
  summary: 'One question in plain JSON ({ "question": "Which customers are at risk of churning?" }): the routed intent, its answer and a short text.',
  handle: async (context) => {
    const { viewer, server } = context;
    const { question } = await parseBody(context, askSchema(server.chatLimits.maxMessageCharacters), 'AskRequest');
    const data = await server.snapshot();
    const route = routeQuestion({ question, viewer, conversation: { turns: [] }, context: server, data });
    const routed = {
      intent: route.intent,
      params: route.params,
      confidence: route.confidence,
      refused: route.refused ?? false,
      clarification: route.clarification ?? false,
      reason: route.reason ?? null,
      interpretation: route.interpretation ?? null,
      suggestions: route.suggestions ?? [],
      candidates: route.candidates ?? [],
    };
    if (route.refused || !route.intent) return jsonResponse({ route: routed, answer: null, text: route.reason ?? 'I can’t answer that one.' });
    const answer = answerIntent(route.intent, { data, viewer, params: route.params, now: server.now() });
    return jsonResponse({ route: routed, answer, text: describeRoutedAnswer(answer, route.interpretation) });
  },
};
