import { benchDashboards } from './dashboard-bench.js';
import { benchRouteQuery } from './router-bench.js';
import { benchAddBusinessMinutes, benchEvaluateSla } from './sla-bench.js';

/**
 * `pnpm bench [filter]`: every benchmark whose title starts with the filter (all without one), printed
 * as tables. Figures go into docs/benchmarks.md by hand.
 */
const BENCHMARKS: { title: string; run: () => Record<string, string | number> }[] = [
  { title: 'SLA: evaluateSla over 100k generated timelines', run: benchEvaluateSla },
  { title: 'SLA: addBusinessMinutes vs moment-business-time', run: benchAddBusinessMinutes },
  { title: 'Router: routeQuery latency per call', run: benchRouteQuery },
  { title: 'Dashboards: persona payloads and search over 100k tickets / 5k accounts', run: benchDashboards },
];

const filter = (process.argv[2] ?? '').toLowerCase();
console.log(`node ${process.version}, ${process.platform}/${process.arch}, pinned to one core: ${process.env.SUPPORTAI_BENCH_PINNED ?? 'no'}`);
for (const { title, run } of BENCHMARKS.filter((benchmark) => benchmark.title.toLowerCase().startsWith(filter))) {
  console.log(`\n${title}`);
  console.table(run());
}
