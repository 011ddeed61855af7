import { defaultIntentRegistry, type IntentAnswer, type IntentParams } from '@supportai/core';
import type { ViewerRoute, ViewerRouteContext } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';
import { answerFor } from './answer-for.js';
import { paramsFromQuery } from './answers.js';

/** `GET /tickets?priority=urgent&limit=50`: the viewer's tickets (all of them for an executive). */
export const ticketListRoute: ViewerRoute = {
  method: 'GET',
  path: '/tickets',
  access: 'viewer',
  summary: "The viewer's tickets as a table (?priority=, ?days=, ?limit=).",
  handle: async (context) => jsonResponse(await answerFor(context, 'tickets.list', paramsFromQuery(context.url.searchParams))),
};

/** `GET /tickets/:ticketId`: one ticket with its SLA clocks; 404 outside the viewer's scope. */
export const ticketDetailRoute: ViewerRoute = {
  method: 'GET',
  path: '/tickets/:ticketId',
  access: 'viewer',
  summary: "One ticket with its SLA clocks; 404 when it is outside the viewer's scope.",
  handle: async (context) => jsonResponse(await answerFor(context, 'ticket.show', { ticketId: context.params.ticketId! })),
};

/** The three helpers of the ticket-assist panel; each is null when the persona may not ask it. */
export interface TicketAssistBody {
  ticketId: string;
  similar: IntentAnswer | null;
  knowledgeBase: IntentAnswer | null;
  draft: IntentAnswer | null;
}

/** `GET /tickets/:ticketId/assist?tone=empathetic`: similar resolved tickets, KB articles and a reply draft. */
export const ticketAssistRoute: ViewerRoute = {
  method: 'GET',
  path: '/tickets/:ticketId/assist',
  access: 'viewer',
  summary: 'Ticket assist: similar resolved tickets, KB articles for its subject and a reply draft (?tone=).',
  handle: async (context) => {
    const ticketId = context.params.ticketId!;
    // The detail answer checks scope first: a foreign ticket is a 404 before anything else is computed.
    const detail = await answerFor(context, 'ticket.show', { ticketId });
    const subject = subjectOf(detail);
    const tone = context.url.searchParams.get('tone');
    const body: TicketAssistBody = {
      ticketId,
      similar: await ifAllowed(context, 'tickets.similar', () => answerFor(context, 'tickets.similar', { ticketId })),
      knowledgeBase: subject ? await ifAllowed(context, 'kb.search', () => answerFor(context, 'kb.search', { topic: subject.slice(0, 500) })) : null,
      // The tone is checked by the intent's schema like any param: an unknown one is a 400 naming `tone`.
      draft: await ifAllowed(context, 'reply.draft', () => answerFor(context, 'reply.draft', { ticketId, ...(tone ? { tone } : {}) } as IntentParams)),
    };
    return jsonResponse(body);
  },
};

async function ifAllowed(context: ViewerRouteContext, intent: string, answer: () => Promise<IntentAnswer>): Promise<IntentAnswer | null> {
  return defaultIntentRegistry.get(intent)?.personas.includes(context.viewer.persona) ? answer() : null;
}

function subjectOf(detail: IntentAnswer): string | null {
  const ticket = (detail.data as { ticket?: { subject?: unknown } }).ticket;
  return typeof ticket?.subject === 'string' && ticket.subject.trim() !== '' ? ticket.subject : null;
}
