import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const SOURCE = dirname(fileURLToPath(import.meta.url));
const TSCONFIG = join(SOURCE, '..', 'tsconfig.json');

/** Type-only imports count: a cycle through types still ties two modules together for a reader. */
const graphOf = (path: string) => madge(path, { fileExtensions: ['ts'], tsConfig: TSCONFIG, detectiveOptions: { ts: { skipTypeImports: false } } });

describe('imports in @supportai/core', () => {
  it('form no cycle: one answer reads from widget to score in one direction', async () => {
    const graph = await graphOf(SOURCE);
    const modules = graph.obj();
    // The graph is real: files were resolved, and a known edge is there (a resolver that failed would find no cycle either).
    expect(Object.keys(modules).length).toBeGreaterThan(300);
    expect(modules['widgets/widget-table.ts']).toContain('widgets/widget-table-ops.ts');
    expect(graph.warnings().skipped).toEqual([]);
    expect(graph.circular()).toEqual([]);
  }, 60_000);

  it('a cycle would be found (the check is not vacuous)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'supportai-cycle-'));
    try {
      writeFileSync(join(folder, 'a.ts'), "import { b } from './b.js';\nexport const a = () => b;\n");
      writeFileSync(join(folder, 'b.ts'), "import type { a } from './a.js';\nexport const b = 1 as unknown as typeof a;\n");
      expect((await graphOf(folder)).circular()).toEqual([['a.ts', 'b.ts']]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
