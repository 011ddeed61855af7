// `pnpm bench [filter]` and `pnpm bench:server`: bundles the benchmarks with esbuild (production-like code:
// no tsx loader or name helpers on the hot path), then runs them pinned to one core with `taskset` where it
// exists. better-sqlite3 stays external: it is native.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const server = process.argv[2] === '--server';
const entry = server ? 'run-server' : 'run-all';
mkdirSync('.out', { recursive: true });
await build({
  entryPoints: [`src/${entry}.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: `.out/${entry}.mjs`,
  external: ['moment', 'moment-business-time', 'better-sqlite3'],
  // Bundled CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
const hasTaskset = spawnSync('taskset', ['--version']).status === 0;
const nodeArgs = ['--expose-gc', `.out/${entry}.mjs`, ...process.argv.slice(server ? 3 : 2)];
const command = hasTaskset ? 'taskset' : process.execPath;
const args = hasTaskset ? ['-c', '0', process.execPath, ...nodeArgs] : nodeArgs;
const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, SUPPORTAI_BENCH_PINNED: hasTaskset ? 'cpu 0 (taskset)' : 'no' } });
process.exit(run.status ?? 1);
