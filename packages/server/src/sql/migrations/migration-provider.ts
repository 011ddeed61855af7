import type { Migration, MigrationProvider } from 'kysely';
import { initialSchemaMigration } from './0001-initial-schema.js';

/**
 * Every migration of the SupportAI schema, in the order they run. Names sort in that order; a new
 * migration gets the next number and is never edited once released.
 */
export const SUPPORTAI_MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001_initial_schema': initialSchemaMigration,
});

/** Hands Kysely's `Migrator` the migrations written in code (no files to ship or find at run time). */
export const supportAIMigrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...SUPPORTAI_MIGRATIONS }),
};
