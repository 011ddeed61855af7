import { SupportAIError } from '@supportai/core';
import { sql, type Kysely } from 'kysely';
import type { SupportAIDatabase } from './database-schema.js';
import { readInteger } from './rows/column-values.js';

const META_ROW_ID = 1;

/**
 * The dataset's revision token: the database's id and its write counter. The id makes a recreated
 * database never repeat a token a running handler has cached.
 */
export async function readRevision(db: Kysely<SupportAIDatabase>): Promise<string> {
  const meta = await db.selectFrom('meta').select(['database_id', 'revision']).where('id', '=', META_ROW_ID).executeTakeFirst();
  if (!meta) throw new SupportAIError('source_not_ready', 'The SupportAI database has no meta row: run migrateToLatest(db) first');
  return `${meta.database_id}:${readInteger({ collection: 'meta', rowId: String(META_ROW_ID) }, 'revision', meta.revision)}`;
}

/** Moves the revision on; call inside the transaction that changed the dataset. */
export async function bumpRevision(db: Kysely<SupportAIDatabase>): Promise<void> {
  await db
    .updateTable('meta')
    .set({ revision: sql<number>`revision + 1` })
    .where('id', '=', META_ROW_ID)
    .execute();
}
