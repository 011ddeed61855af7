import type { Ticket } from '../../contracts/ticket.js';
import { evaluateTicketSla } from '../../data/ticket-sla.js';
import { ticketSlaLevel } from '../../scoring/service-levels/ticket-sla-level.js';
import type { AnswerContext } from '../answer-context.js';
import type { TicketRow } from '../payloads/common.js';

/** The statuses of a ticket that still needs work: one definition for every count of open tickets. */
export { OPEN_STATUSES } from '../../scoring/service-levels/ticket-time-index.js';

/** A ticket as a table row, with its worst SLA level and next deadline at `now`. */
export function ticketRow(ticket: Ticket, context: AnswerContext): TicketRow {
  const evaluation = evaluateTicketSla(ticket, context.sla, context.now);
  const nextDeadline = evaluation.nextDeadline;
  return {
    id: ticket.id,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    channel: ticket.channel,
    category: ticket.category,
    accountId: ticket.accountId,
    accountName: context.scope.accountById.get(ticket.accountId)?.name ?? null,
    assigneeId: ticket.assigneeId,
    assigneeName: ticket.assigneeId ? (context.scope.agentById.get(ticket.assigneeId)?.name ?? null) : null,
    teamId: ticket.teamId,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    ageMinutes: Math.max(0, Math.floor((context.now.getTime() - Date.parse(ticket.createdAt)) / 60_000)),
    escalated: ticket.escalated === true,
    slaLevel: ticketSlaLevel(evaluation),
    nextSlaDeadline: nextDeadline,
    minutesToNextDeadline: nextDeadline === null ? null : Math.floor((Date.parse(nextDeadline) - context.now.getTime()) / 60_000),
  };
}

const PRIORITY_RANK = { urgent: 3, high: 2, normal: 1, low: 0 } as const;

/** Most urgent first: breached, then nearest deadline, then priority, then oldest. */
export function byUrgency(left: TicketRow, right: TicketRow): number {
  const breached = Number(right.slaLevel === 'breached') - Number(left.slaLevel === 'breached');
  if (breached !== 0) return breached;
  if (left.minutesToNextDeadline !== right.minutesToNextDeadline) {
    if (left.minutesToNextDeadline === null) return 1;
    if (right.minutesToNextDeadline === null) return -1;
    return left.minutesToNextDeadline - right.minutesToNextDeadline;
  }
  return PRIORITY_RANK[right.priority] - PRIORITY_RANK[left.priority] || right.ageMinutes - left.ageMinutes;
}
