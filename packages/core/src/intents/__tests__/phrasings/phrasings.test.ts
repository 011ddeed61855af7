import { describe, expect, test } from 'vitest';
import { INTENT_IDS } from '../../intent-ids.js';
import { ALLOWED } from '../spec.js';
import { KNOWN_NAMES } from './known-names.js';
import type { PhrasingItem } from './phrasing-item.js';
import { describeScore, scorePhrasings } from './score-phrasings.js';
import { TUNING_SET } from '../../training/tuning-set.js';
import { TUNING_SET_2 } from '../../training/tuning-set-2.js';
import { TUNING_SET_3 } from '../../training/tuning-set-3.js';
import { TUNING_SET_4 } from '../../training/tuning-set-4.js';
import { TUNING_SET_5 } from '../../training/tuning-set-5.js';
import { TUNING_SET_6 } from '../../training/tuning-set-6.js';
import { UNSEEN_SET } from './unseen-set.js';
import { UNSEEN_SET_2 } from './unseen-set-2.js';

/**
 * The router on phrasings written blind (issue 10 §2): six tuning sets, which the router was tuned on and
 * its learned scorer is trained on (their figures are training figures; cross-validation.test.ts holds
 * each out in turn), and two unseen sets, which nobody looks into (their misses are not printed). The bars
 * are the figures each set was measured at (docs/benchmarks.md), so the test fails on a regression; the
 * issue's goals are 97 % / 92 % / 0.
 */
type Bars = { intents: number; slots: number; misrouteRefusals: number };
const SETS: [name: string, items: readonly PhrasingItem[], bars: Bars, listMisses: boolean][] = [
  ['tuning set 1', TUNING_SET, { intents: 0.97, slots: 0.96, misrouteRefusals: 0 }, true],
  ['tuning set 2', TUNING_SET_2, { intents: 0.98, slots: 0.96, misrouteRefusals: 1 }, true],
  ['tuning set 3', TUNING_SET_3, { intents: 0.97, slots: 0.93, misrouteRefusals: 1 }, true],
  ['tuning set 4', TUNING_SET_4, { intents: 0.96, slots: 0.81, misrouteRefusals: 1 }, true],
  ['tuning set 5', TUNING_SET_5, { intents: 0.97, slots: 0.88, misrouteRefusals: 2 }, true],
  ['tuning set 6', TUNING_SET_6, { intents: 0.95, slots: 0.89, misrouteRefusals: 2 }, true],
  ['unseen set', UNSEEN_SET, { intents: 0.93, slots: 0.95, misrouteRefusals: 1 }, false],
  ['second unseen set', UNSEEN_SET_2, { intents: 0.95, slots: 0.92, misrouteRefusals: 0 }, false],
];

describe.each(SETS)('%s', (name, items, bars, listMisses) => {
  test('is well formed: known intents, allowed personas unless a refusal is expected, canonical names', () => {
    const names = new Set([...KNOWN_NAMES.agents, ...KNOWN_NAMES.accounts]);
    for (const item of items) {
      if (item.intent === null) continue;
      expect(INTENT_IDS, item.text).toContain(item.intent);
      expect(ALLOWED[item.intent].includes(item.persona), item.text).toBe(!item.refused);
      for (const slot of [item.params?.agentName, item.params?.accountName]) if (slot) expect(names.has(slot), item.text).toBe(true);
    }
  });

  test(`routes ≥ ${bars.intents * 100} % of intents and ≥ ${bars.slots * 100} % of entity slots, with at most ${bars.misrouteRefusals} refusal(s) from a misroute`, () => {
    const score = scorePhrasings(items);
    console.log(describeScore(name, score, listMisses));
    expect(score.intentsCorrect / score.items).toBeGreaterThanOrEqual(bars.intents);
    expect(score.slotsCorrect / score.slotsExpected).toBeGreaterThanOrEqual(bars.slots);
    expect(score.misrouteRefusals.length).toBeLessThanOrEqual(bars.misrouteRefusals);
  });
});

test.each([
  ['unseen set', UNSEEN_SET],
  ['second unseen set', UNSEEN_SET_2],
] as const)('the %s has at least 300 phrasings, every intent at least 5 times', (_name, set) => {
  expect(set.length).toBeGreaterThanOrEqual(300);
  for (const id of INTENT_IDS) expect(set.filter((item) => item.intent === id).length, id).toBeGreaterThanOrEqual(5);
});
