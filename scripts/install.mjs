// The install step of `npm test` and `npm run demo`: the pinned pnpm through Corepack, with node-gyp pointed
// at the headers of the running Node when they are installed beside it. better-sqlite3 compiles from
// source where its prebuilt binary cannot be downloaded, and node-gyp would otherwise try to download
// the headers too. The story tests run in Debian's Chromium, installed here when it is missing, because
// Playwright's own browser download is not reachable from our machines.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const prefix = dirname(dirname(process.execPath));
const env = { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;

const found = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
if (process.platform === 'linux' && !existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} is missing; the story tests (vitest project "storybook") run in it. Installing: apt-get install -y chromium`);
  const sudo = process.getuid?.() !== 0 && found('sudo') ? ['sudo'] : [];
  const apt = (...args) => {
    const [command, ...rest] = [...sudo, 'apt-get', ...args];
    return spawnSync(command, rest, { stdio: 'inherit' }).status === 0;
  };
  // A fresh machine may have no package lists yet: update once and retry.
  const installed = found('apt-get') && (apt('install', '-y', 'chromium') || (apt('update') && apt('install', '-y', 'chromium')));
  if (!installed || !existsSync(CHROMIUM)) {
    console.error(`Could not install Chromium at ${CHROMIUM}. Install it yourself (Debian/Ubuntu: sudo apt-get install -y chromium);`);
    console.error('until then the story tests fail and every other test still runs.');
  }
}

const result = spawnSync('corepack', ['pnpm', 'install', '--frozen-lockfile'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
