// `pnpm bench:server`: bundles the server benchmark (better-sqlite3 stays external: it is native), then
// runs it pinned to one core with `taskset` where it exists.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('.out', { recursive: true });
writeFileSync(
  '.out/server-entry.ts',
  "import { benchServer } from '../src/server-bench.js';\nconsole.log(`node ${process.version}, pinned to one core: ${process.env.SUPPORTAI_BENCH_PINNED ?? 'no'}`);\nconsole.log('\\nServer: routes on SQLite with 100k tickets / 5k accounts');\nconsole.table(await benchServer());\n",
);
await build({
  entryPoints: ['.out/server-entry.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: '.out/run-server.mjs',
  external: ['better-sqlite3'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
const hasTaskset = spawnSync('taskset', ['--version']).status === 0;
const nodeArgs = ['--expose-gc', '.out/run-server.mjs'];
const command = hasTaskset ? 'taskset' : process.execPath;
const args = hasTaskset ? ['-c', '0', process.execPath, ...nodeArgs] : nodeArgs;
const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, SUPPORTAI_BENCH_PINNED: hasTaskset ? 'cpu 0 (taskset)' : 'no' } });
process.exit(run.status ?? 1);
