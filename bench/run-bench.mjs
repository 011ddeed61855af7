// `pnpm bench`: bundles the benchmarks with esbuild (production-like code: no tsx loader or name
// helpers on the hot path), then runs them pinned to one core with `taskset` where it exists.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('.out', { recursive: true });
await build({
  entryPoints: ['src/run-all.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: '.out/run-all.mjs',
  external: ['moment', 'moment-business-time'],
  logLevel: 'warning',
});
const hasTaskset = spawnSync('taskset', ['--version']).status === 0;
const nodeArgs = ['--expose-gc', '.out/run-all.mjs', ...process.argv.slice(2)];
const command = hasTaskset ? 'taskset' : process.execPath;
const args = hasTaskset ? ['-c', '0', process.execPath, ...nodeArgs] : nodeArgs;
const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, SUPPORTAI_BENCH_PINNED: hasTaskset ? 'cpu 0 (taskset)' : 'no' } });
process.exit(run.status ?? 1);
