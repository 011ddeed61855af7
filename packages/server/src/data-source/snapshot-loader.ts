import { deepFreeze, SupportDataSchema, toInputIssues, type SupportData, type Ticket } from '@supportai/core';
import type * as z from 'zod';
import type { Logger } from '../logging/logger.js';
import type { DataSource, Page, PageRequest } from './data-source.js';
import { DataSourceRowError } from './data-source-errors.js';

/** Keeps one parsed, frozen copy of the source's data and reloads it when the source's revision moves. */
export interface SnapshotLoader {
  /** The dataset at the source's current revision. Concurrent callers share one load. */
  current(): Promise<SupportData>;
}

export interface SnapshotLoaderOptions {
  source: DataSource;
  logger: Logger;
  /** Rows per page when reading large lists. @default 2000 */
  pageSize?: number;
  /** Runs once on every freshly loaded snapshot, e.g. to warm caches. */
  onLoaded?: (data: SupportData) => void;
}

type Collection = keyof Omit<SupportData, 'settings'>;
const rowSchemas = SupportDataSchema.shape;

/**
 * Builds the loader the handler reads through. Rows the loader has already validated (frozen objects a
 * memory source hands back unchanged) map to the same parsed copies, so caches keyed on them stay warm; every
 * other row is parsed with its contract, and a bad row fails the load with a `DataSourceRowError`.
 */
export function createSnapshotLoader({ source, logger, pageSize = 2000, onLoaded }: SnapshotLoaderOptions): SnapshotLoader {
  // Input row → its parsed, frozen copy: a source that hands back the same objects gets the same copies.
  const parsedRows = new WeakMap<object, object>();
  let loaded: { revision: string; data: SupportData } | undefined;
  let inFlight: { revision: string; promise: Promise<SupportData> } | undefined;

  // Tickets of the previous snapshot by id: a reload reuses the parsed ticket when the row did not change.
  let previousTickets = new Map<string, Ticket>();

  // Repeated texts (macros, templated replies, categories, tags) kept once per load instead of once per row.
  let interned = new Map<string, string>();

  function parseRows<Row>(collection: Collection, rows: readonly unknown[]): Row[] {
    const schema = rowSchemas[collection].element as z.ZodType;
    return rows.map((row) => {
      const known = typeof row === 'object' && row !== null ? parsedRows.get(row) : undefined;
      if (known) return known as Row;
      if (collection === 'tickets') {
        const unchanged = unchangedTicket(row, previousTickets);
        if (unchanged) return unchanged as Row;
      }
      const result = schema.safeParse(row);
      if (!result.success) {
        const rowId = typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : null;
        const error = new DataSourceRowError(collection, rowId, toInputIssues(result.error.issues));
        logger.error(error.message, { source: source.name, collection, rowId, issues: error.issues });
        throw error;
      }
      if (collection === 'tickets') internTicketTexts(result.data as Ticket, interned);
      const parsed = deepFreeze(result.data as object);
      // Only a frozen input is sure to be unchanged when it comes back.
      if (Object.isFrozen(row)) parsedRows.set(row as object, parsed);
      return parsed as Row;
    });
  }

  async function readAll<Row>(collection: Collection, read: (page: PageRequest) => Promise<Page<unknown>>): Promise<Row[]> {
    const rows: Row[] = [];
    let cursor: string | null = null;
    do {
      const page = await read({ cursor, limit: pageSize });
      for (const row of parseRows<Row>(collection, page.rows)) rows.push(row);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return rows;
  }

  async function load(revision: string): Promise<SupportData> {
    const started = performance.now();
    const [settings, agents, teams, calendars, slaPolicies] = await Promise.all([
      source.settings(),
      source.listAgents(),
      source.listTeams(),
      source.listCalendars(),
      source.listSlaPolicies(),
    ]);
    const settingsResult = SupportDataSchema.shape.settings.safeParse(settings);
    if (!settingsResult.success) throw new DataSourceRowError('settings', null, toInputIssues(settingsResult.error.issues));
    const data: SupportData = {
      settings: deepFreeze(settingsResult.data),
      agents: parseRows('agents', agents),
      teams: parseRows('teams', teams),
      calendars: parseRows('calendars', calendars),
      slaPolicies: parseRows('slaPolicies', slaPolicies),
      tickets: await readAll('tickets', (page) => source.listTickets(page)),
      accounts: await readAll('accounts', (page) => source.listAccounts(page)),
      usage: await readAll('usage', (page) => source.listUsage(page)),
      npsResponses: await readAll('npsResponses', (page) => source.listNpsResponses(page)),
      kbArticles: await readAll('kbArticles', (page) => source.listKbArticles(page)),
      meetings: await readAll('meetings', (page) => source.listMeetings(page)),
    };
    previousTickets = new Map(data.tickets.map((ticket) => [ticket.id, ticket]));
    interned = new Map();
    for (const list of Object.values(data)) Object.freeze(list);
    Object.freeze(data);
    onLoaded?.(data);
    logger.info('snapshot loaded', { source: source.name, revision, tickets: data.tickets.length, milliseconds: Math.round(performance.now() - started) });
    return data;
  }

  return {
    async current() {
      const revision = await source.revision();
      if (loaded?.revision === revision) return loaded.data;
      if (inFlight?.revision === revision) return inFlight.promise;
      const promise = load(revision).then((data) => {
        loaded = { revision, data };
        return data;
      });
      inFlight = { revision, promise };
      // A failed load is not cached: the next request tries again.
      promise.finally(() => {
        if (inFlight?.promise === promise) inFlight = undefined;
      }).catch(() => {});
      return promise;
    },
  };
}

/**
 * The previous snapshot's ticket when the row is the same ticket unchanged: same id, `updatedAt`, status,
 * assignee, priority and number of events. Sources bump `updatedAt` on every change (the SQL source does;
 * hosts must), so a reload after one write parses only what was written and the SLA caches, keyed on the
 * parsed tickets, stay warm.
 */
function unchangedTicket(row: unknown, previous: ReadonlyMap<string, Ticket>): Ticket | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const candidate = row as Partial<Record<keyof Ticket, unknown>>;
  if (typeof candidate.id !== 'string') return undefined;
  const ticket = previous.get(candidate.id);
  if (!ticket || !Array.isArray(candidate.events)) return undefined;
  const same =
    candidate.updatedAt === ticket.updatedAt &&
    candidate.status === ticket.status &&
    candidate.assigneeId === ticket.assigneeId &&
    candidate.priority === ticket.priority &&
    candidate.teamId === ticket.teamId &&
    candidate.events.length === ticket.events.length;
  return same ? ticket : undefined;
}

/** Fields whose values are (nearly) unique per row: interning them would only fill the map. */
const UNIQUE_FIELDS = new Set(['id', 'at', 'createdAt', 'updatedAt', 'solvedAt']);

/**
 * Replaces each string of a freshly parsed ticket and its events (texts, ids of agents and accounts,
 * statuses, tags) with the first equal string seen in this load. Rows read from a database hold their
 * own copy of every string; support data repeats itself (macros, templated replies, the same agents and
 * accounts on every event), so sharing the copies keeps the snapshot close to its real size.
 */
function internTicketTexts(ticket: Ticket, interned: Map<string, string>): void {
  internStrings(ticket as unknown as Record<string, unknown>, interned);
  const mutable = ticket as { tags: string[] };
  mutable.tags = ticket.tags.map((tag) => intern(tag, interned));
  for (const event of ticket.events) internStrings(event as unknown as Record<string, unknown>, interned);
}

function internStrings(record: Record<string, unknown>, interned: Map<string, string>): void {
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (typeof value === 'string' && !UNIQUE_FIELDS.has(key)) record[key] = intern(value, interned);
  }
}

function intern(text: string, interned: Map<string, string>): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  interned.set(text, text);
  return text;
}
