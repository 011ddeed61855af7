// `pnpm --filter @supportai/bench run bundle-size`: what an import of @supportai/core costs a host's
// browser bundle, measured as a host gets the package: built, `pnpm pack`ed, installed with npm in a temp
// app outside the workspace, bundled there with esbuild (minified, browser, ESM) and gzipped.
// Run `pnpm build` first. Figures go to docs/benchmarks.md; the budgets are DESIGN.md §9's.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createHostApp } from '../scripts/host-app.mjs';

const KB = 1024;

/** Each case: the host's import, whether zod is bundled, and its budget in KB gzip. */
const CASES = [
  { name: 'SLA import, zod external', code: "export { evaluateSla, slaCompliance } from '@supportai/core';", zod: false, budget: 15 },
  { name: 'account-scoring import, zod external', code: "export { scoreAccountHealth, assessChurnRisk } from '@supportai/core';", zod: false, budget: 30 },
  { name: 'SLA import, zod included', code: "export { evaluateSla, slaCompliance } from '@supportai/core';", zod: true, budget: 50 },
  { name: 'whole core (import *), zod external', code: "export * from '@supportai/core';", zod: false },
  { name: 'a small zod schema alone (import * as z)', code: "import * as z from 'zod'; export const schema = z.object({ id: z.string(), n: z.number().int() });", zod: true },
];

async function bundledSize(app, { code, zod }) {
  const entry = join(app, 'entry.js');
  writeFileSync(entry, code);
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: app,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external: zod ? [] : ['zod', 'zod/*'],
    logLevel: 'error',
  });
  const output = result.outputFiles[0].contents;
  return { raw: output.byteLength, gzip: gzipSync(output).byteLength };
}

const app = createHostApp({ packages: ['core'], log: (line) => console.error(`# ${line}`) });
let failed = false;
try {
  console.log('| import | minified | gzip | budget |');
  console.log('|---|---:|---:|---:|');
  for (const testCase of CASES) {
    const size = await bundledSize(app, testCase);
    const over = testCase.budget !== undefined && size.gzip > testCase.budget * KB;
    failed ||= over;
    const budget = testCase.budget === undefined ? '—' : `≤ ${testCase.budget} KB${over ? ' **over**' : ''}`;
    console.log(`| ${testCase.name} | ${(size.raw / KB).toFixed(1)} KB | ${(size.gzip / KB).toFixed(1)} KB | ${budget} |`);
  }
} finally {
  rmSync(app, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
