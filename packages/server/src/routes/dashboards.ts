import { ForbiddenError, PERSONA_DASHBOARDS, PersonaSchema, parseWith, type IntentAnswer, type Persona } from '@supportai/core';
import type { ViewerRoute, ViewerRouteContext } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';
import { answerFor } from './answer-for.js';

/** A whole dashboard: every panel's answer, computed against one clock. */
export interface DashboardBody {
  persona: Persona;
  asOf: string;
  panels: IntentAnswer[];
}

const PERSONA_TITLES: Record<Persona, string> = { executive: 'executives', manager: 'support managers', agent: 'support agents', csm: 'client success managers' };

async function dashboardOf(context: ViewerRouteContext, persona: Persona): Promise<Response> {
  if (persona !== context.viewer.persona) throw new ForbiddenError(`The ${persona} dashboard is for ${PERSONA_TITLES[persona]}.`);
  const panels: IntentAnswer[] = [];
  // One clock for every panel, so the figures agree with each other.
  const now = context.server.now();
  const server = { ...context.server, now: () => now };
  for (const intent of PERSONA_DASHBOARDS[persona]) panels.push(await answerFor({ viewer: context.viewer, server }, intent));
  return jsonResponse({ persona, asOf: now.toISOString(), panels } satisfies DashboardBody);
}

/** `GET /dashboard`: the viewer's own persona dashboard. */
export const ownDashboardRoute: ViewerRoute = {
  method: 'GET',
  path: '/dashboard',
  access: 'viewer',
  summary: "The viewer's persona dashboard: every panel's answer in one response.",
  handle: (context) => dashboardOf(context, context.viewer.persona),
};

/** `GET /dashboards/:persona`: a named dashboard; only the viewer's own persona is allowed (403 otherwise). */
export const dashboardRoute: ViewerRoute = {
  method: 'GET',
  path: '/dashboards/:persona',
  access: 'viewer',
  summary: 'A persona dashboard by name (executive, manager, agent, csm); 403 for another persona.',
  handle: (context) => dashboardOf(context, parseWith(PersonaSchema, context.params.persona, 'persona')),
};
