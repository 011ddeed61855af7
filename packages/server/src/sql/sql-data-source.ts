import type { Kysely, Selectable } from 'kysely';
import type { AnswerFeedback, DataSource, Page, PageRequest, SavedDraft } from '../data-source/data-source.js';
import { DataSourceRowError } from '../data-source/data-source-errors.js';
import { applyReassignments } from './apply-reassignments.js';
import type { SupportAIDatabase } from './database-schema.js';
import { readPageRequest, toPage } from './page-cursor.js';
import { readRevision } from './revision.js';
import { rowToAccount, rowToUsage } from './rows/account-rows.js';
import { rowToKbArticle, rowToMeeting, rowToNpsResponse } from './rows/content-rows.js';
import { rowToAgent, rowToCalendar, rowToSettings, rowToSlaPolicy, rowToTeam, SETTINGS_ROW_ID } from './rows/directory-rows.js';
import { rowToTicket } from './rows/ticket-rows.js';
import { saveDraft, recordFeedback } from './user-writes.js';

/** Options of `createSqlDataSource`. */
export interface SqlDataSourceOptions {
  /**
   * A migrated database (`migrateToLatest`): SQLite from `openSqliteDatabase`, or PostgreSQL through any Kysely
   * dialect. The source's `close()` destroys it, so a chat store sharing it must be done by then.
   */
  db: Kysely<SupportAIDatabase>;
  /** Shown in logs and errors. @default 'sql' */
  name?: string;
}

/** The tables read page by page, keyed by their `id`. */
type IdKeyedTable = 'tickets' | 'accounts' | 'nps_responses' | 'kb_articles' | 'meetings';

/**
 * The SQL data source: the `DataSource` port over the SupportAI schema, on SQLite or PostgreSQL. Large lists
 * are read with keyset paging by id (stable while rows are written between pages); reassignments are one
 * transaction that bumps the revision. Feedback and drafts are user records outside the dataset the
 * handler snapshots, so they leave the revision alone (no needless reload of every ticket).
 * @example const db = openSqliteDatabase('./supportai.db'); await migrateToLatest(db); const source = createSqlDataSource({ db, name: 'sqlite:./supportai.db' });
 */
export function createSqlDataSource({ db, name = 'sql' }: SqlDataSourceOptions): DataSource {
  async function readIdPage<Table extends IdKeyedTable, Item>(
    table: Table,
    request: PageRequest,
    decode: (row: Selectable<SupportAIDatabase[Table]>) => Item,
  ): Promise<Page<Item>> {
    const { after, limit } = readPageRequest(request);
    // One query shape serves every id-keyed table; the cast only names one of them for the type checker.
    let query = db.selectFrom(table as 'tickets').selectAll().orderBy('id').limit(limit + 1);
    if (after !== null) query = query.where('id', '>', after[0]!);
    const rows = (await query.execute()) as unknown as Array<Selectable<SupportAIDatabase[Table]> & { id: string }>;
    return toPage(rows, limit, (row) => [row.id], decode);
  }

  return {
    name,
    revision: () => readRevision(db),

    async settings() {
      const row = await db.selectFrom('settings').selectAll().where('id', '=', SETTINGS_ROW_ID).executeTakeFirst();
      if (!row) throw new DataSourceRowError('settings', null, [{ path: 'settings', message: 'is missing: seed the database (seedSqlDatabase) first' }]);
      return rowToSettings(row);
    },
    listAgents: async () => (await db.selectFrom('agents').selectAll().orderBy('id').execute()).map(rowToAgent),
    listTeams: async () => (await db.selectFrom('teams').selectAll().orderBy('id').execute()).map(rowToTeam),
    listCalendars: async () => (await db.selectFrom('calendars').selectAll().orderBy('id').execute()).map(rowToCalendar),
    listSlaPolicies: async () => (await db.selectFrom('sla_policies').selectAll().orderBy('id').execute()).map(rowToSlaPolicy),

    listTickets: (page) => readIdPage('tickets', page, rowToTicket),
    listAccounts: (page) => readIdPage('accounts', page, rowToAccount),
    listNpsResponses: (page) => readIdPage('nps_responses', page, rowToNpsResponse),
    listKbArticles: (page) => readIdPage('kb_articles', page, rowToKbArticle),
    listMeetings: (page) => readIdPage('meetings', page, rowToMeeting),

    async listUsage(page) {
      const { after, limit } = readPageRequest(page, 3);
      let query = db.selectFrom('usage_snapshots').selectAll().orderBy('account_id').orderBy('period_start').orderBy('period_end').limit(limit + 1);
      if (after !== null) {
        const [accountId, periodStart, periodEnd] = after as [string, string, string];
        // Row-value comparison: SQLite 3.15+ and PostgreSQL both support it, and it uses the primary key.
        query = query.where((eb) => eb(eb.refTuple('account_id', 'period_start', 'period_end'), '>', eb.tuple(accountId, periodStart, periodEnd)));
      }
      const rows = await query.execute();
      return toPage(rows, limit, (row) => [row.account_id, row.period_start, row.period_end], rowToUsage);
    },

    async getTicket(id) {
      const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rowToTicket(row) : null;
    },

    applyReassignments: (write) => applyReassignments(db, write),
    recordFeedback: (feedback: AnswerFeedback) => recordFeedback(db, feedback),
    saveDraft: (draft: SavedDraft) => saveDraft(db, draft),

    async close() {
      await db.destroy();
    },
  };
}
