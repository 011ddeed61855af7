import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareSupportData, type Persona, type Viewer } from '@supportai/core';
import { generateDemoDataset } from '@supportai/core/demo';
import { createSupportAIHandler, silentLogger, type SupportAIHandler } from '@supportai/server';
import { createSqlDataSource, migrateToLatest, openSqliteDatabase, seedSqlDatabase } from '@supportai/server/sql';
import { streamText } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { formatMs, median, megabytes } from './measure.js';

const BASE = 'http://127.0.0.1/api/supportai';

/** A model that answers at once, so time to first byte measures our side only. */
function instantModel() {
  return new MockLanguageModelV4({
    doStream: async () => ({
      stream: new ReadableStream({
        start(controller) {
          controller.enqueue({ type: 'stream-start', warnings: [] });
          controller.enqueue({ type: 'text-start', id: 't' });
          controller.enqueue({ type: 'text-delta', id: 't', delta: 'Your team has 42 open tickets.' });
          controller.enqueue({ type: 'text-end', id: 't' });
          controller.enqueue({ type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage: { inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 5, text: 5, reasoning: 0 } } });
          controller.close();
        },
      }),
    }),
  });
}

async function firstByteMs(response: Promise<Response>): Promise<number> {
  const started = performance.now();
  const reader = (await response).body!.getReader();
  await reader.read();
  const elapsed = performance.now() - started;
  await reader.cancel();
  return elapsed;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Server routes on SQLite with the 100k-ticket / 5k-account dataset: seed time, the first dashboard
 * (which loads and parses the snapshot), repeated dashboards per persona, heap, and chat time to first
 * byte against a mock model, compared with streamText alone.
 */
export async function benchServer(): Promise<Record<string, string | number>> {
  const file = join(tmpdir(), `supportai-bench-${process.pid}.sqlite`);
  const rows: Record<string, string | number> = {};
  globalThis.gc?.();
  const heapAtStart = process.memoryUsage().heapUsed;
  let dataset: ReturnType<typeof generateDemoDataset> | null = generateDemoDataset({ seed: 7, size: { accounts: 5000, tickets: 100_000 } });
  const team = dataset.teams[0]!;
  const agent = dataset.agents.find((candidate) => candidate.teamId === team.id)!;
  const csmId = dataset.accounts.find((account) => account.csmId)!.csmId!;
  const viewers: Record<Persona, Viewer> = {
    executive: { userId: 'ceo', persona: 'executive' },
    manager: { userId: 'manager', persona: 'manager', teamId: team.id },
    agent: { userId: agent.id, persona: 'agent', agentId: agent.id, teamId: team.id },
    csm: { userId: csmId, persona: 'csm', accountIds: dataset.accounts.filter((account) => account.csmId === csmId).map((account) => account.id) },
  };
  const now = new Date(dataset.now);
  const db = openSqliteDatabase(file);
  let preparedIn = 0;
  try {
    await migrateToLatest(db);
    rows['seed 100k tickets into SQLite'] = formatMs(await timed(() => seedSqlDatabase(db, dataset!, { validate: false })));
    dataset = null; // Only the snapshot the handler loads from SQLite stays in memory.
    const byToken = new Map(Object.values(viewers).map((viewer) => [viewer.userId, viewer]));
    const handler: SupportAIHandler = createSupportAIHandler({
      data: createSqlDataSource({ db }),
      authenticate: (request) => byToken.get(request.headers.get('authorization')?.slice(7) ?? '') ?? null,
      logger: silentLogger,
      now: () => now,
      model: instantModel(),
      limits: { requestsPerMinute: 1_000_000 },
      // Prepared here rather than inside the handler, to time the two parts of the first load apart.
      prepareSnapshot: false,
      onSnapshotLoaded: (data) => {
        const started = performance.now();
        prepareSupportData(data, now);
        preparedIn = performance.now() - started;
      },
    });
    const get = (viewer: Viewer, path: string) => handler(new Request(`${BASE}${path}`, { headers: { authorization: `Bearer ${viewer.userId}` } }));

    const firstRequest = await timed(async () => (await get(viewers.agent, '/tickets?limit=1')).text());
    rows['first data request: read + parse the snapshot from SQLite'] = formatMs(firstRequest - preparedIn);
    rows['first data request: prepareSupportData'] = formatMs(preparedIn);
    for (const persona of Object.keys(viewers) as Persona[]) {
      rows[`${persona} GET /dashboard, first`] = formatMs(await timed(async () => (await get(viewers[persona], '/dashboard')).text()));
    }
    for (const persona of Object.keys(viewers) as Persona[]) {
      const times: number[] = [];
      for (let round = 0; round < 7; round += 1) times.push(await timed(async () => (await get(viewers[persona], '/dashboard')).text()));
      rows[`${persona} GET /dashboard, repeat (median of 7)`] = formatMs(median(times));
    }
    const ticketId = (await (await get(viewers.agent, '/tickets?limit=1')).json() as { data: { rows: { id: string }[] } }).data.rows[0]!.id;
    const detail: number[] = [];
    for (let round = 0; round < 21; round += 1) detail.push(await timed(async () => (await get(viewers.agent, `/tickets/${ticketId}`)).text()));
    rows['agent GET /tickets/:id (median of 21)'] = formatMs(median(detail));

    globalThis.gc?.();
    rows['heap above start after loading + all dashboards'] = megabytes(process.memoryUsage().heapUsed - heapAtStart);

    const chatBody = (round: number) => JSON.stringify({ id: `bench-${round}`, messages: [{ id: `u${round}`, role: 'user', parts: [{ type: 'text', text: 'How is my team doing this week?' }] }] });
    const chat = (round: number) => handler(new Request(`${BASE}/chat`, { method: 'POST', headers: { authorization: `Bearer ${viewers.manager.userId}`, 'content-type': 'application/json' }, body: chatBody(round) }));
    const direct = () => Promise.resolve(streamText({ model: instantModel(), prompt: 'How is my team doing this week?' }).toUIMessageStreamResponse());
    for (let round = 0; round < 5; round += 1) {
      await firstByteMs(chat(-round - 1));
      await firstByteMs(direct());
    }
    const viaHandler: number[] = [];
    const alone: number[] = [];
    for (let round = 0; round < 31; round += 1) {
      viaHandler.push(await firstByteMs(chat(round)));
      alone.push(await firstByteMs(direct()));
    }
    rows['chat TTFB through the handler (median of 31)'] = formatMs(median(viaHandler));
    rows['chat TTFB, streamText alone with the same mock model'] = formatMs(median(alone));
    rows['chat overhead (handler − streamText), budget < 20 ms'] = formatMs(median(viaHandler) - median(alone));
    return rows;
  } finally {
    await db.destroy();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}
