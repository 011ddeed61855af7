import { answerIntent, type IntentAnswer, type IntentParams } from '@supportai/core';
import type { ViewerRouteContext } from '../handler/route.js';

/** Answers one intent for the route's viewer on the current snapshot: the path every route shares. */
export async function answerFor(context: Pick<ViewerRouteContext, 'server' | 'viewer'>, intent: string, params: IntentParams = {}): Promise<IntentAnswer> {
  const data = await context.server.snapshot();
  return answerIntent(intent, { data, viewer: context.viewer, params, now: context.server.now() });
}
