import type { Kysely, Migration } from 'kysely';

/*
 * Portable DDL only: TEXT, INTEGER, BIGINT, primary keys, plain indexes. No foreign keys between business
 * tables: the data mirrors a host's helpdesk, where a ticket may name an agent who has left, and the
 * analytics tolerate that. Chat messages do belong to their thread, so that one is enforced.
 */

// A migration must not depend on today's table types (they change later), hence `Kysely<any>`, as Kysely advises.
type AnyDatabase = Kysely<any>;

async function createReferenceTables(db: AnyDatabase): Promise<void> {
  await db.schema
    .createTable('meta')
    .addColumn('id', 'integer', (column) => column.primaryKey())
    .addColumn('database_id', 'text', (column) => column.notNull())
    .addColumn('revision', 'bigint', (column) => column.notNull())
    .execute();
  await db.insertInto('meta').values({ id: 1, database_id: globalThis.crypto.randomUUID(), revision: 0 }).execute();

  await db.schema
    .createTable('settings')
    .addColumn('id', 'integer', (column) => column.primaryKey())
    .addColumn('document', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('agents')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('team_id', 'text', (column) => column.notNull())
    .addColumn('details', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('agents_team').on('agents').column('team_id').execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('details', 'text', (column) => column.notNull())
    .execute();

  for (const table of ['calendars', 'sla_policies']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('document', 'text', (column) => column.notNull())
      .execute();
  }
}

async function createAccountTables(db: AnyDatabase): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('plan', 'text', (column) => column.notNull())
    .addColumn('segment', 'text', (column) => column.notNull())
    .addColumn('renewal_date', 'text', (column) => column.notNull())
    .addColumn('csm_id', 'text')
    .addColumn('licences', 'integer', (column) => column.notNull())
    .addColumn('arr_amount_cents', 'bigint', (column) => column.notNull())
    .addColumn('arr_currency', 'text', (column) => column.notNull())
    .addColumn('details', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('accounts_csm').on('accounts').column('csm_id').execute();
  await db.schema.createIndex('accounts_renewal_date').on('accounts').column('renewal_date').execute();

  await db.schema
    .createTable('usage_snapshots')
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('period_start', 'text', (column) => column.notNull())
    .addColumn('period_end', 'text', (column) => column.notNull())
    .addColumn('active_users', 'integer', (column) => column.notNull())
    .addColumn('licences', 'integer', (column) => column.notNull())
    .addColumn('logins', 'integer', (column) => column.notNull())
    .addColumn('feature_usage', 'text', (column) => column.notNull())
    // The key doubles as the by-account index adoption queries read.
    .addPrimaryKeyConstraint('usage_snapshots_pk', ['account_id', 'period_start', 'period_end'])
    .execute();

  await db.schema
    .createTable('nps_responses')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('score', 'integer', (column) => column.notNull())
    .addColumn('responded_at', 'text', (column) => column.notNull())
    .addColumn('responded_at_ms', 'bigint', (column) => column.notNull())
    .addColumn('details', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('nps_responses_account').on('nps_responses').column('account_id').execute();
  await db.schema.createIndex('nps_responses_responded_at').on('nps_responses').column('responded_at_ms').execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('starts_at', 'text', (column) => column.notNull())
    .addColumn('starts_at_ms', 'bigint', (column) => column.notNull())
    .addColumn('ends_at', 'text', (column) => column.notNull())
    .addColumn('account_id', 'text')
    .addColumn('attendee_ids', 'text', (column) => column.notNull())
    .addColumn('details', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('meetings_starts_at').on('meetings').column('starts_at_ms').execute();
  await db.schema.createIndex('meetings_account').on('meetings').column('account_id').execute();
}

async function createTicketTables(db: AnyDatabase): Promise<void> {
  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('priority', 'text', (column) => column.notNull())
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('requester_id', 'text', (column) => column.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('team_id', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('created_at_ms', 'bigint', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_at_ms', 'bigint', (column) => column.notNull())
    .addColumn('solved_at', 'text')
    .addColumn('solved_at_ms', 'bigint')
    .addColumn('resolved_by', 'text')
    .addColumn('escalated', 'integer')
    .addColumn('tags', 'text', (column) => column.notNull())
    .addColumn('events', 'text', (column) => column.notNull())
    .addColumn('links', 'text', (column) => column.notNull())
    .addColumn('csat', 'text')
    .addColumn('details', 'text', (column) => column.notNull())
    .execute();
  // An agent's queue, a team's board, an account's history, recent activity and creation windows.
  await db.schema.createIndex('tickets_assignee_status').on('tickets').columns(['assignee_id', 'status']).execute();
  await db.schema.createIndex('tickets_team_status').on('tickets').columns(['team_id', 'status']).execute();
  await db.schema.createIndex('tickets_account').on('tickets').column('account_id').execute();
  await db.schema.createIndex('tickets_updated_at').on('tickets').column('updated_at_ms').execute();
  await db.schema.createIndex('tickets_created_at').on('tickets').column('created_at_ms').execute();

  await db.schema
    .createTable('kb_articles')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('category', 'text')
    .addColumn('tags', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('details', 'text', (column) => column.notNull())
    .execute();
}

async function createUserWrittenTables(db: AnyDatabase): Promise<void> {
  await db.schema
    .createTable('feedback')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('persona', 'text', (column) => column.notNull())
    .addColumn('message_id', 'text', (column) => column.notNull())
    .addColumn('thread_id', 'text')
    .addColumn('intent', 'text')
    .addColumn('rating', 'text', (column) => column.notNull())
    .addColumn('comment', 'text')
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('feedback_message').on('feedback').column('message_id').execute();

  await db.schema
    .createTable('drafts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('ticket_id', 'text')
    .addColumn('account_id', 'text')
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('tone', 'text')
    .addColumn('cited_article_ids', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('drafts_user').on('drafts').column('user_id').execute();
  await db.schema.createIndex('drafts_ticket').on('drafts').column('ticket_id').execute();

  await db.schema
    .createTable('chat_threads')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('title', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_at_ms', 'bigint', (column) => column.notNull())
    .addColumn('conversation', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('chat_threads_user_updated_at').on('chat_threads').columns(['user_id', 'updated_at_ms']).execute();

  await db.schema
    .createTable('chat_messages')
    .addColumn('thread_id', 'text', (column) => column.notNull().references('chat_threads.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('message_id', 'text', (column) => column.notNull())
    .addColumn('message', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('chat_messages_pk', ['thread_id', 'position'])
    .addUniqueConstraint('chat_messages_message_unique', ['thread_id', 'message_id'])
    .execute();
}

const TABLES_NEWEST_FIRST = [
  'chat_messages',
  'chat_threads',
  'drafts',
  'feedback',
  'kb_articles',
  'tickets',
  'meetings',
  'nps_responses',
  'usage_snapshots',
  'accounts',
  'sla_policies',
  'calendars',
  'teams',
  'agents',
  'settings',
  'meta',
];

/** Every table of the first version of the schema. */
export const initialSchemaMigration: Migration = {
  async up(db: AnyDatabase) {
    await createReferenceTables(db);
    await createAccountTables(db);
    await createTicketTables(db);
    await createUserWrittenTables(db);
  },
  async down(db: AnyDatabase) {
    for (const table of TABLES_NEWEST_FIRST) await db.schema.dropTable(table).ifExists().execute();
  },
};
