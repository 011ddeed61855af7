import { describe, expect, it } from 'vitest';
import { routeQuery } from '../../index.js';
import { INTENT_IDS } from '../intent-ids.js';
import { HELD_OUT } from './held-out-set.js';

/**
 * Generalisation check: phrasings written without looking at the catalogue or the golden set.
 * Reported rather than tuned against; the bar is deliberately lower than the golden set's.
 */
const NOW = '2026-11-27T10:00:00Z';
const MIN_ACCURACY = 0.8;
const PER_INTENT = 4;

describe('held-out phrasings', () => {
  it('has exactly 4 items per intent, for known intents only', () => {
    const counts = new Map<string, number>();
    for (const item of HELD_OUT) counts.set(item.intent, (counts.get(item.intent) ?? 0) + 1);
    for (const id of INTENT_IDS) expect(counts.get(id) ?? 0, id).toBe(PER_INTENT);
    expect(HELD_OUT).toHaveLength(INTENT_IDS.length * PER_INTENT);
  });

  it(`routes at least ${MIN_ACCURACY * 100}% of held-out phrasings correctly`, () => {
    const misroutes: { text: string; persona: string; expected: string; got: string; confidence: string }[] = [];
    const hits = new Map<string, number>();

    for (const item of HELD_OUT) {
      const result = routeQuery(item.text, { persona: item.persona, now: NOW });
      const ok = result.intent === item.intent && !result.refused;
      if (ok) {
        hits.set(item.intent, (hits.get(item.intent) ?? 0) + 1);
      } else {
        misroutes.push({
          text: item.text,
          persona: item.persona,
          expected: item.intent,
          got: `${result.intent ?? 'null'}${result.refused ? ' (refused)' : ''}`,
          confidence: result.confidence.toFixed(2),
        });
      }
    }

    const correct = HELD_OUT.length - misroutes.length;
    const accuracy = correct / HELD_OUT.length;

    const recall = INTENT_IDS.map((id) => {
      const total = HELD_OUT.filter((item) => item.intent === id).length;
      return { intent: id, recall: `${hits.get(id) ?? 0}/${total}` };
    }).filter((row) => !row.recall.startsWith(`${PER_INTENT}/`));

    console.log(`\nHeld-out misroutes (${misroutes.length}):`);
    if (misroutes.length > 0) console.table(misroutes);
    console.log('Intents with recall below 100%:');
    if (recall.length > 0) console.table(recall);
    else console.log('  none');
    console.log(`Held-out accuracy: ${correct}/${HELD_OUT.length} = ${(accuracy * 100).toFixed(1)}%`);

    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
