/**
 * The SQL data source and chat store: one portable schema (Kysely migrations in code) on SQLite through
 * better-sqlite3, or on PostgreSQL through any Kysely Postgres dialect.
 */
export type {
  AccountsTable,
  AgentsTable,
  CalendarsTable,
  ChatMessagesTable,
  ChatThreadsTable,
  DraftsTable,
  FeedbackTable,
  IntegerColumn,
  JsonColumn,
  KbArticlesTable,
  MeetingsTable,
  MetaTable,
  NpsResponsesTable,
  NullableIntegerColumn,
  NullableJsonColumn,
  SettingsTable,
  SlaPoliciesTable,
  SupportAIDatabase,
  TeamsTable,
  TicketsTable,
  UsageSnapshotsTable,
} from './database-schema.js';
export { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, migrateToLatest, type MigrationReport } from './migrate-to-latest.js';
export { SUPPORTAI_MIGRATIONS, supportAIMigrationProvider } from './migrations/migration-provider.js';
export { openSqliteDatabase, type OpenSqliteDatabaseOptions } from './open-sqlite-database.js';
export { MAX_PAGE_SIZE } from './page-cursor.js';
export { seedSqlDatabase, type SeedReport, type SeedSqlDatabaseOptions } from './seed-sql-database.js';
export { createSqlChatStore, type SqlChatStoreOptions } from './sql-chat-store.js';
export { createSqlDataSource, type SqlDataSourceOptions } from './sql-data-source.js';
