import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { SupportAIDatabase } from './database-schema.js';

/** Options of `openSqliteDatabase`. */
export interface OpenSqliteDatabaseOptions {
  /** How long a write waits for another process's lock before failing. @default 5000 */
  busyTimeoutMs?: number;
}

/**
 * Opens (or creates) a SQLite file for the SQL source and chat store: WAL so readers never wait for the
 * writer, foreign keys on (SQLite leaves them off), and a busy timeout so two processes on one file queue
 * instead of failing. `':memory:'` works too. Call `migrateToLatest` before use, `destroy()` when done.
 * @example const db = openSqliteDatabase('./data/supportai.db'); await migrateToLatest(db);
 */
export function openSqliteDatabase(filePath: string, options: OpenSqliteDatabaseOptions = {}): Kysely<SupportAIDatabase> {
  const database = new Database(filePath);
  database.pragma('journal_mode = WAL');
  // With WAL, NORMAL is durable across application crashes and much faster than FULL.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
  return new Kysely<SupportAIDatabase>({ dialect: new SqliteDialect({ database }) });
}
