// A host application outside the workspace with the packages installed from their `pnpm pack`ed tarballs,
// the way a product team gets them: what the bundle-size benchmark, size-limit and the packaging tests
// measure, instead of workspace sources. Build first (`pnpm build`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['core', 'react', 'server'];

/** Versions the host pins for the peers; the same as the workspace's own. */
const HOST_DEPENDENCIES = { zod: '4.6.7', react: '19.3.1', 'react-dom': '19.3.1' };

/**
 * Packs every package, creates a temp app in the OS temp folder and installs the tarballs there with npm.
 * @returns the app's folder
 */
export function createHostApp({ packages = PACKAGES, extraDependencies = {}, log = () => {} } = {}) {
  const app = mkdtempSync(join(tmpdir(), 'supportai-host-'));
  const tarballs = join(app, 'tarballs');
  mkdirSync(tarballs);
  for (const name of packages) {
    log(`pnpm pack @supportai/${name}`);
    execFileSync('corepack', ['pnpm', 'pack', '--pack-destination', tarballs], { cwd: join(ROOT, 'packages', name), stdio: 'pipe' });
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'supportai-host-app', private: true, type: 'module' }, null, 2));
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));
  const peers = Object.entries({ ...HOST_DEPENDENCIES, ...extraDependencies }).map(([name, version]) => `${name}@${version}`);
  log(`npm install ${files.length} tarballs into ${app}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...files, ...peers], { cwd: app, stdio: 'pipe' });
  return app;
}
