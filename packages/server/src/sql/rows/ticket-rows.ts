import type { Ticket } from '@supportai/core';
import type { Insertable, Selectable } from 'kysely';
import type { TicketsTable } from '../database-schema.js';
import { epochMilliseconds, readJson, readJsonObject, readNullableJson, readOptionalBoolean, toJsonText, withDetails, type RowLocation } from './column-values.js';

export type TicketRow = Selectable<TicketsTable>;

/** A ticket as a row: filterable fields in columns, the timeline and the rest as JSON. */
export function ticketToRow(ticket: Ticket, path = 'ticket'): Insertable<TicketsTable> {
  const {
    id, subject, description, status, priority, channel, category, accountId, requesterId, assigneeId, teamId,
    tags, createdAt, updatedAt, solvedAt, events, links, resolvedBy, csat, escalated, ...details
  } = ticket;
  return {
    id,
    subject,
    description,
    status,
    priority,
    channel,
    category,
    account_id: accountId,
    requester_id: requesterId,
    assignee_id: assigneeId,
    team_id: teamId,
    created_at: createdAt,
    created_at_ms: epochMilliseconds(createdAt, `${path}.createdAt`),
    updated_at: updatedAt,
    updated_at_ms: epochMilliseconds(updatedAt, `${path}.updatedAt`),
    solved_at: solvedAt,
    solved_at_ms: solvedAt === null ? null : epochMilliseconds(solvedAt, `${path}.solvedAt`),
    resolved_by: resolvedBy,
    escalated: escalated === undefined ? null : escalated ? 1 : 0,
    tags: toJsonText(tags),
    events: toJsonText(events),
    links: toJsonText(links),
    csat: csat === null ? null : toJsonText(csat),
    details: toJsonText(details),
  };
}

/**
 * A row back as a contract-shaped ticket. Only JSON is checked here; the handler parses the result with
 * the ticket contract, which names any field that is wrong.
 */
export function rowToTicket(row: TicketRow): Ticket {
  const location: RowLocation = { collection: 'tickets', rowId: row.id };
  const ticket: Record<string, unknown> = {
    id: row.id,
    subject: row.subject,
    description: row.description,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    category: row.category,
    accountId: row.account_id,
    requesterId: row.requester_id,
    assigneeId: row.assignee_id,
    teamId: row.team_id,
    tags: readJson(location, 'tags', row.tags),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    solvedAt: row.solved_at,
    events: readJson(location, 'events', row.events),
    links: readJson(location, 'links', row.links),
    resolvedBy: row.resolved_by,
    csat: readNullableJson(location, 'csat', row.csat),
  };
  const escalated = readOptionalBoolean(location, 'escalated', row.escalated);
  if (escalated !== undefined) ticket.escalated = escalated;
  return withDetails(ticket, readJsonObject(location, 'details', row.details)) as Ticket;
}
