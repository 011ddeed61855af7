import { describe, expect, it, vi } from 'vitest';
import { createSnapshotLoader } from '../../src/data-source/snapshot-loader.js';
import { createMemoryDataSource, silentLogger, type DataSource } from '../../src/index.js';
import { dataset, visibleTickets, VIEWERS } from './demo-fixture.js';

/** A source that hands out fresh copies of every row, as a database does. */
function copyingSource(): DataSource {
  const source = createMemoryDataSource(dataset);
  return { ...source, listTickets: async (page) => structuredClone(await source.listTickets(page)) };
}

describe('snapshot loader', () => {
  it('loads once for concurrent callers and again only when the revision moves', async () => {
    const source = copyingSource();
    const listTickets = vi.spyOn(source, 'listTickets');
    const loader = createSnapshotLoader({ source, logger: silentLogger, pageSize: 1000 });
    const [first, second] = await Promise.all([loader.current(), loader.current()]);
    expect(first).toBe(second);
    expect(listTickets).toHaveBeenCalledTimes(Math.ceil(dataset.tickets.length / 1000));
    expect(await loader.current()).toBe(first);
    expect(listTickets).toHaveBeenCalledTimes(Math.ceil(dataset.tickets.length / 1000));
  });

  it('after a write, reuses every unchanged ticket object and parses only the changed one', async () => {
    const source = copyingSource();
    const loader = createSnapshotLoader({ source, logger: silentLogger });
    const before = await loader.current();
    const moved = visibleTickets(VIEWERS.agent).find((ticket) => ticket.status === 'open')!;
    await source.applyReassignments({ moves: [{ ticketId: moved.id, fromAgentId: moved.assigneeId, toAgentId: 'agent-elsewhere', reason: 'test' }], actorUserId: 'manager-a', at: dataset.now });
    const after = await loader.current();
    expect(after).not.toBe(before);
    const beforeById = new Map(before.tickets.map((ticket) => [ticket.id, ticket]));
    const reused = after.tickets.filter((ticket) => beforeById.get(ticket.id) === ticket).length;
    expect(reused).toBe(dataset.tickets.length - 1);
    const reloaded = after.tickets.find((ticket) => ticket.id === moved.id)!;
    expect(reloaded).not.toBe(beforeById.get(moved.id));
    expect(reloaded.assigneeId).toBe('agent-elsewhere');
    expect(reloaded.events.at(-1)).toMatchObject({ type: 'assignment', assigneeId: 'agent-elsewhere' });
    expect(Object.isFrozen(reloaded.events)).toBe(true);
  });
});
