import { TicketSchema, type SupportData, type Ticket } from '@supportai/core';
import { generateDemoDataset } from '@supportai/core/demo';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnswerFeedback, DataSource, Page, PageRequest, ReassignmentWrite, SavedDraft } from '../src/data-source/data-source.js';
import { ReassignmentConflictError } from '../src/data-source/data-source-errors.js';

/** Builds a fresh source holding `dataset`; the suite closes it (`close?.()`) when a test is done. */
export type CreateContractSource = (dataset: SupportData) => DataSource | Promise<DataSource>;

export interface DataSourceContractOptions {
  /** The dataset every source is built from. @default contractDataset() */
  dataset?: SupportData;
  /** Hook timeout for building a source (an in-process PostgreSQL is slower to seed). @default 30000 */
  setupTimeoutMs?: number;
}

/** Ids the contract says must be kept exactly: digits only, a case twin, non-ASCII, spaces and slashes. */
export const UNUSUAL_TICKET_IDS = ['12345', 'TICK-001', 'tick-001', 'ÉTÉ-42', 'a b/c?d'] as const;

let demo: SupportData | undefined;

function demoData(): SupportData {
  // Only the SupportData fields: the demo's clock, seed and planted truth are not a source's business.
  const { now: _now, seed: _seed, size: _size, truth: _truth, ...data } = generateDemoDataset({ seed: 1, size: 'small' });
  return data;
}

/**
 * The demo's small dataset cut down for speed (100 tickets and 200 usage snapshots, the other lists whole),
 * plus copies of demo tickets under unusual ids, one spelling its times with an offset and one without its
 * optional fields.
 */
export function contractDataset(): SupportData {
  demo ??= demoData();
  const tickets = demo.tickets.slice(0, 100);
  const unusual = UNUSUAL_TICKET_IDS.map((id, index) => ({ ...structuredClone(tickets[index * 7]!), id }));
  // Same instants, spelled at +02:00: a source must hand back the spelling it was given.
  unusual[1] = { ...unusual[1]!, createdAt: atOffset(unusual[1]!.createdAt, 2), updatedAt: atOffset(unusual[1]!.updatedAt, 2) };
  const { escalated: _escalated, sentiment: _sentiment, resolutionSummary: _summary, reopens: _reopens, ...bare } = unusual[3]!;
  unusual[3] = { ...bare, csat: null, solvedAt: null, links: [], tags: [] };
  return { ...demo, tickets: [...tickets, ...unusual], usage: demo.usage.slice(0, 200) };
}

function atOffset(iso: string, hours: number): string {
  const shifted = new Date(Date.parse(iso) + hours * 3_600_000).toISOString().slice(0, 19);
  return `${shifted}+${String(hours).padStart(2, '0')}:00`;
}

async function readAll<Row>(read: (page: PageRequest) => Promise<Page<Row>>, limit: number): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  for (let pages = 0; ; pages += 1) {
    const page: Page<Row> = await read({ cursor, limit });
    expect(page.rows.length).toBeLessThanOrEqual(limit);
    rows.push(...page.rows);
    if (page.nextCursor === null) return rows;
    cursor = page.nextCursor;
    // A cursor that never ends is a bug, not a long list.
    expect(pages).toBeLessThan(10_000);
  }
}

type PagedList = 'listTickets' | 'listAccounts' | 'listUsage' | 'listNpsResponses' | 'listKbArticles' | 'listMeetings';

const PAGED_LISTS: Array<{ method: PagedList; collection: keyof SupportData; keyOf: (row: never) => string }> = [
  { method: 'listTickets', collection: 'tickets', keyOf: (row: { id: string }) => row.id },
  { method: 'listAccounts', collection: 'accounts', keyOf: (row: { id: string }) => row.id },
  {
    method: 'listUsage',
    collection: 'usage',
    keyOf: (row: { accountId: string; period: { start: string; end: string } }) => `${row.accountId}/${row.period.start}/${row.period.end}`,
  },
  { method: 'listNpsResponses', collection: 'npsResponses', keyOf: (row: { id: string }) => row.id },
  { method: 'listKbArticles', collection: 'kbArticles', keyOf: (row: { id: string }) => row.id },
  { method: 'listMeetings', collection: 'meetings', keyOf: (row: { id: string }) => row.id },
];

function sortedBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Row[] {
  return [...rows].sort((left, right) => (keyOf(left) < keyOf(right) ? -1 : keyOf(left) > keyOf(right) ? 1 : 0));
}

const byId = (row: { id: string }) => row.id;

/** Two tickets of one agent and another agent to give them to, from the dataset. */
function reassignmentPlan(dataset: SupportData): { tickets: [Ticket, Ticket]; toAgentId: string } {
  const byAssignee = new Map<string, Ticket[]>();
  for (const ticket of dataset.tickets) {
    if (ticket.assigneeId !== null) byAssignee.set(ticket.assigneeId, [...(byAssignee.get(ticket.assigneeId) ?? []), ticket]);
  }
  const [fromAgentId, tickets] = [...byAssignee].find(([, list]) => list.length >= 2)!;
  const toAgentId = dataset.agents.find((agent) => agent.id !== fromAgentId)!.id;
  return { tickets: [tickets[0]!, tickets[1]!], toAgentId };
}

const WRITE_AT = '2026-11-20T09:30:00Z';

/**
 * The behaviour every `DataSource` must show, through the interface only: paging, lookups, atomic
 * reassignments with conflicts, revisions and idempotent user writes. Run it against any source:
 * `describeDataSourceContract('memory', (dataset) => createMemoryDataSource(dataset))`.
 */
export function describeDataSourceContract(name: string, createSource: CreateContractSource, options: DataSourceContractOptions = {}): void {
  const setupTimeoutMs = options.setupTimeoutMs ?? 30_000;

  describe(`DataSource contract: ${name}`, () => {
    let dataset: SupportData;
    beforeAll(() => {
      dataset = options.dataset ?? contractDataset();
    });

    describe('reading', () => {
      let source: DataSource;
      beforeAll(async () => {
        source = await createSource(dataset);
      }, setupTimeoutMs);
      afterAll(async () => {
        await source?.close?.();
      });

      it('returns the settings and the small lists as they were given', async () => {
        expect(await source.settings()).toEqual(dataset.settings);
        expect(sortedBy(await source.listAgents(), byId)).toEqual(sortedBy(dataset.agents, byId));
        expect(sortedBy(await source.listTeams(), byId)).toEqual(sortedBy(dataset.teams, byId));
        expect(sortedBy(await source.listCalendars(), byId)).toEqual(sortedBy(dataset.calendars, byId));
        expect(sortedBy(await source.listSlaPolicies(), byId)).toEqual(sortedBy(dataset.slaPolicies, byId));
      });

      for (const { method, collection, keyOf } of PAGED_LISTS) {
        it(`${method} returns every row exactly once, in the same order whatever the page size`, async () => {
          const read = (page: PageRequest) => (source[method] as (page: PageRequest) => Promise<Page<unknown>>)(page);
          const key = keyOf as (row: unknown) => string;
          const expected = dataset[collection] as unknown[];

          const smallPages = await readAll(read, 13);
          const onePage = await readAll(read, expected.length + 10);

          expect(smallPages.map(key)).toEqual(onePage.map(key));
          expect(new Set(smallPages.map(key)).size).toBe(expected.length);
          expect(sortedBy(smallPages, key)).toEqual(sortedBy(expected, key));
        });
      }

      it('ends on a page whose nextCursor is null, and a first page of one row holds one row', async () => {
        const first = await source.listTickets({ cursor: null, limit: 1 });
        expect(first.rows).toHaveLength(1);
        expect(first.nextCursor).not.toBeNull();

        const everything = await source.listTickets({ cursor: null, limit: dataset.tickets.length });
        expect(everything.rows).toHaveLength(dataset.tickets.length);
        expect(everything.nextCursor).toBeNull();
      });

      it('gets a ticket by its id exactly as stored, and null for anything else', async () => {
        for (const id of UNUSUAL_TICKET_IDS) {
          expect(await source.getTicket(id)).toEqual(dataset.tickets.find((ticket) => ticket.id === id));
        }
        const demoTicket = dataset.tickets[0]!;
        expect(await source.getTicket(demoTicket.id)).toEqual(demoTicket);
        expect(await source.getTicket(demoTicket.id.toLowerCase())).toBeNull();
        expect(await source.getTicket(` ${demoTicket.id}`)).toBeNull();
        expect(await source.getTicket('NO-SUCH-TICKET')).toBeNull();
      });

      it('keeps its revision while nothing is written', async () => {
        const revision = await source.revision();
        expect(revision).toEqual(expect.any(String));
        await source.listTickets({ cursor: null, limit: 50 });
        expect(await source.revision()).toBe(revision);
      });
    });

    describe('writing', () => {
      let source: DataSource;
      beforeEach(async () => {
        source = await createSource(dataset);
      }, setupTimeoutMs);
      afterEach(async () => {
        await source?.close?.();
      });

      function reassignment(moves: ReassignmentWrite['moves']): ReassignmentWrite {
        return { moves, actorUserId: 'manager-1', at: WRITE_AT };
      }

      it('applies every move of a reassignment and returns the updated tickets', async () => {
        const { tickets, toAgentId } = reassignmentPlan(dataset);
        const before = await source.revision();

        const updated = await source.applyReassignments(
          reassignment(tickets.map((ticket) => ({ ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId, reason: 'balance the queue' }))),
        );

        expect(updated.map((ticket) => ticket.id).sort()).toEqual(tickets.map((ticket) => ticket.id).sort());
        for (const ticket of updated) {
          const original = tickets.find((candidate) => candidate.id === ticket.id)!;
          expect(ticket.assigneeId).toBe(toAgentId);
          expect(ticket.updatedAt).toBe(WRITE_AT);
          expect(ticket.events).toHaveLength(original.events.length + 1);
          expect(ticket.events.at(-1)).toMatchObject({ type: 'assignment', at: WRITE_AT, actorId: 'manager-1', assigneeId: toAgentId, reason: 'balance the queue' });
          // Still a valid ticket: the handler parses whatever a write returns.
          expect(TicketSchema.safeParse(ticket).success).toBe(true);
          expect(await source.getTicket(ticket.id)).toEqual(ticket);
        }
        const listed = await readAll((page) => source.listTickets(page), 500);
        expect(listed.filter((ticket) => ticket.assigneeId === toAgentId && ticket.updatedAt === WRITE_AT).map(byId).sort()).toEqual(
          tickets.map(byId).sort(),
        );
        expect(await source.revision()).not.toBe(before);
      });

      it('assigns an unassigned ticket when the plan saw it unassigned', async () => {
        const unassigned = dataset.tickets.find((ticket) => ticket.assigneeId === null)!;
        const toAgentId = dataset.agents[0]!.id;

        const [updated] = await source.applyReassignments(reassignment([{ ticketId: unassigned.id, fromAgentId: null, toAgentId, reason: 'triage' }]));

        expect(updated?.assigneeId).toBe(toAgentId);
        expect((await source.getTicket(unassigned.id))?.assigneeId).toBe(toAgentId);
      });

      it('writes nothing and names the ticket when one move no longer matches', async () => {
        const { tickets, toAgentId } = reassignmentPlan(dataset);
        const [fresh, stale] = tickets;
        const before = await source.revision();

        const attempt = source.applyReassignments(
          reassignment([
            { ticketId: fresh.id, fromAgentId: fresh.assigneeId, toAgentId, reason: 'balance' },
            { ticketId: stale.id, fromAgentId: 'agent-who-never-had-it', toAgentId, reason: 'balance' },
          ]),
        );

        await expect(attempt).rejects.toBeInstanceOf(ReassignmentConflictError);
        await expect(attempt).rejects.toMatchObject({ ticketId: stale.id });
        expect(await source.getTicket(fresh.id)).toEqual(fresh);
        expect(await source.getTicket(stale.id)).toEqual(stale);
        expect(await source.revision()).toBe(before);
      });

      it('writes nothing when a ticket of the plan is gone', async () => {
        const { tickets, toAgentId } = reassignmentPlan(dataset);
        const before = await source.revision();

        const attempt = source.applyReassignments(
          reassignment([
            { ticketId: tickets[0].id, fromAgentId: tickets[0].assigneeId, toAgentId, reason: 'balance' },
            { ticketId: 'DESK-DELETED', fromAgentId: tickets[0].assigneeId, toAgentId, reason: 'balance' },
          ]),
        );

        await expect(attempt).rejects.toMatchObject({ ticketId: 'DESK-DELETED' });
        await expect(attempt).rejects.toBeInstanceOf(ReassignmentConflictError);
        expect(await source.getTicket(tickets[0].id)).toEqual(tickets[0]);
        expect(await source.revision()).toBe(before);
      });

      it('refuses a plan that was already applied (the tickets moved since)', async () => {
        const { tickets, toAgentId } = reassignmentPlan(dataset);
        const write = reassignment([{ ticketId: tickets[0].id, fromAgentId: tickets[0].assigneeId, toAgentId, reason: 'balance' }]);
        const [applied] = await source.applyReassignments(write);

        await expect(source.applyReassignments(write)).rejects.toBeInstanceOf(ReassignmentConflictError);
        expect(await source.getTicket(tickets[0].id)).toEqual(applied);
      });

      it('records feedback and saves drafts idempotently, leaving the dataset as it was', async () => {
        const feedback: AnswerFeedback = {
          id: 'feedback-1',
          userId: 'agent-1',
          persona: 'agent',
          messageId: 'message-1',
          threadId: 'thread-1',
          intent: 'tickets.mine',
          rating: 'up',
          comment: null,
          at: WRITE_AT,
        };
        const draft: SavedDraft = {
          id: 'draft-1',
          userId: 'agent-1',
          ticketId: dataset.tickets[0]!.id,
          accountId: null,
          body: 'Thanks for your patience.',
          tone: 'empathetic',
          citedArticleIds: [],
          at: WRITE_AT,
        };

        await source.recordFeedback(feedback);
        await expect(source.recordFeedback(feedback)).resolves.toBeUndefined();
        await source.saveDraft(draft);
        await expect(source.saveDraft(draft)).resolves.toBeUndefined();

        expect(await source.getTicket(dataset.tickets[0]!.id)).toEqual(dataset.tickets[0]);
      });
    });
  });
}
