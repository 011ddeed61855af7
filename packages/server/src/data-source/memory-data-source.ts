import { deepFreeze, type SupportData, type Ticket } from '@supportai/core';
import type { AnswerFeedback, DataSource, Page, PageRequest, ReassignmentWrite, SavedDraft, TicketReassignment } from './data-source.js';
import { ReassignmentConflictError } from './data-source-errors.js';

/** A memory source also exposes what was written, for tests and demos. */
export interface MemoryDataSource extends DataSource {
  readonly feedback: readonly AnswerFeedback[];
  readonly drafts: readonly SavedDraft[];
}

/**
 * A data source over an in-memory dataset (the demo generator's output, or a host's own export). Writes
 * replace the changed tickets with new frozen objects and keep every other row as it was, so the caches
 * keyed on unchanged rows stay warm.
 */
export function createMemoryDataSource(dataset: SupportData): MemoryDataSource {
  let tickets: readonly Ticket[] = deepFreeze([...dataset.tickets]);
  let ticketById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  let revision = 0;
  const feedback = new Map<string, AnswerFeedback>();
  const drafts = new Map<string, SavedDraft>();

  return {
    name: 'memory',
    get feedback() {
      return [...feedback.values()];
    },
    get drafts() {
      return [...drafts.values()];
    },
    revision: async () => String(revision),
    settings: async () => dataset.settings,
    listAgents: async () => dataset.agents,
    listTeams: async () => dataset.teams,
    listCalendars: async () => dataset.calendars,
    listSlaPolicies: async () => dataset.slaPolicies,
    listTickets: async (page) => pageOf(tickets, page),
    listAccounts: async (page) => pageOf(dataset.accounts, page),
    listUsage: async (page) => pageOf(dataset.usage, page),
    listNpsResponses: async (page) => pageOf(dataset.npsResponses, page),
    listKbArticles: async (page) => pageOf(dataset.kbArticles, page),
    listMeetings: async (page) => pageOf(dataset.meetings, page),
    getTicket: async (id) => ticketById.get(id) ?? null,

    async applyReassignments(write: ReassignmentWrite) {
      // Check every move before changing anything: all or nothing.
      for (const move of write.moves) {
        const ticket = ticketById.get(move.ticketId);
        if (!ticket) throw new ReassignmentConflictError(move.ticketId, `Ticket "${move.ticketId}" no longer exists`);
        if (ticket.assigneeId !== move.fromAgentId) {
          throw new ReassignmentConflictError(move.ticketId, `Ticket "${move.ticketId}" was reassigned since the plan was made`);
        }
      }
      const updated = new Map<string, Ticket>();
      for (const move of write.moves) {
        const ticket = updated.get(move.ticketId) ?? ticketById.get(move.ticketId)!;
        updated.set(move.ticketId, reassigned(ticket, move, write));
      }
      tickets = Object.freeze(tickets.map((ticket) => updated.get(ticket.id) ?? ticket));
      ticketById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
      revision += 1;
      return [...updated.values()];
    },
    async recordFeedback(entry) {
      feedback.set(entry.id, entry);
    },
    async saveDraft(draft) {
      drafts.set(draft.id, draft);
    },
  };
}

function reassigned(ticket: Ticket, move: TicketReassignment, write: ReassignmentWrite): Ticket {
  const event = { type: 'assignment' as const, at: write.at, actorId: write.actorUserId, assigneeId: move.toAgentId, teamId: ticket.teamId, reason: move.reason };
  return deepFreeze({ ...ticket, assigneeId: move.toAgentId, updatedAt: write.at, events: [...ticket.events, event] });
}

/** Offset cursors: a memory list does not change order between pages. */
function pageOf<Row>(rows: readonly Row[], { cursor, limit }: PageRequest): Page<Row> {
  const start = cursor === null ? 0 : Number.parseInt(cursor, 10);
  if (!Number.isSafeInteger(start) || start < 0) throw new RangeError(`Bad page cursor "${cursor}"`);
  const end = Math.min(rows.length, start + Math.max(1, limit));
  return { rows: rows.slice(start, end), nextCursor: end < rows.length ? String(end) : null };
}
