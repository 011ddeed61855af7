// The install step of `npm test` and `npm run demo`: the pinned pnpm through Corepack, with node-gyp pointed
// at the headers of the running Node when they are installed beside it. better-sqlite3 compiles from
// source where its prebuilt binary cannot be downloaded, and node-gyp would otherwise try to download
// the headers too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const prefix = dirname(dirname(process.execPath));
const env = { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' };
if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
const result = spawnSync('corepack', ['pnpm', 'install', '--frozen-lockfile'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
