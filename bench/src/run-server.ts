import { benchServer } from './server-bench.js';

/** `pnpm bench:server`: the server routes on SQLite, printed as a table. Figures go into docs/benchmarks.md by hand. */
console.log(`node ${process.version}, ${process.platform}/${process.arch}, pinned to one core: ${process.env.SUPPORTAI_BENCH_PINNED ?? 'no'}`);
console.log('\nServer: routes on SQLite with 100k tickets / 5k accounts');
console.table(await benchServer());
