import { ContractError, SupportAIError, type SupportData } from '@supportai/core';
import { sql, type Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataSource, PageRequest, Page } from '../../src/data-source/data-source.js';
import { DataSourceRowError, ReassignmentConflictError } from '../../src/data-source/data-source-errors.js';
import {
  createSqlChatStore,
  createSqlDataSource,
  migrateToLatest,
  openSqliteDatabase,
  seedSqlDatabase,
  type SupportAIDatabase,
} from '../../src/sql/index.js';
import { contractDataset, describeDataSourceContract } from '../data-source-contract.js';
import { createTemporarySqliteFolder } from './temporary-sqlite.js';

const folder = createTemporarySqliteFolder();
afterAll(() => folder.remove());

describeDataSourceContract('SQLite file', (dataset) => folder.createSource(dataset));

const dataset = contractDataset();

async function readAll<Row>(read: (page: PageRequest) => Promise<Page<Row>>, limit: number): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Row> = await read({ cursor, limit });
    rows.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return rows;
}

describe('SQL data source on a SQLite file', () => {
  let db: Kysely<SupportAIDatabase>;
  let path: string;
  let source: DataSource;

  beforeEach(async () => {
    ({ db, path } = await folder.openMigrated());
    await seedSqlDatabase(db, dataset);
    source = createSqlDataSource({ db, name: `sqlite:${path}` });
  });
  afterEach(async () => {
    await source.close?.();
  });

  describe('rows that do not hold JSON', () => {
    it('reports a corrupted ticket column by collection, row id and column, from a page and from a lookup', async () => {
      const ticketId = dataset.tickets[20]!.id;
      await db.updateTable('tickets').set({ events: '[{"type": "created", ' }).where('id', '=', ticketId).execute();

      const listing = source.listTickets({ cursor: null, limit: 1000 });
      await expect(listing).rejects.toBeInstanceOf(DataSourceRowError);
      await expect(listing).rejects.toMatchObject({
        code: 'invalid_source_row',
        collection: 'tickets',
        rowId: ticketId,
        issues: [{ path: 'events', message: expect.stringContaining('must hold valid JSON') }],
      });
      await expect(source.getTicket(ticketId)).rejects.toMatchObject({ collection: 'tickets', rowId: ticketId, issues: [{ path: 'events' }] });
      // Other tickets still read.
      expect(await source.getTicket(dataset.tickets[0]!.id)).toEqual(dataset.tickets[0]);
    });

    it('reports a details column that is JSON but not an object, and a corrupted settings document', async () => {
      const accountId = dataset.accounts[3]!.id;
      await db.updateTable('accounts').set({ details: '[1, 2]' }).where('id', '=', accountId).execute();
      await db.updateTable('settings').set({ document: 'not json' }).execute();

      await expect(source.listAccounts({ cursor: null, limit: 100 })).rejects.toMatchObject({
        collection: 'accounts',
        rowId: accountId,
        issues: [{ path: 'details', message: 'must hold a JSON object' }],
      });
      await expect(source.settings()).rejects.toMatchObject({ collection: 'settings', rowId: null, issues: [{ path: 'document' }] });
    });

    it('names the usage row by account and period, since usage has no id', async () => {
      const usage = dataset.usage[0]!;
      await db.updateTable('usage_snapshots').set({ feature_usage: '{' }).where('account_id', '=', usage.accountId).where('period_start', '=', usage.period.start).execute();

      await expect(source.listUsage({ cursor: null, limit: 5000 })).rejects.toMatchObject({
        collection: 'usage',
        rowId: `${usage.accountId}/${usage.period.start}..${usage.period.end}`,
        issues: [{ path: 'feature_usage' }],
      });
    });

    it('fails a reassignment on a corrupted timeline without writing any of its moves', async () => {
      const [healthy, corrupted] = dataset.tickets.filter((ticket) => ticket.assigneeId !== null);
      await db.updateTable('tickets').set({ events: '{"oops"' }).where('id', '=', corrupted!.id).execute();
      const revision = await source.revision();

      const attempt = source.applyReassignments({
        moves: [healthy!, corrupted!].map((ticket) => ({ ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId: 'agent-12', reason: 'balance' })),
        actorUserId: 'manager-1',
        at: '2026-11-20T09:30:00Z',
      });

      await expect(attempt).rejects.toMatchObject({ collection: 'tickets', rowId: corrupted!.id, issues: [{ path: 'events' }] });
      expect(await source.getTicket(healthy!.id)).toEqual(healthy);
      const stored = await db.selectFrom('tickets').select('assignee_id').where('id', '=', corrupted!.id).executeTakeFirstOrThrow();
      expect(stored.assignee_id).toBe(corrupted!.assigneeId);
      expect(await source.revision()).toBe(revision);
    });
  });

  describe('migrations', () => {
    it('runs the schema once: a second run applies nothing and keeps the data and revision', async () => {
      const revision = await source.revision();

      expect(await migrateToLatest(db)).toEqual({ applied: [] });

      expect(await source.revision()).toBe(revision);
      expect(await source.getTicket(dataset.tickets[5]!.id)).toEqual(dataset.tickets[5]);
    });

    it('creates every table on a new file, named apart from a host’s own migrations', async () => {
      const fresh = openSqliteDatabase(folder.nextPath());
      try {
        expect(await migrateToLatest(fresh)).toEqual({ applied: ['0001_initial_schema'] });
        const tables = (await fresh.introspection.getTables()).map((table) => table.name).sort();
        expect(tables).toEqual(
          [
            'accounts', 'agents', 'calendars', 'chat_messages', 'chat_threads', 'drafts', 'feedback', 'kb_articles', 'meetings', 'meta',
            'nps_responses', 'settings', 'sla_policies', 'supportai_migration', 'supportai_migration_lock', 'teams', 'tickets', 'usage_snapshots',
          ].sort(),
        );
      } finally {
        await fresh.destroy();
      }
    });

    it('opens the file in WAL mode, with foreign keys on and a busy timeout for other processes', async () => {
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
      const busyTimeout = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
      expect(journal.rows[0]?.journal_mode).toBe('wal');
      expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
      expect(busyTimeout.rows[0]?.timeout).toBe(5000);
    });
  });

  describe('seeding', () => {
    it('refuses to seed over a dataset, and changes nothing', async () => {
      const smaller: SupportData = { ...dataset, tickets: dataset.tickets.slice(0, 10) };

      const attempt = seedSqlDatabase(db, smaller);

      await expect(attempt).rejects.toBeInstanceOf(SupportAIError);
      await expect(attempt).rejects.toMatchObject({ code: 'database_not_empty', message: expect.stringContaining('replace: true') });
      expect(await readAll((page) => source.listTickets(page), 1000)).toHaveLength(dataset.tickets.length);
    });

    it('replaces the dataset when asked, moves the revision and keeps chat threads', async () => {
      const chatStore = createSqlChatStore({ db });
      await chatStore.saveTurn({ threadId: 'thread-1', userId: 'agent-1', title: 'Queue', messages: [], conversation: { turns: [] }, at: '2026-11-20T09:00:00Z' });
      const revision = await source.revision();
      const smaller: SupportData = { ...dataset, tickets: dataset.tickets.slice(0, 10) };

      const report = await seedSqlDatabase(db, smaller, { replace: true });

      expect(report.tickets).toBe(10);
      expect(await readAll((page) => source.listTickets(page), 1000)).toEqual(smaller.tickets);
      expect(await source.revision()).not.toBe(revision);
      expect(await chatStore.getThread('thread-1', 'agent-1')).toMatchObject({ title: 'Queue' });
    });

    it('commits in batches when the lists are longer than one transaction', async () => {
      const { db: fresh } = await folder.openMigrated();
      try {
        await seedSqlDatabase(fresh, dataset, { rowsPerTransaction: 7, validate: false });
        const batched = createSqlDataSource({ db: fresh });
        expect(await readAll((page) => batched.listTickets(page), 1000)).toEqual(await readAll((page) => source.listTickets(page), 1000));
        expect(await readAll((page) => batched.listUsage(page), 1000)).toHaveLength(dataset.usage.length);
      } finally {
        await fresh.destroy();
      }
    });

    it('names duplicated ids and invalid rows by path, writing nothing', async () => {
      const { db: fresh } = await folder.openMigrated();
      try {
        const duplicated: SupportData = { ...dataset, tickets: [...dataset.tickets, dataset.tickets[2]!] };
        await expect(seedSqlDatabase(fresh, duplicated)).rejects.toMatchObject({
          code: 'invalid_input',
          issues: [{ path: `tickets.${dataset.tickets.length}`, message: `duplicates tickets.2: same id "${dataset.tickets[2]!.id}"` }],
        });

        const invalid = { ...dataset, tickets: dataset.tickets.map((ticket, index) => (index === 4 ? { ...ticket, status: 'lost' } : ticket)) } as SupportData;
        const attempt = seedSqlDatabase(fresh, invalid);
        await expect(attempt).rejects.toBeInstanceOf(ContractError);
        await expect(attempt).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'tickets.4.status' })] });

        // Nothing was written, so a correct seed still goes through without `replace`.
        await expect(seedSqlDatabase(fresh, dataset, { validate: false })).resolves.toMatchObject({ tickets: dataset.tickets.length });
      } finally {
        await fresh.destroy();
      }
    });

    it('reports a missing settings row on a database that was never seeded', async () => {
      const { db: fresh } = await folder.openMigrated();
      const empty = createSqlDataSource({ db: fresh });
      try {
        await expect(empty.settings()).rejects.toMatchObject({ collection: 'settings', issues: [{ path: 'settings', message: expect.stringContaining('seed') }] });
        expect(await empty.listTickets({ cursor: null, limit: 10 })).toEqual({ rows: [], nextCursor: null });
      } finally {
        await empty.close?.();
      }
    });
  });

  describe('paging', () => {
    it('rejects a cursor it did not hand out and a limit below one, naming the field', async () => {
      await expect(source.listTickets({ cursor: 'not-a-cursor', limit: 10 })).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: 'cursor' }] });
      const usageCursor = (await source.listUsage({ cursor: null, limit: 1 })).nextCursor;
      // A usage cursor has three key parts; the ticket list cannot use it.
      await expect(source.listTickets({ cursor: usageCursor, limit: 10 })).rejects.toMatchObject({ issues: [{ path: 'cursor' }] });
      await expect(source.listTickets({ cursor: null, limit: 0 })).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: 'limit' }] });
    });

    it('reads every ticket exactly once while tickets are reassigned between pages', async () => {
      const first = await source.listTickets({ cursor: null, limit: 20 });
      const later = dataset.tickets.filter((ticket) => ticket.assigneeId !== null && !first.rows.some((row) => row.id === ticket.id)).slice(0, 3);
      await source.applyReassignments({
        moves: later.map((ticket) => ({ ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId: 'agent-3', reason: 'balance' })),
        actorUserId: 'manager-1',
        at: '2026-11-20T09:30:00Z',
      });

      const rest = await readAll((page) => source.listTickets(page), 20);
      const restWithoutFirst = rest.filter((ticket) => !first.rows.some((row) => row.id === ticket.id));
      const ids = [...first.rows, ...restWithoutFirst].map((ticket) => ticket.id);
      expect(new Set(ids).size).toBe(dataset.tickets.length);
      expect(ids).toHaveLength(dataset.tickets.length);
    });
  });

  describe('writes shared by every connection to the file', () => {
    it('shows one connection’s reassignment and revision to another (as replicas would)', async () => {
      const other = createSqlDataSource({ db: openSqliteDatabase(path) });
      try {
        const ticket = dataset.tickets.find((candidate) => candidate.assigneeId !== null)!;
        const revision = await other.revision();
        expect(await source.revision()).toBe(revision);

        await source.applyReassignments({
          moves: [{ ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId: 'agent-9', reason: 'balance' }],
          actorUserId: 'manager-1',
          at: '2026-11-20T09:30:00Z',
        });

        expect(await other.revision()).not.toBe(revision);
        expect((await other.getTicket(ticket.id))?.assigneeId).toBe('agent-9');
        // The stale plan now conflicts for the other replica too.
        await expect(
          other.applyReassignments({
            moves: [{ ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId: 'agent-10', reason: 'balance' }],
            actorUserId: 'manager-2',
            at: '2026-11-20T09:31:00Z',
          }),
        ).rejects.toBeInstanceOf(ReassignmentConflictError);
      } finally {
        await other.close?.();
      }
    });

    it('gives two databases with the same data different revisions', async () => {
      const twin = await folder.createSource(dataset);
      try {
        expect(await twin.revision()).not.toBe(await source.revision());
      } finally {
        await twin.close?.();
      }
    });

    it('keeps the reassignment reason in the stored timeline', async () => {
      const ticket = dataset.tickets.find((candidate) => candidate.assigneeId !== null)!;
      await source.applyReassignments({
        moves: [{ ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId: 'agent-4', reason: 'agent-1 is over capacity' }],
        actorUserId: 'manager-1',
        at: '2026-11-20T09:30:00Z',
      });
      const stored = await db.selectFrom('tickets').select('events').where('id', '=', ticket.id).executeTakeFirstOrThrow();
      expect(JSON.parse(String(stored.events)).at(-1)).toEqual({
        type: 'assignment',
        at: '2026-11-20T09:30:00Z',
        actorId: 'manager-1',
        assigneeId: 'agent-4',
        teamId: ticket.teamId,
        reason: 'agent-1 is over capacity',
      });
    });

    it('rejects a reassignment that moves one ticket twice, naming the move', async () => {
      const ticket = dataset.tickets.find((candidate) => candidate.assigneeId !== null)!;
      const move = { ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId: 'agent-4', reason: 'balance' };
      await expect(source.applyReassignments({ moves: [move, move], actorUserId: 'manager-1', at: '2026-11-20T09:30:00Z' })).rejects.toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'moves.1.ticketId' }],
      });
      expect(await source.getTicket(ticket.id)).toEqual(ticket);
    });
  });

  describe('feedback and drafts', () => {
    const feedback = {
      id: 'feedback-1',
      userId: 'agent-1',
      persona: 'agent',
      messageId: 'message-1',
      threadId: null,
      intent: 'tickets.mine',
      rating: 'up' as const,
      comment: null,
      at: '2026-11-20T09:30:00Z',
    };

    it('keeps one feedback row per id; the same user re-rating replaces it, another user cannot', async () => {
      const revision = await source.revision();
      await source.recordFeedback(feedback);
      await source.recordFeedback(feedback);
      await source.recordFeedback({ ...feedback, rating: 'down', comment: 'wrong agent' });
      await source.recordFeedback({ ...feedback, userId: 'agent-2', rating: 'up', comment: 'hijack' });

      const rows = await db.selectFrom('feedback').selectAll().execute();
      expect(rows).toEqual([expect.objectContaining({ id: 'feedback-1', user_id: 'agent-1', rating: 'down', comment: 'wrong agent' })]);
      // Feedback is not part of the dataset the handler snapshots.
      expect(await source.revision()).toBe(revision);
    });

    it('keeps one draft per id with the latest body, and rejects a bad draft by field', async () => {
      const draft = { id: 'draft-1', userId: 'agent-1', ticketId: 'DESK-10001', accountId: null, body: 'First try', tone: null, citedArticleIds: ['kb-1'], at: '2026-11-20T09:30:00Z' };
      await source.saveDraft(draft);
      await source.saveDraft({ ...draft, body: 'Second try' });

      const rows = await db.selectFrom('drafts').selectAll().execute();
      expect(rows).toEqual([expect.objectContaining({ id: 'draft-1', body: 'Second try', cited_article_ids: '["kb-1"]' })]);
      await expect(source.saveDraft({ ...draft, id: '', at: 'yesterday' })).rejects.toMatchObject({
        code: 'invalid_input',
        issues: [expect.objectContaining({ path: 'id' }), expect.objectContaining({ path: 'at' })],
      });
    });
  });
});
