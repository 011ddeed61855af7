import type { Ticket } from '../../contracts/ticket.js';
import { slaLevelCounts } from '../../scoring/service-levels/ticket-sla-level.js';
import type { AnswerContext } from '../answer-context.js';
import type * as z from 'zod';
import type { TicketTablePayloadSchema } from '../payloads/ticket-payloads.js';
import { byUrgency, OPEN_STATUSES, ticketRow } from './ticket-rows.js';

type TicketTable = z.infer<typeof TicketTablePayloadSchema>;

/** @default 25 */
export const DEFAULT_TABLE_LIMIT = 25;

interface TableFilter {
  statuses: readonly Ticket['status'][];
  escalatedOnly?: boolean;
  assigneeId?: string | null;
}

/** A ticket table over the viewer's tickets: filters from the question, most urgent first. */
export function ticketTable(context: AnswerContext, filter: TableFilter): TicketTable {
  const { params } = context;
  const from = params.period ? Date.parse(params.period.from) : null;
  const to = params.period ? Date.parse(params.period.to) : null;
  const statuses = new Set(filter.statuses);
  const matching = context.scope.tickets.filter((ticket) => {
    if (!statuses.has(ticket.status)) return false;
    if (filter.escalatedOnly && ticket.escalated !== true) return false;
    if (filter.assigneeId && ticket.assigneeId !== filter.assigneeId) return false;
    if (params.priority && ticket.priority !== params.priority) return false;
    const createdAt = Date.parse(ticket.createdAt);
    return (from === null || createdAt >= from) && (to === null || createdAt < to);
  });
  const rows = matching.map((ticket) => ticketRow(ticket, context)).sort(byUrgency);
  return {
    rows: rows.slice(0, params.limit ?? DEFAULT_TABLE_LIMIT),
    total: rows.length,
    filters: {
      statuses: [...statuses],
      priority: params.priority ?? null,
      from: params.period?.from ?? null,
      to: params.period?.to ?? null,
      escalatedOnly: filter.escalatedOnly === true,
      assigneeId: filter.assigneeId ?? null,
    },
    counts: slaLevelCounts(rows),
  };
}

const OPEN = [...OPEN_STATUSES];
const ALL_STATUSES: Ticket['status'][] = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'];

/** tickets.list: the viewer's current tickets (open ones; a period widens it to every status). */
export const buildTicketsList = (context: AnswerContext) => ticketTable(context, { statuses: context.params.period ? ALL_STATUSES : OPEN });

/** tickets.mine: the agent's own open tickets. */
export const buildTicketsMine = (context: AnswerContext) => ticketTable(context, { statuses: OPEN, assigneeId: context.scope.viewer.agentId ?? null });

/** tickets.escalated: open escalated tickets in scope. */
export const buildTicketsEscalated = (context: AnswerContext) => ticketTable(context, { statuses: OPEN, escalatedOnly: true });
