import type * as z from 'zod';
import { NotFoundError } from '../../errors/access-errors.js';
import { evaluateTicketSla } from '../../data/ticket-sla.js';
import { ticketsByAccount } from '../../scoring/accounts/account-tickets.js';
import type { AnswerContext } from '../answer-context.js';
import type { LinkedIssuesPayloadSchema, TicketDetailPayloadSchema, TicketsByAccountPayloadSchema } from '../payloads/ticket-payloads.js';
import { findByName } from './find-by-name.js';
import { byUrgency, OPEN_STATUSES, ticketRow } from './ticket-rows.js';
import { DEFAULT_TABLE_LIMIT } from './ticket-tables.js';

/** ticket.show: one ticket in scope with its timeline and SLA clocks. @throws NotFoundError outside the scope. */
export function buildTicketShow(context: AnswerContext): z.infer<typeof TicketDetailPayloadSchema> {
  const id = context.params.ticketId ?? '';
  const ticket = context.scope.ticketById.get(id) ?? context.scope.ticketById.get(id.toUpperCase());
  if (!ticket) throw new NotFoundError('ticket', id);
  const evaluation = evaluateTicketSla(ticket, context.sla, context.now);
  return {
    ticket: { ...ticketRow(ticket, context), description: ticket.description, tags: ticket.tags, csat: ticket.csat?.rating ?? null, resolvedBy: ticket.resolvedBy },
    events: ticket.events,
    links: ticket.links,
    sla: { instances: evaluation.instances, nextDeadline: evaluation.nextDeadline },
  };
}

/** tickets.byAccount: customers with several open tickets, or one named customer's ticket history. */
export function buildTicketsByAccount(context: AnswerContext): z.infer<typeof TicketsByAccountPayloadSchema> {
  const named = findByName(context.scope.accounts, context.params.accountName);
  if (context.params.accountName && !named) throw new NotFoundError('account', context.params.accountName);
  const minimumOpen = named ? 0 : 2;
  const groups = ticketsByAccount(context.scope.tickets, { minimumOpen, ...(named ? { accountId: named.id } : {}) })
    .slice(0, context.params.limit ?? DEFAULT_TABLE_LIMIT)
    .map((group) => ({
      accountId: group.accountId,
      accountName: context.scope.accountById.get(group.accountId)?.name ?? group.accountId,
      openCount: group.openCount,
      totalCount: group.tickets.length,
      // A named account shows its history newest first; the overview shows what is open, most urgent first.
      tickets: named
        ? group.tickets.map((ticket) => ticketRow(ticket, context)).sort((left, right) => right.createdAt.localeCompare(left.createdAt))
        : group.tickets.filter((ticket) => OPEN_STATUSES.has(ticket.status)).map((ticket) => ticketRow(ticket, context)).sort(byUrgency),
    }));
  return { groups, matchedAccountId: named?.id ?? null, minimumOpen };
}

/** tickets.links: the issues in external trackers linked to the viewer's open tickets. */
export function buildTicketLinks(context: AnswerContext): z.infer<typeof LinkedIssuesPayloadSchema> {
  const wanted = context.params.ticketId;
  const items = context.scope.tickets
    .filter((ticket) => ticket.links.length > 0 && (wanted ? ticket.id === wanted : OPEN_STATUSES.has(ticket.status)))
    .map((ticket) => ({ ticket: ticketRow(ticket, context), links: ticket.links }));
  const byStatus: Record<string, number> = {};
  for (const { links } of items) for (const link of links) byStatus[link.status ?? 'unknown'] = (byStatus[link.status ?? 'unknown'] ?? 0) + 1;
  return { items, byStatus };
}
