// The declaration half of `pnpm build` for the packages built one module per source file (tsup.config.ts):
// tsc writes a .d.ts beside each emitted module, so types and code have the same layout.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
for (const name of ['core', 'react']) {
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'packages', name, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
