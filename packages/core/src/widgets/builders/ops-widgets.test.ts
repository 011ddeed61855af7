import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../contracts/viewer.js';
import { defaultIntentRegistry } from '../../intents/route-query.js';
import { OPS_WIDGETS } from '../widget-table-ops.js';
import { agentViewer, answer, demo, executive, managerOf, teamOf, truth } from './ops-test-context.fixture.js';

const VIEWERS: Record<Viewer['persona'], Viewer> = {
  executive,
  manager: managerOf(teamOf(truth.overloadedAgentId)),
  agent: agentViewer(truth.overloadedAgentId),
  csm: { userId: 'c1', persona: 'csm', accountIds: demo.accounts.slice(0, 3).map((account) => account.id) },
};

describe('OPS_WIDGETS', () => {
  it('answers catalogue intents with kebab-case widget names', () => {
    for (const [intent, entry] of Object.entries(OPS_WIDGETS)) {
      expect(defaultIntentRegistry.get(intent), intent).toBeDefined();
      expect(entry.widget).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
    expect(Object.keys(OPS_WIDGETS)).toHaveLength(16);
  });

  // Every persona the catalogue allows gets a payload its schema describes exactly.
  for (const intent of Object.keys(OPS_WIDGETS)) {
    const personas = defaultIntentRegistry.get(intent)?.personas ?? [];
    it.each(personas.map((persona) => [persona]))(`${intent} for a %s`, (persona) => {
      const payload = answer<{ provenance?: { computedBy: string } }>(intent, VIEWERS[persona]);
      expect(payload.provenance?.computedBy.length).toBeGreaterThan(0);
    });
  }
});
