import { answerIntent, findSimilarTickets, PERSONA_DASHBOARDS, prepareSupportData, searchKb, type Persona, type SupportData, type Viewer } from '@supportai/core';
import { generateDemoDataset } from '@supportai/core/demo';
import { formatMs, median, megabytes } from './measure.js';

/** What each persona's dashboard shows: the intents its panels answer (as the server's dashboards route). */
const DASHBOARDS = PERSONA_DASHBOARDS;

/** Repeats after the first call; the median is reported. */
const REPEATS = 5;

function viewers(data: SupportData): Record<Persona, Viewer> {
  const team = data.teams[0]!;
  const agent = data.agents.find((candidate) => candidate.teamId === team.id)!;
  const csmId = data.accounts.find((account) => account.csmId)?.csmId ?? 'csm-1';
  return {
    executive: { userId: 'ceo', persona: 'executive' },
    manager: { userId: 'manager', persona: 'manager', teamId: team.id },
    agent: { userId: agent.id, persona: 'agent', agentId: agent.id, teamId: team.id },
    csm: { userId: csmId, persona: 'csm', accountIds: data.accounts.filter((account) => account.csmId === csmId).map((account) => account.id) },
  };
}

/** Heap in use and typed-array memory (outside the heap) after two full collections. */
function settledMemory(): { heap: number; arrayBuffers: number } {
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed, arrayBuffers };
}

/** Wall and CPU milliseconds of `work` (CPU includes the collector's threads, all on the one pinned core). */
function timed(work: () => void): { wallMs: number; cpuMs: number } {
  const wallStarted = performance.now();
  const cpuStarted = process.cpuUsage();
  work();
  const cpu = process.cpuUsage(cpuStarted);
  return { wallMs: performance.now() - wallStarted, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * Every persona's dashboard payloads from the 100k-ticket / 5k-account dataset after `prepareSupportData`
 * (budget < 300 ms each after loading, < 300 MB heap), then similar-ticket and KB search latency (budget
 * < 10 ms p50). Heap is measured after full collections: the dataset alone, after preparing, and after
 * every dashboard; the similar-ticket index over every resolved ticket is measured on its own.
 */
export function benchDashboards(): Record<string, string | number> {
  const start = settledMemory();
  let data!: ReturnType<typeof generateDemoDataset>;
  const load = timed(() => {
    data = generateDemoDataset({ seed: 7, size: { accounts: 5000, tickets: 100_000 } });
  });
  const loaded = settledMemory();
  const now = new Date(data.now);
  const who = viewers(data);
  const result: Record<string, string | number> = { tickets: data.tickets.length, accounts: data.accounts.length, generateAndLoad: formatMs(load.wallMs) };

  const prepare = timed(() => prepareSupportData(data, now));
  const prepared = settledMemory();
  result['prepareSupportData'] = `${formatMs(prepare.wallMs)} (cpu ${formatMs(prepare.cpuMs)})`;

  for (const persona of Object.keys(DASHBOARDS) as Persona[]) {
    const rounds = Array.from({ length: REPEATS + 1 }, () => timed(() => DASHBOARDS[persona].forEach((intent) => answerIntent(intent, { data, viewer: who[persona], now }))));
    const [first, ...repeats] = rounds;
    result[`${persona} first after prepare`] = `${formatMs(first!.wallMs)} (cpu ${formatMs(first!.cpuMs)})`;
    result[`${persona} repeat (median)`] = `${formatMs(median(repeats.map((round) => round.wallMs)))} (cpu ${formatMs(median(repeats.map((round) => round.cpuMs)))})`;
  }
  const dashboards = settledMemory();
  result['heap: dataset'] = megabytes(loaded.heap - start.heap);
  result['heap: + prepared caches'] = megabytes(prepared.heap - loaded.heap);
  result['heap: + after all dashboards'] = megabytes(dashboards.heap - loaded.heap);
  result['heap: total above start'] = megabytes(dashboards.heap - start.heap);
  result['typed arrays (outside the heap)'] = megabytes(dashboards.arrayBuffers - start.arrayBuffers);

  const solved = data.tickets.filter((ticket) => ticket.status === 'solved' || ticket.status === 'closed');
  const probes = data.tickets.filter((ticket) => ticket.status === 'open').slice(0, 200);
  const beforeIndex = settledMemory();
  const indexBuild = timed(() => findSimilarTickets({ ticket: probes[0]!, tickets: data.tickets }));
  const afterIndex = settledMemory();
  result['similar index build'] = formatMs(indexBuild.wallMs);
  result['similar index heap'] = megabytes(afterIndex.heap - beforeIndex.heap);
  result['similar index typed arrays'] = megabytes(afterIndex.arrayBuffers - beforeIndex.arrayBuffers);
  const similarTimes = probes.map((ticket) => timed(() => findSimilarTickets({ ticket, tickets: data.tickets })).wallMs);
  // The demo KB has a few dozen articles; copies with their own ids make a 100k-document library.
  const library = Array.from({ length: Math.ceil(100_000 / data.kbArticles.length) }, (_, copy) =>
    data.kbArticles.map((article) => ({ ...article, id: `${article.id}-${copy}`, title: `${article.title} (${copy})` })),
  ).flat().slice(0, 100_000);
  result['kb index build (100k articles)'] = formatMs(timed(() => searchKb({ query: 'warm up', articles: library })).wallMs);
  const kbQueries = ['password reset', 'saml sso okta', 'invoice refund', 'api 429 rate limit', 'csv export timeout', 'slack integration'];
  const kbTimes = kbQueries.flatMap((query) => Array.from({ length: 20 }, () => timed(() => searchKb({ query, articles: library })).wallMs));
  result['similar tickets p50'] = formatMs(median(similarTimes));
  result['kb search p50 (100k articles)'] = formatMs(median(kbTimes));
  result['solved tickets indexed'] = solved.length;
  return result;
}
