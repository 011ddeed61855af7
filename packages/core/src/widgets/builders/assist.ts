import { NotFoundError } from '../../errors/access-errors.js';
import type * as z from 'zod';
import { defaultIntentRegistry } from '../../intents/route-query.js';
import { suggestionsFor } from '../../intents/suggestions.js';
import { aiResolvedTickets } from '../../scoring/executive/ai-resolved-tickets.js';
import type { AnswerContext } from '../answer-context.js';
import type { AiResolvedPayloadSchema, HelpPayloadSchema, MessageDraftPayloadSchema } from '../payloads/assist-payloads.js';
import { findByName } from './find-by-name.js';
import { OPEN_STATUSES, ticketRow } from './ticket-rows.js';

/** help: the intents this persona may ask, each with an example question (quick actions first). */
export function buildHelp(context: AnswerContext): z.infer<typeof HelpPayloadSchema> {
  const persona = context.scope.viewer.persona;
  const featured = suggestionsFor(persona, defaultIntentRegistry, 100);
  const quickActions = defaultIntentRegistry.definitions
    .filter((definition) => definition.personas.includes(persona) && definition.id !== 'help')
    .map((definition) => ({
      intent: definition.id,
      title: definition.title,
      description: definition.description,
      example: definition.examples.find((example) => !example.includes('{')) ?? definition.examples[0]!,
    }))
    .sort((left, right) => rank(featured, left.example) - rank(featured, right.example));
  return { persona, quickActions };
}

function rank(featured: readonly string[], example: string): number {
  const index = featured.indexOf(example);
  return index < 0 ? featured.length : index;
}

const TONE_OPENINGS: Record<string, string> = {
  empathetic: 'We know this has been frustrating, and we want to keep you informed.',
  apologetic: 'We are sorry for the disruption this has caused your team.',
  formal: 'We are writing to update you on the matter below.',
  friendly: 'Quick update from the support team!',
  concise: 'A short update:',
  firm: 'We want to be clear about where things stand.',
};

/**
 * message.draft: a message to an account about a topic, with the open tickets it concerns. Template, not an LLM.
 * @throws NotFoundError for a named account outside the scope.
 */
export function buildMessageDraft(context: AnswerContext): z.infer<typeof MessageDraftPayloadSchema> {
  const account = findByName(context.scope.accounts, context.params.accountName);
  // A message to an account the viewer cannot see must not go out listing the tickets of the ones they can.
  if (context.params.accountName && !account) throw new NotFoundError('account', context.params.accountName);
  const topic = context.params.topic ?? null;
  const tone = context.params.tone ?? 'formal';
  const topicWords = (topic ?? '').toLowerCase().split(/\W+/).filter((word) => word.length > 3);
  const related = context.scope.tickets
    .filter((ticket) => (!account || ticket.accountId === account.id) && OPEN_STATUSES.has(ticket.status))
    .filter((ticket) => topicWords.length === 0 || topicWords.some((word) => `${ticket.subject} ${ticket.category} ${ticket.tags.join(' ')}`.toLowerCase().includes(word)))
    .slice(0, 5)
    .map((ticket) => ticketRow(ticket, context));
  const subject = topic ? `Update: ${topic}` : 'An update from support';
  const ticketLine = related.length === 0 ? 'There are no open tickets on this for your account.' : `This concerns ${related.length} open ticket${related.length === 1 ? '' : 's'}: ${related.map((row) => row.id).join(', ')}.`;
  return {
    method: 'template',
    accountId: account?.id ?? null,
    accountName: account?.name ?? context.params.accountName ?? null,
    topic,
    tone,
    subject,
    greeting: account ? `Hello ${account.name} team,` : 'Hello,',
    paragraphs: [TONE_OPENINGS[tone] ?? TONE_OPENINGS['formal']!, ticketLine, 'We will follow up as soon as there is more to share.'],
    signOff: 'Best regards,\nCustomer Support',
    relatedTickets: related,
  };
}

/**
 * ai.resolved: tickets resolved by the AI in the period (default today) among the viewer's tickets, counted
 * by the board's rule (`aiResolvedTickets`: an AI solve followed by a human within the recontact window is
 * not the AI's), latest solve first, against every ticket solved in the period.
 */
export function buildAiResolved(context: AnswerContext): z.infer<typeof AiResolvedPayloadSchema> {
  const day = 86_400_000;
  const from = context.params.period ? Date.parse(context.params.period.from) : Math.floor(context.now.getTime() / day) * day;
  const to = context.params.period ? Date.parse(context.params.period.to) : from + day;
  const report = aiResolvedTickets({ data: context.scope, now: context.now, period: { from: new Date(from), to: new Date(to) } });
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    aiResolvedCount: report.count,
    solvedCount: report.solvedCount,
    aiShareOfSolved: report.shareOfSolved,
    tickets: report.ticketIds.slice(0, context.params.limit ?? 25).map((ticketId) => ticketRow(context.scope.ticketById.get(ticketId)!, context)),
  };
}
