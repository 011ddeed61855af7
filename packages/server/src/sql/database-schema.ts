import type { ColumnType } from 'kysely';

/**
 * An integer column. Written as a number; read back as a number from SQLite, and possibly as a string or a
 * bigint from PostgreSQL drivers for `bigint` columns, so readers convert with `readInteger`.
 */
export type IntegerColumn = ColumnType<number | string | bigint, number, number>;
export type NullableIntegerColumn = ColumnType<number | string | bigint | null, number | null, number | null>;

/**
 * JSON kept as TEXT so the same schema runs on SQLite and PostgreSQL. A PostgreSQL deployment may turn these
 * columns into `jsonb`; the source then gets parsed values back and accepts them as they are.
 */
export type JsonColumn = ColumnType<string | object, string, string>;
export type NullableJsonColumn = ColumnType<string | object | null, string | null, string | null>;

/** One row: which database this is (a new file gets a new id) and a counter every write to the dataset bumps. */
export interface MetaTable {
  id: number;
  database_id: string;
  revision: IntegerColumn;
}

/** One row holding the organisation settings as JSON. */
export interface SettingsTable {
  id: number;
  document: JsonColumn;
}

export interface AgentsTable {
  id: string;
  name: string;
  team_id: string;
  /** Every other agent field (skills, capacity, timezone, cost...). */
  details: JsonColumn;
}

export interface TeamsTable {
  id: string;
  name: string;
  details: JsonColumn;
}

export interface CalendarsTable {
  id: string;
  /** The calendar without its id. */
  document: JsonColumn;
}

export interface SlaPoliciesTable {
  id: string;
  /** The policy without its id. */
  document: JsonColumn;
}

export interface AccountsTable {
  id: string;
  name: string;
  plan: string;
  segment: string;
  renewal_date: string;
  csm_id: string | null;
  licences: IntegerColumn;
  arr_amount_cents: IntegerColumn;
  arr_currency: string;
  /** Every optional account field (champion, pulse, invoices, products...). */
  details: JsonColumn;
}

/**
 * Tickets keep what dashboards filter and sort on in scalar columns and the rest as JSON. Times are kept
 * exactly as the source spelled them (`*_at`) plus epoch milliseconds (`*_at_ms`) for range queries, since
 * ISO strings with different offsets do not sort as instants.
 */
export interface TicketsTable {
  id: string;
  subject: string;
  description: string;
  status: string;
  priority: string;
  channel: string;
  category: string;
  account_id: string;
  requester_id: string;
  assignee_id: string | null;
  team_id: string | null;
  created_at: string;
  created_at_ms: IntegerColumn;
  updated_at: string;
  updated_at_ms: IntegerColumn;
  solved_at: string | null;
  solved_at_ms: NullableIntegerColumn;
  resolved_by: string | null;
  /** 1, 0, or null when the source does not say. */
  escalated: NullableIntegerColumn;
  tags: JsonColumn;
  events: JsonColumn;
  links: JsonColumn;
  csat: NullableJsonColumn;
  /** The optional fields: sentiment, resolution summary, reopens. */
  details: JsonColumn;
}

/** Usage has no id of its own: an account's snapshot for one period is the key. */
export interface UsageSnapshotsTable {
  account_id: string;
  period_start: string;
  period_end: string;
  active_users: IntegerColumn;
  licences: IntegerColumn;
  logins: IntegerColumn;
  feature_usage: JsonColumn;
}

export interface NpsResponsesTable {
  id: string;
  account_id: string;
  score: IntegerColumn;
  responded_at: string;
  responded_at_ms: IntegerColumn;
  /** Contact id and comment, when given. */
  details: JsonColumn;
}

export interface KbArticlesTable {
  id: string;
  title: string;
  body: string;
  category: string | null;
  tags: JsonColumn;
  updated_at: string;
  /** Headings and url, when given. */
  details: JsonColumn;
}

export interface MeetingsTable {
  id: string;
  title: string;
  kind: string;
  starts_at: string;
  starts_at_ms: IntegerColumn;
  ends_at: string;
  account_id: string | null;
  attendee_ids: JsonColumn;
  /** Notes, when given. */
  details: JsonColumn;
}

export interface FeedbackTable {
  id: string;
  user_id: string;
  persona: string;
  message_id: string;
  thread_id: string | null;
  intent: string | null;
  rating: string;
  comment: string | null;
  at: string;
}

export interface DraftsTable {
  id: string;
  user_id: string;
  ticket_id: string | null;
  account_id: string | null;
  body: string;
  tone: string | null;
  cited_article_ids: JsonColumn;
  at: string;
}

export interface ChatThreadsTable {
  id: string;
  user_id: string;
  title: string | null;
  created_at: string;
  updated_at: string;
  updated_at_ms: IntegerColumn;
  /** The router's conversation state. */
  conversation: JsonColumn;
}

export interface ChatMessagesTable {
  thread_id: string;
  /** 0, 1, 2... in the order the messages were first saved. */
  position: IntegerColumn;
  message_id: string;
  /** The AI SDK UI message, parts included. */
  message: JsonColumn;
}

/** The tables of the SupportAI SQL schema, for `Kysely<SupportAIDatabase>`. */
export interface SupportAIDatabase {
  meta: MetaTable;
  settings: SettingsTable;
  agents: AgentsTable;
  teams: TeamsTable;
  calendars: CalendarsTable;
  sla_policies: SlaPoliciesTable;
  accounts: AccountsTable;
  tickets: TicketsTable;
  usage_snapshots: UsageSnapshotsTable;
  nps_responses: NpsResponsesTable;
  kb_articles: KbArticlesTable;
  meetings: MeetingsTable;
  feedback: FeedbackTable;
  drafts: DraftsTable;
  chat_threads: ChatThreadsTable;
  chat_messages: ChatMessagesTable;
}
