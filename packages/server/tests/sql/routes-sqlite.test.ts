import { afterAll, describe, expect, it } from 'vitest';
import type { DataSource } from '../../src/index.js';
import { createSqlChatStore } from '../../src/sql/index.js';
import { dataset, demoHandler, OTHER_VIEWERS, requestAs, VIEWERS } from '../handler/demo-fixture.js';
import { describeRoutes } from '../handler/describe-routes.js';
import { createTemporarySqliteFolder } from './temporary-sqlite.js';

const folder = createTemporarySqliteFolder();
afterAll(() => folder.remove());

// One seeded file for the whole run: every handler reads it through its own snapshot, as replicas would.
let source: Promise<DataSource> | undefined;
describeRoutes('SQLite', () => (source ??= folder.createSource(dataset)));

describe('chat on the SQLite chat store', () => {
  it('keeps a turn of the thread for its owner only, across handlers sharing the file', async () => {
    const { db } = await folder.openMigrated();
    const chatStore = createSqlChatStore({ db });
    const data = await (source ??= folder.createSource(dataset));
    const first = demoHandler({ data, chatStore });
    const body = { id: 'sqlite-thread', messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Show me agent workload distribution' }] }] };
    const streamed = await (await first(requestAs(VIEWERS.manager, '/chat', { json: body }))).text();
    expect(streamed).toContain('"type":"data-answer"');
    // Another handler (another replica) on the same file sees the saved turn.
    const second = demoHandler({ data, chatStore: createSqlChatStore({ db }) });
    const thread = (await (await second(requestAs(VIEWERS.manager, '/chat/threads/sqlite-thread'))).json()) as { messages: { role: string }[] };
    expect(thread.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect((await second(requestAs(OTHER_VIEWERS.manager, '/chat/threads/sqlite-thread'))).status).toBe(404);
    const hijack = await second(requestAs(OTHER_VIEWERS.manager, '/chat', { json: { ...body, messages: [{ id: 'u2', role: 'user', parts: [{ type: 'text', text: 'hello' }] }] } }));
    expect(hijack.status).toBe(404);
  });
});
