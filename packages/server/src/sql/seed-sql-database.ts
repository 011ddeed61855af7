import { parseSupportData, SupportAIError, type InputIssue, type SupportData } from '@supportai/core';
import type { Insertable, Kysely } from 'kysely';
import type { SupportAIDatabase } from './database-schema.js';
import { bumpRevision } from './revision.js';
import { accountToRow, usageToRow } from './rows/account-rows.js';
import { kbArticleToRow, meetingToRow, npsResponseToRow } from './rows/content-rows.js';
import { agentToRow, documentToRow, settingsToRow, teamToRow } from './rows/directory-rows.js';
import { ticketToRow } from './rows/ticket-rows.js';

/** Options of `seedSqlDatabase`. */
export interface SeedSqlDatabaseOptions {
  /** Delete the dataset already there first (chat threads, feedback and drafts are kept). @default false */
  replace?: boolean;
  /**
   * Parse the dataset with the core contracts first, so a bad row is reported by path before anything is
   * written. Turn off only for data that is valid by construction, such as `generateDemoDataset` output.
   * @default true
   */
  validate?: boolean;
  /** Rows committed per transaction for the large lists. @default 10000 */
  rowsPerTransaction?: number;
}

/** How many rows of each collection were written. */
export type SeedReport = Record<Exclude<keyof SupportData, 'settings'>, number>;

/** The tables that hold the dataset (not the user-written ones), children first. */
const DATASET_TABLES = [
  'tickets',
  'meetings',
  'kb_articles',
  'nps_responses',
  'usage_snapshots',
  'accounts',
  'sla_policies',
  'calendars',
  'teams',
  'agents',
  'settings',
] as const satisfies ReadonlyArray<keyof SupportAIDatabase>;

/** SQLite allows 32,766 bound parameters per statement and PostgreSQL 65,535; stay well under both. */
const MAX_PARAMETERS_PER_STATEMENT = 10_000;

/**
 * Loads a dataset (a host's export or `generateDemoDataset` output) into a migrated database. Large lists
 * go in batched transactions; the settings row is written last, with the revision bump, so an interrupted
 * seed leaves a database that says it has no settings rather than one that looks complete.
 * @throws SupportAIError `database_not_empty` when the database already holds a dataset and `replace` is not set;
 *   `invalid_input` naming every bad or duplicated row.
 * @example await seedSqlDatabase(db, generateDemoDataset({ seed: 1 }), { validate: false })
 */
export async function seedSqlDatabase(db: Kysely<SupportAIDatabase>, dataset: SupportData, options: SeedSqlDatabaseOptions = {}): Promise<SeedReport> {
  const { replace = false, validate = true, rowsPerTransaction = 10_000 } = options;
  const data = validate ? parseSupportData(dataset) : dataset;
  assertUniqueKeys(data);

  const occupied = await occupiedTables(db);
  if (occupied.length > 0 && !replace) {
    throw new SupportAIError(
      'database_not_empty',
      `The database already holds a SupportAI dataset (${occupied.join(', ')}); pass { replace: true } to replace it`,
    );
  }

  await db.transaction().execute(async (transaction) => {
    for (const table of DATASET_TABLES) await transaction.deleteFrom(table).execute();
    await insertRows(transaction, 'agents', data.agents.map(agentToRow));
    await insertRows(transaction, 'teams', data.teams.map(teamToRow));
    await insertRows(transaction, 'calendars', data.calendars.map(documentToRow));
    await insertRows(transaction, 'sla_policies', data.slaPolicies.map(documentToRow));
  });

  const batch = Math.max(1, Math.trunc(rowsPerTransaction));
  await insertInBatches(db, 'accounts', data.accounts, batch, (account) => accountToRow(account));
  await insertInBatches(db, 'usage_snapshots', data.usage, batch, (usage) => usageToRow(usage));
  await insertInBatches(db, 'nps_responses', data.npsResponses, batch, (response, index) => npsResponseToRow(response, `npsResponses.${index}`));
  await insertInBatches(db, 'kb_articles', data.kbArticles, batch, (article) => kbArticleToRow(article));
  await insertInBatches(db, 'meetings', data.meetings, batch, (meeting, index) => meetingToRow(meeting, `meetings.${index}`));
  await insertInBatches(db, 'tickets', data.tickets, batch, (ticket, index) => ticketToRow(ticket, `tickets.${index}`));

  await db.transaction().execute(async (transaction) => {
    await transaction.insertInto('settings').values(settingsToRow(data.settings)).execute();
    await bumpRevision(transaction);
  });

  return {
    tickets: data.tickets.length,
    agents: data.agents.length,
    teams: data.teams.length,
    accounts: data.accounts.length,
    usage: data.usage.length,
    npsResponses: data.npsResponses.length,
    kbArticles: data.kbArticles.length,
    calendars: data.calendars.length,
    slaPolicies: data.slaPolicies.length,
    meetings: data.meetings.length,
  };
}

async function occupiedTables(db: Kysely<SupportAIDatabase>): Promise<string[]> {
  const occupied: string[] = [];
  for (const table of DATASET_TABLES) {
    // Select a constant so the probe works on every table, keyed by id or not.
    const row = await db.selectFrom(table).select((eb) => eb.lit(1).as('present')).limit(1).executeTakeFirst();
    if (row) occupied.push(table);
  }
  return occupied;
}

async function insertInBatches<Item, Table extends keyof SupportAIDatabase>(
  db: Kysely<SupportAIDatabase>,
  table: Table,
  items: readonly Item[],
  rowsPerTransaction: number,
  toRow: (item: Item, index: number) => Insertable<SupportAIDatabase[Table]>,
): Promise<void> {
  for (let start = 0; start < items.length; start += rowsPerTransaction) {
    const rows = items.slice(start, start + rowsPerTransaction).map((item, offset) => toRow(item, start + offset));
    await db.transaction().execute((transaction) => insertRows(transaction, table, rows));
  }
}

/** Multi-row INSERTs sized to stay under both databases' parameter limits. */
async function insertRows<Table extends keyof SupportAIDatabase>(
  db: Kysely<SupportAIDatabase>,
  table: Table,
  rows: ReadonlyArray<Insertable<SupportAIDatabase[Table]>>,
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    // The generic table type is too wide for Kysely's overloads; each caller passes rows of its table.
    await db
      .insertInto(table as 'tickets')
      .values(rows.slice(start, start + rowsPerStatement) as Array<Insertable<SupportAIDatabase['tickets']>>)
      .execute();
  }
}

/** Duplicate keys would fail deep inside an INSERT; report them by path instead. */
function assertUniqueKeys(data: SupportData): void {
  const issues: InputIssue[] = [];
  const check = (collection: string, keys: string[], describe: (key: string) => string) => {
    const firstIndex = new Map<string, number>();
    keys.forEach((key, index) => {
      const first = firstIndex.get(key);
      if (first === undefined) firstIndex.set(key, index);
      else if (issues.length < 20) issues.push({ path: `${collection}.${index}`, message: `duplicates ${collection}.${first}: ${describe(key)}` });
    });
  };
  const byId = (collection: keyof SupportData, rows: ReadonlyArray<{ id: string }>) => check(collection, rows.map((row) => row.id), (id) => `same id "${id}"`);
  byId('tickets', data.tickets);
  byId('agents', data.agents);
  byId('teams', data.teams);
  byId('accounts', data.accounts);
  byId('npsResponses', data.npsResponses);
  byId('kbArticles', data.kbArticles);
  byId('calendars', data.calendars);
  byId('slaPolicies', data.slaPolicies);
  byId('meetings', data.meetings);
  check(
    'usage',
    data.usage.map((usage) => JSON.stringify([usage.accountId, usage.period.start, usage.period.end])),
    () => 'same accountId and period',
  );
  if (issues.length > 0) throw new SupportAIError('invalid_input', 'Invalid dataset: duplicate keys', issues);
}
