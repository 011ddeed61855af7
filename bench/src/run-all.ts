import { benchAddBusinessMinutes, benchEvaluateSla } from './sla-bench.js';

/** `pnpm bench`: every benchmark, printed as tables. Figures go into docs/benchmarks.md by hand. */
const header = `node ${process.version}, ${process.platform}/${process.arch}, pinned to one core: ${process.env.SUPPORTAI_BENCH_PINNED ?? 'no'}`;
console.log(header);
console.log('\nSLA: evaluateSla over 100k generated timelines');
console.table(benchEvaluateSla());
console.log('\nSLA: addBusinessMinutes vs moment-business-time');
console.table(benchAddBusinessMinutes());
