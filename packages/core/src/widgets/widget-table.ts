import { ACCOUNT_WIDGETS, arrAtRiskOf, reviewCandidatesOf } from './widget-table-accounts.js';
import { opsWidgets } from './widget-table-ops.js';
import { buildAiResolved, buildHelp, buildMessageDraft } from './builders/assist.js';
import { buildMeetingsSchedule, buildMeetingsToday } from './builders/meetings.js';
import { buildTicketLinks, buildTicketsByAccount, buildTicketShow } from './builders/ticket-details.js';
import { buildTicketsEscalated, buildTicketsList, buildTicketsMine } from './builders/ticket-tables.js';
import { AiResolvedPayloadSchema, HelpPayloadSchema, MeetingListPayloadSchema, MeetingProposalPayloadSchema, MessageDraftPayloadSchema } from './payloads/assist-payloads.js';
import { LinkedIssuesPayloadSchema, TicketDetailPayloadSchema, TicketsByAccountPayloadSchema, TicketTablePayloadSchema } from './payloads/ticket-payloads.js';
import type { WidgetBuilder } from './widget-builder.js';

export type { WidgetBuilder } from './widget-builder.js';

/** Every intent's widget. One table, so the server, the offline assistant and the LLM tools answer alike. */
export const WIDGETS: Readonly<Record<string, WidgetBuilder>> = {
  ...opsWidgets({ organisationDataOf: (context) => context.organisation, arrAtRiskOf }),
  ...ACCOUNT_WIDGETS,
  'tickets.list': { widget: 'ticket-table', schema: TicketTablePayloadSchema, build: buildTicketsList },
  'tickets.mine': { widget: 'ticket-table', schema: TicketTablePayloadSchema, build: buildTicketsMine },
  'tickets.escalated': { widget: 'ticket-table', schema: TicketTablePayloadSchema, build: buildTicketsEscalated },
  'tickets.byAccount': { widget: 'tickets-by-account', schema: TicketsByAccountPayloadSchema, build: buildTicketsByAccount },
  'ticket.show': { widget: 'ticket-detail', schema: TicketDetailPayloadSchema, build: buildTicketShow },
  'tickets.links': { widget: 'linked-issues', schema: LinkedIssuesPayloadSchema, build: buildTicketLinks },
  'ai.resolved': { widget: 'ai-resolved', schema: AiResolvedPayloadSchema, build: buildAiResolved },
  'meetings.today': { widget: 'meeting-list', schema: MeetingListPayloadSchema, build: buildMeetingsToday },
  'meetings.schedule': { widget: 'meeting-proposal', schema: MeetingProposalPayloadSchema, build: (context) => buildMeetingsSchedule(context, reviewCandidatesOf) },
  'message.draft': { widget: 'message-draft', schema: MessageDraftPayloadSchema, build: buildMessageDraft },
  help: { widget: 'help', schema: HelpPayloadSchema, build: buildHelp },
};
