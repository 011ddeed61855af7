import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DemoDataset } from '@supportai/core/demo';
import { migrateToLatest, openSqliteDatabase, seedSqlDatabase } from '@supportai/server/sql';

/**
 * Opens the demo's SQLite file, creating and seeding it from the demo dataset on first run; later runs
 * keep what was written (reassignments, feedback, chat threads).
 */
export async function openDemoDatabase(filePath: string, dataset: DemoDataset) {
  if (filePath !== ':memory:') mkdirSync(dirname(filePath), { recursive: true });
  const db = openSqliteDatabase(filePath);
  await migrateToLatest(db);
  let seeded = false;
  try {
    await seedSqlDatabase(db, dataset);
    seeded = true;
  } catch (error) {
    if ((error as { code?: string }).code !== 'database_not_empty') throw error;
  }
  return { db, seeded };
}
