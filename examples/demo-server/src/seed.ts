import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDemoDataset } from '@supportai/core/demo';
import { migrateToLatest, openSqliteDatabase, seedSqlDatabase } from '@supportai/server/sql';

/**
 * `pnpm --filter @supportai/example-demo-server seed [--replace] [--tickets N --accounts N] [--seed N] [--file PATH]`:
 * creates (or, with --replace, refills) a SQLite file from the demo generator. The default is the demo's
 * own file and size; `--tickets 100000 --accounts 5000` builds the benchmark-sized database.
 */
const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    replace: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    tickets: { type: 'string' },
    accounts: { type: 'string' },
  },
});
const file = values.file ?? process.env.SUPPORTAI_DATABASE ?? fileURLToPath(new URL('../.data/demo.sqlite', import.meta.url));
const seed = Number(values.seed);
const tickets = values.tickets === undefined ? undefined : Number(values.tickets);
const accounts = values.accounts === undefined ? undefined : Number(values.accounts);
for (const [name, value] of Object.entries({ seed, tickets, accounts })) {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
    console.error(`--${name} must be a whole number, got "${String(values[name as keyof typeof values])}"`);
    process.exit(2);
  }
}
const size = tickets !== undefined || accounts !== undefined ? { tickets: tickets ?? 3000, accounts: accounts ?? 40 } : 'small';

const started = performance.now();
const dataset = generateDemoDataset({ seed, size });
const db = openSqliteDatabase(file);
try {
  await migrateToLatest(db);
  const report = await seedSqlDatabase(db, dataset, { replace: values.replace, validate: size === 'small' });
  const counts = Object.entries(report).map(([table, count]) => `${count} ${table}`).join(', ');
  console.log(`Seeded ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts}`);
} catch (error) {
  console.error((error as Error).message);
  if ((error as { code?: string }).code === 'database_not_empty') console.error('Run again with --replace to refill it.');
  process.exitCode = 1;
} finally {
  await db.destroy();
}
