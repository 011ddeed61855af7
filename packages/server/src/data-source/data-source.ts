import type {
  Account,
  Agent,
  BusinessCalendar,
  KbArticle,
  Meeting,
  NpsResponse,
  SlaPolicy,
  SupportSettings,
  Team,
  Ticket,
  UsageSnapshot,
} from '@supportai/core';

/** Which page of a large list to read. `cursor` is whatever the previous page returned (null: the first). */
export interface PageRequest {
  cursor: string | null;
  /** Rows wanted; a source may return fewer, never more. */
  limit: number;
}

/** One page of rows and the cursor of the next page (null when this was the last). */
export interface Page<Row> {
  rows: Row[];
  nextCursor: string | null;
}

/** A calendar or policy as stored: with the id teams and agents refer to it by. */
export type StoredCalendar = BusinessCalendar & { id: string };
export type StoredSlaPolicy = SlaPolicy & { id: string };

/** One ticket moving to another agent, as previewed by `team.rebalance`. */
export interface TicketReassignment {
  ticketId: string;
  /** The assignee the plan saw; the write fails with a conflict when the ticket moved since. */
  fromAgentId: string | null;
  toAgentId: string;
  /** The move's one-line reason, kept as the assignment event's `reason` (at most 500 characters). */
  reason: string;
}

/** A batch of moves applied together: all of them or none. */
export interface ReassignmentWrite {
  moves: TicketReassignment[];
  /** The user who confirmed the plan. */
  actorUserId: string;
  /** ISO instant of the confirmation; becomes the assignment events' `at`. */
  at: string;
}

/** A thumbs up or down on one assistant answer or widget. */
export interface AnswerFeedback {
  id: string;
  userId: string;
  persona: string;
  /** The chat message or widget answer the feedback is about. */
  messageId: string;
  threadId: string | null;
  intent: string | null;
  rating: 'up' | 'down';
  comment: string | null;
  at: string;
}

/** A reply or message draft an agent or CSM kept (before or without sending it). */
export interface SavedDraft {
  id: string;
  userId: string;
  /** The ticket a reply draft answers, or null for an outbound message. */
  ticketId: string | null;
  accountId: string | null;
  body: string;
  tone: string | null;
  citedArticleIds: string[];
  at: string;
}

/**
 * The port a host implements to give SupportAI its data. Every method is async. Lists that grow with the
 * business (tickets, accounts, usage, NPS, KB, meetings) are paged; the handler reads them page by page.
 *
 * Rows may come straight from a database: the handler parses every row with the core contracts and
 * turns a bad row into a typed `DataSourceRowError` (logged, answered as 502), never a wrong number.
 * Scope is not the source's job: the handler filters by the viewer after reading.
 */
export interface DataSource {
  /** A short name for logs and errors, e.g. `sqlite:/var/data/supportai.db`. */
  readonly name: string;
  /**
   * A token that changes whenever the data changes. The handler keeps one parsed snapshot in memory and
   * reloads it when the token differs. A source that cannot tell returns a time bucket.
   */
  revision(): Promise<string>;
  /** Organisation settings: currency, costs, KPI goals, business calendar defaults. */
  settings(): Promise<SupportSettings>;
  /** All agents (small lists are read whole). */
  listAgents(): Promise<Agent[]>;
  listTeams(): Promise<Team[]>;
  listCalendars(): Promise<StoredCalendar[]>;
  listSlaPolicies(): Promise<StoredSlaPolicy[]>;
  /**
   * Tickets with their full event timelines, in a stable order (e.g. by id). A ticket's `updatedAt` must
   * change whenever the ticket does: on reload the handler reuses its parsed copy of a ticket whose id,
   * `updatedAt`, status, assignee, team, priority and event count are unchanged.
   */
  listTickets(page: PageRequest): Promise<Page<Ticket>>;
  listAccounts(page: PageRequest): Promise<Page<Account>>;
  listUsage(page: PageRequest): Promise<Page<UsageSnapshot>>;
  listNpsResponses(page: PageRequest): Promise<Page<NpsResponse>>;
  listKbArticles(page: PageRequest): Promise<Page<KbArticle>>;
  listMeetings(page: PageRequest): Promise<Page<Meeting>>;
  /** One ticket by its id exactly as stored, or null. */
  getTicket(id: string): Promise<Ticket | null>;
  /**
   * Applies every move in one transaction: sets the assignee, appends an `assignment` event, bumps
   * `updatedAt` and the revision. Throws `ReassignmentConflictError` (and writes nothing) when a ticket
   * is missing or no longer assigned to `fromAgentId`. Returns the updated tickets.
   */
  applyReassignments(write: ReassignmentWrite): Promise<Ticket[]>;
  /** Stores one feedback record (idempotent on `id`). */
  recordFeedback(feedback: AnswerFeedback): Promise<void>;
  /** Stores one draft (idempotent on `id`). */
  saveDraft(draft: SavedDraft): Promise<void>;
  /** Releases connections; the handler never calls it, the host does on shutdown. */
  close?(): Promise<void>;
}
