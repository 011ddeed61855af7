import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRoutes } from '../../src/routes/index.js';

const docs = readFileSync(new URL('../../../../docs/server.md', import.meta.url), 'utf8');

describe('docs/server.md', () => {
  it('lists every route the handler serves, and no route it does not serve', () => {
    const documented = [...docs.matchAll(/^\| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \|/gm)].map((match) => `${match[1]} ${match[2]}`);
    const served = defaultRoutes.map((route) => `${route.method} ${route.path}`);
    expect(documented.sort()).toEqual(served.sort());
  });
});
