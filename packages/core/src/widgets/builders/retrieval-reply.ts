import { SupportAIError } from '../../errors/supportai-error.js';
import { kbIndexFor, replyDraftContext } from '../../retrieval/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { ReplyDraftPayload } from '../payloads/retrieval-reply-payloads.js';
import { kbHitPayload, similarTicketPayload, ticketInScope } from './retrieval-shapes.js';
import { ticketRow } from './ticket-rows.js';

/**
 * reply.draft: a template reply to a ticket in scope, in the asked tone (else the one the customer's mood
 * calls for), citing knowledge-base articles; every piece names its sources. Similar tickets come from the
 * viewer's scope. `method: 'template'`: no language model wrote it.
 * @throws SupportAIError `invalid_input` without a ticket id; NotFoundError for a ticket outside the scope.
 */
export function buildReplyDraft(context: AnswerContext): ReplyDraftPayload {
  const { scope, params } = context;
  if (!params.ticketId) throw new SupportAIError('invalid_input', 'Which ticket should the reply be for?', [{ path: 'ticketId', message: 'name the ticket, e.g. DESK-1002' }]);
  const ticket = ticketInScope(context, params.ticketId);
  const draftContext = replyDraftContext({
    ticketId: ticket.id,
    data: { tickets: scope.tickets, kbArticles: scope.kbArticles, agents: scope.agents, accounts: scope.accounts },
    tone: params.tone,
  });
  const kbIndex = kbIndexFor(scope.kbArticles);
  const { draft } = draftContext;
  return {
    method: 'template',
    ticketId: ticket.id,
    ticket: ticketRow(ticket, context),
    tone: { tone: draftContext.tone.tone, source: draftContext.tone.source, evidence: draftContext.tone.evidence },
    lastCustomerMessage: draftContext.lastCustomerMessage,
    kbQueryTerms: draftContext.kbQueryTerms.map(({ term, word, documentFrequency, inverseDocumentFrequency }) => ({ term, word, documentFrequency, inverseDocumentFrequency })),
    articles: draftContext.articles.map((hit) => kbHitPayload(hit, kbIndex.get(hit.articleId)!.article)),
    similarTickets: draftContext.similarTickets.map((similar) => similarTicketPayload(similar, context)),
    draft: {
      greeting: draft.greeting,
      acknowledgement: draft.acknowledgement,
      stepsIntroduction: draft.stepsIntroduction,
      steps: draft.steps,
      citations: draft.citations,
      signOff: draft.signOff,
    },
    configVersion: draftContext.configVersion,
    provenance: {
      computedBy: 'replyDraftContext',
      inputs: { ticketId: ticket.id, tone: params.tone ?? null, articleCount: scope.kbArticles.length, ticketsSearched: scope.tickets.length },
    },
  };
}
