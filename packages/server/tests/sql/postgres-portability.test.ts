import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSourceRowError } from '../../src/data-source/data-source-errors.js';
import { createSqlDataSource, migrateToLatest, seedSqlDatabase, type SupportAIDatabase } from '../../src/sql/index.js';
import { contractDataset, describeDataSourceContract } from '../data-source-contract.js';
import { describeSqlChatStore } from './chat-store-behaviour.js';
import { PgliteDialect } from './pglite-dialect.js';

/*
 * The same schema, queries and transactions on PostgreSQL: PGlite is PostgreSQL compiled to WebAssembly,
 * run in process. One database serves the whole file; each source re-seeds it with `replace`.
 */
let pglite: PGlite;
const openKysely = () => new Kysely<SupportAIDatabase>({ dialect: new PgliteDialect(pglite) });

beforeAll(async () => {
  pglite = await PGlite.create();
}, 60_000);
afterAll(async () => {
  await pglite?.close();
});

describe('migrations on PostgreSQL', () => {
  it('creates every table once and applies nothing the second time', async () => {
    const db = openKysely();
    expect(await migrateToLatest(db)).toEqual({ applied: ['0001_initial_schema'] });
    expect(await migrateToLatest(db)).toEqual({ applied: [] });
    const tables = (await db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(expect.arrayContaining(['meta', 'settings', 'tickets', 'usage_snapshots', 'chat_threads', 'chat_messages', 'supportai_migration']));
    const revisionColumn = (await db.introspection.getTables()).find((table) => table.name === 'meta')?.columns.find((column) => column.name === 'revision');
    expect(revisionColumn?.dataType).toBe('int8');
  });
});

describeDataSourceContract('PostgreSQL (PGlite)', async (dataset) => {
  const db = openKysely();
  await migrateToLatest(db);
  await seedSqlDatabase(db, dataset, { replace: true });
  return createSqlDataSource({ db, name: 'pglite' });
});

describeSqlChatStore('PostgreSQL (PGlite)', async () => {
  const db = openKysely();
  await migrateToLatest(db);
  await db.deleteFrom('chat_threads').execute();
  return { db, release: () => db.destroy() };
});

describe('SQL data source on PostgreSQL', () => {
  const dataset = contractDataset();

  it('reports a corrupted JSON column as a row error naming the ticket and column', async () => {
    const db = openKysely();
    await seedSqlDatabase(db, dataset, { replace: true, validate: false });
    const ticketId = dataset.tickets[7]!.id;
    await db.updateTable('tickets').set({ links: '[{' }).where('id', '=', ticketId).execute();

    const reading = createSqlDataSource({ db }).getTicket(ticketId);

    await expect(reading).rejects.toBeInstanceOf(DataSourceRowError);
    await expect(reading).rejects.toMatchObject({ collection: 'tickets', rowId: ticketId, issues: [{ path: 'links' }] });
  });

  it('works unchanged when a deployment turns the JSON columns into jsonb', async () => {
    const db = openKysely();
    await seedSqlDatabase(db, dataset, { replace: true, validate: false });
    for (const column of ['tags', 'events', 'links', 'csat', 'details']) {
      await sql`alter table tickets alter column ${sql.ref(column)} type jsonb using ${sql.ref(column)}::jsonb`.execute(db);
    }
    const source = createSqlDataSource({ db });
    const ticket = dataset.tickets.find((candidate) => candidate.assigneeId !== null)!;

    expect(await source.getTicket(ticket.id)).toEqual(ticket);
    const [updated] = await source.applyReassignments({
      moves: [{ ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId: 'agent-5', reason: 'balance' }],
      actorUserId: 'manager-1',
      at: '2026-11-20T09:30:00Z',
    });
    expect(updated?.events).toHaveLength(ticket.events.length + 1);
    expect(await source.getTicket(ticket.id)).toEqual(updated);
  });
});
