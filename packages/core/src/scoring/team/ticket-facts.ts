import type { TicketStatus } from '../../contracts/common.js';
import type { Ticket } from '../../contracts/ticket.js';
import { isSolvedStatus } from './ticket-index.js';

/** One move of a ticket into solved or closed, with the agent who held it then. */
export interface SolveFact {
  atMs: number;
  assigneeId: string | null;
  /** When the ticket left solved again, or null if it never did. */
  reopenedAtMs: number | null;
}

/** What a ticket's timeline says, read in one walk (events later than `now` are ignored). */
export interface TicketFacts {
  createdAtMs: number;
  /** False when the ticket has no events: the facts then come from its fields alone. */
  hasTimeline: boolean;
  agentReplyCount: number;
  firstAgentReplyAtMs: number | null;
  /** Last public reply or private note by an agent. */
  lastAgentTouchAtMs: number | null;
  lastCustomerMessageAtMs: number | null;
  /** Last assignment from one agent to another (a first assignment is not a move). */
  lastMovedAtMs: number | null;
  /** Agents who replied publicly (a reply without an actor counts for the assignee then). */
  repliedBy: ReadonlySet<string>;
  solves: SolveFact[];
  /** Calendar minutes spent in `new` or `open` (the agent's court), up to `now`. */
  workCalendarMinutes: number;
}

const WORK_STATUSES: ReadonlySet<TicketStatus> = new Set(['new', 'open']);

/**
 * Reads a ticket's timeline in one walk. Nothing is remembered here: the measures of a solved ticket
 * are (`measureSolvedTicket`), and open tickets' facts move with `now`.
 */
export function ticketFacts(ticket: Ticket, nowMs: number): TicketFacts {
  return ticket.events.length === 0 ? factsFromFields(ticket, nowMs) : factsFromEvents(ticket, nowMs);
}

function factsFromFields(ticket: Ticket, nowMs: number): TicketFacts {
  const createdAtMs = Date.parse(ticket.createdAt);
  const solvedAtMs = ticket.solvedAt === null ? null : Date.parse(ticket.solvedAt);
  const solved = isSolvedStatus(ticket.status) && solvedAtMs !== null;
  return {
    createdAtMs,
    hasTimeline: false,
    agentReplyCount: 0,
    firstAgentReplyAtMs: null,
    lastAgentTouchAtMs: null,
    lastCustomerMessageAtMs: null,
    lastMovedAtMs: null,
    repliedBy: new Set(),
    solves: solved ? [{ atMs: solvedAtMs, assigneeId: ticket.assigneeId, reopenedAtMs: null }] : [],
    workCalendarMinutes: Math.max(0, Math.floor(((solved ? solvedAtMs : nowMs) - createdAtMs) / 60_000)),
  };
}

function factsFromEvents(ticket: Ticket, nowMs: number): TicketFacts {
  const timed = ticket.events.map((event, order) => ({ event, order, atMs: Date.parse(event.at) }));
  // Stored timelines are in order; sort (stably) only when one is not.
  if (timed.some((entry, index) => index > 0 && entry.atMs < timed[index - 1]!.atMs)) timed.sort((left, right) => left.atMs - right.atMs || left.order - right.order);
  // With no assignment event the current assignee held the ticket throughout.
  let assignee = ticket.events.some((event) => event.type === 'assignment') ? null : ticket.assigneeId;
  let status: TicketStatus = 'new';
  let workSinceMs: number | null = null;
  let workMs = 0;
  const facts: TicketFacts = {
    createdAtMs: Date.parse(ticket.createdAt),
    hasTimeline: true,
    agentReplyCount: 0,
    firstAgentReplyAtMs: null,
    lastAgentTouchAtMs: null,
    lastCustomerMessageAtMs: null,
    lastMovedAtMs: null,
    repliedBy: new Set(),
    solves: [],
    workCalendarMinutes: 0,
  };
  const repliedBy = facts.repliedBy as Set<string>;
  const enter = (next: TicketStatus, atMs: number) => {
    if (workSinceMs !== null && !WORK_STATUSES.has(next)) {
      workMs += atMs - workSinceMs;
      workSinceMs = null;
    } else if (workSinceMs === null && WORK_STATUSES.has(next)) workSinceMs = atMs;
    if (isSolvedStatus(next) && !isSolvedStatus(status)) facts.solves.push({ atMs, assigneeId: assignee ?? ticket.assigneeId, reopenedAtMs: null });
    if (!isSolvedStatus(next) && isSolvedStatus(status)) {
      const last = facts.solves[facts.solves.length - 1];
      if (last) last.reopenedAtMs = atMs;
    }
    status = next;
  };
  for (const { event, atMs } of timed) {
    if (atMs > nowMs) break;
    if (event.type === 'created') {
      facts.createdAtMs = atMs;
      if (event.status && event.status !== 'new') enter(event.status, atMs);
      else workSinceMs = atMs;
    } else if (event.type === 'status') enter(event.to, atMs);
    else if (event.type === 'customer_message') facts.lastCustomerMessageAtMs = atMs;
    else if (event.type === 'agent_note') facts.lastAgentTouchAtMs = atMs;
    else if (event.type === 'agent_reply') {
      facts.agentReplyCount += 1;
      facts.firstAgentReplyAtMs ??= atMs;
      facts.lastAgentTouchAtMs = atMs;
      const actor = event.actorId ?? assignee;
      if (actor) repliedBy.add(actor);
    } else if (event.type === 'assignment') {
      if (assignee !== null && event.assigneeId !== assignee) facts.lastMovedAtMs = atMs;
      assignee = event.assigneeId;
    }
  }
  if (workSinceMs !== null) workMs += Math.max(0, nowMs - workSinceMs);
  // A solved ticket whose timeline lacks the status change still counts as solved at `solvedAt`.
  if (facts.solves.length === 0 && isSolvedStatus(ticket.status) && ticket.solvedAt !== null) {
    facts.solves.push({ atMs: Date.parse(ticket.solvedAt), assigneeId: ticket.assigneeId, reopenedAtMs: null });
  }
  facts.workCalendarMinutes = Math.floor(workMs / 60_000);
  return facts;
}
