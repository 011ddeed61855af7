import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'supportai-react-build-'));

function filesUnder(directory: string): string[] {
  // Names, not Dirent: Node 20's recursive Dirent reports the top folder as every entry's parent.
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(directory, name));
}

// The package's real build (tsup.config.ts), written to a temporary folder: what a host installs.
beforeAll(() => {
  const run = spawnSync('corepack', ['pnpm', 'exec', 'tsup', '--config', 'tsup.config.ts', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SUPPORTAI_BUILD_ONLY: 'react', SUPPORTAI_REACT_OUT_DIR: outDir },
  });
  expect(run.status, run.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('built @supportai/react', () => {
  it("starts every client module with 'use client', so React Server Components treat each as a client boundary", () => {
    const client = filesUnder(outDir).filter((file) => !relative(outDir, file).startsWith('shared/'));
    expect(client.length).toBeGreaterThan(10);
    for (const file of client) expect(readFileSync(file, 'utf8').slice(0, 13), relative(outDir, file)).toBe("'use client';");
  });

  it("leaves the server-safe shared entry without the directive, and with no React import", () => {
    const shared = filesUnder(join(outDir, 'shared'));
    expect(shared.map((file) => relative(outDir, file))).toContain('shared/index.js');
    for (const file of shared) {
      const code = readFileSync(file, 'utf8');
      expect(code.includes('use client'), relative(outDir, file)).toBe(false);
      expect(code, relative(outDir, file)).not.toMatch(/from ['"]react/);
    }
  });
});
