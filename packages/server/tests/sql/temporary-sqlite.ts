import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SupportData } from '@supportai/core';
import type { Kysely } from 'kysely';
import type { DataSource } from '../../src/data-source/data-source.js';
import type { SupportAIDatabase } from '../../src/sql/index.js';
import { createSqlDataSource, migrateToLatest, openSqliteDatabase, seedSqlDatabase } from '../../src/sql/index.js';

/** A folder of real SQLite files for one test file; `remove()` deletes it with every file in it. */
export interface TemporarySqliteFolder {
  /** A new, unused file path in the folder. */
  nextPath(): string;
  /** Opens a new file and migrates it. */
  openMigrated(): Promise<{ db: Kysely<SupportAIDatabase>; path: string }>;
  /** A migrated, seeded SQLite file behind the SQL data source. */
  createSource(dataset: SupportData): Promise<DataSource>;
  remove(): void;
}

export function createTemporarySqliteFolder(): TemporarySqliteFolder {
  const folder = mkdtempSync(join(tmpdir(), 'supportai-sql-'));
  let count = 0;
  const nextPath = () => join(folder, `database-${(count += 1)}.db`);
  const openMigrated = async () => {
    const path = nextPath();
    const db = openSqliteDatabase(path);
    await migrateToLatest(db);
    return { db, path };
  };
  return {
    nextPath,
    openMigrated,
    async createSource(dataset) {
      const { db, path } = await openMigrated();
      await seedSqlDatabase(db, dataset);
      return createSqlDataSource({ db, name: `sqlite:${path}` });
    },
    remove() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
