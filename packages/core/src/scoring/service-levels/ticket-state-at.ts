import type { TicketStatus } from '../../contracts/common.js';
import type { Ticket } from '../../contracts/ticket.js';

/** Who held a ticket and what status it had at one instant. */
export interface TicketStateAt {
  status: TicketStatus;
  assigneeId: string | null;
}

/**
 * Replays a ticket's events up to `instantMs` (events may come in any order; the latest at or before
 * the instant wins). Before its first assignment event a ticket is unassigned; a ticket with no
 * assignment events at all is taken to have had its current assignee throughout.
 */
export function ticketStateAt(ticket: Ticket, instantMs: number): TicketStateAt {
  let status: TicketStatus = 'new';
  let statusAtMs = Number.NEGATIVE_INFINITY;
  let hasAssignmentEvents = false;
  let assigneeId: string | null = null;
  let assignedAtMs = Number.NEGATIVE_INFINITY;
  for (const event of ticket.events) {
    if (event.type === 'assignment') hasAssignmentEvents = true;
    if (event.type !== 'status' && event.type !== 'assignment' && !(event.type === 'created' && event.status)) continue;
    const atMs = Date.parse(event.at);
    if (atMs > instantMs) continue;
    if (event.type === 'assignment') {
      if (atMs >= assignedAtMs) [assigneeId, assignedAtMs] = [event.assigneeId, atMs];
    } else if (atMs >= statusAtMs) {
      status = event.type === 'status' ? event.to : (event.status ?? status);
      statusAtMs = atMs;
    }
  }
  return { status, assigneeId: hasAssignmentEvents ? assigneeId : ticket.assigneeId };
}
