import { afterAll } from 'vitest';
import { describeSqlChatStore } from './chat-store-behaviour.js';
import { createTemporarySqliteFolder } from './temporary-sqlite.js';

const folder = createTemporarySqliteFolder();
afterAll(() => folder.remove());

describeSqlChatStore('SQLite file', async () => {
  const { db } = await folder.openMigrated();
  return { db, release: () => db.destroy() };
});
