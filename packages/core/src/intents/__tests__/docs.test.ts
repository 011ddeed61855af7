import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENT_CATALOGUE } from '../../index.js';

const page = readFileSync(new URL('../../../../../docs/intents.md', import.meta.url), 'utf8');
const doc = page.slice(page.indexOf('## The catalogue'), page.indexOf('## Adding an intent'));

describe('docs/intents.md lists the catalogue as it is', () => {
  it.each(INTENT_CATALOGUE.map((definition) => [definition.id, definition] as const))('%s: its row names its personas and entities', (id, definition) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row, `no catalogue row for ${id}`).toBeDefined();
    const [, personas, , entities] = row!.split('|').slice(1).map((cell) => cell.trim());
    expect(personas).toBe(definition.personas.join(', '));
    for (const slot of definition.slots ?? []) expect(entities).toContain(slot);
  });

  it('has no row for an intent the catalogue lacks', () => {
    const documented = [...doc.matchAll(/^\| `([\w.]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(INTENT_CATALOGUE.map((definition) => definition.id).sort());
  });
});
