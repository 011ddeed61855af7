import { SupportAIError } from '@supportai/core';
import { Migrator, type Kysely } from 'kysely';
import type { SupportAIDatabase } from './database-schema.js';
import { supportAIMigrationProvider } from './migrations/migration-provider.js';

/** Kysely's bookkeeping tables, named so they never meet a host's own Kysely migrations in a shared database. */
export const MIGRATION_TABLE = 'supportai_migration';
export const MIGRATION_LOCK_TABLE = 'supportai_migration_lock';

/** What `migrateToLatest` did: the migrations it ran now (empty when the schema was already current). */
export interface MigrationReport {
  applied: string[];
}

/**
 * Brings the schema up to date; safe to call on every start (it runs only missing migrations, under
 * Kysely's migration lock, so replicas starting together do not race).
 * @throws SupportAIError (`migration_failed`) naming the migration that failed; nothing of it is kept.
 * @example await migrateToLatest(openSqliteDatabase('./supportai.db'))
 */
export async function migrateToLatest(db: Kysely<SupportAIDatabase>): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider: supportAIMigrationProvider,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'setup';
    const reason = error instanceof Error ? error.message : String(error);
    throw new SupportAIError('migration_failed', `The SupportAI schema migration "${failed}" failed`, [{ path: failed, message: reason }]);
  }
  return { applied: results.filter((result) => result.status === 'Success').map((result) => result.migrationName) };
}
