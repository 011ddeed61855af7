import { expect, test } from 'vitest';
import { INTENT_CATALOGUE } from '../../catalogue/index.js';
import { createIntentRegistry } from '../../registry.js';
import { TUNING_SET } from '../../training/tuning-set.js';
import { TUNING_SET_2 } from '../../training/tuning-set-2.js';
import { TUNING_SET_3 } from '../../training/tuning-set-3.js';
import { TUNING_SET_4 } from '../../training/tuning-set-4.js';
import { TUNING_SET_5 } from '../../training/tuning-set-5.js';
import { TUNING_SET_6 } from '../../training/tuning-set-6.js';
import { scorePhrasings } from './score-phrasings.js';

// The learned scorer earns its place only on phrasings it was not trained on: each tuning set in turn is
// held out, the scorer trained on the other five, and the fold scored with and without it.
const FOLDS = [TUNING_SET, TUNING_SET_2, TUNING_SET_3, TUNING_SET_4, TUNING_SET_5, TUNING_SET_6];

test('leave-one-tuning-set-out: the learned scorer routes more held-out phrasings than the rules alone, with no more misroute refusals', () => {
  const rulesOnly = createIntentRegistry(INTENT_CATALOGUE);
  const totals = { items: 0, rules: 0, learned: 0, rulesRefusals: 0, learnedRefusals: 0 };
  const lines: string[] = [];
  FOLDS.forEach((fold, index) => {
    const training = FOLDS.filter((_, other) => other !== index).flat();
    const rules = scorePhrasings(fold, rulesOnly);
    const learned = scorePhrasings(fold, createIntentRegistry(INTENT_CATALOGUE, { training }));
    totals.items += fold.length;
    totals.rules += rules.intentsCorrect;
    totals.learned += learned.intentsCorrect;
    totals.rulesRefusals += rules.misrouteRefusals.length;
    totals.learnedRefusals += learned.misrouteRefusals.length;
    lines.push(`  fold ${index + 1}: rules ${rules.intentsCorrect}/${fold.length}, with the learned scorer ${learned.intentsCorrect}/${fold.length}`);
  });
  const percent = (part: number) => `${((100 * part) / totals.items).toFixed(1)} %`;
  console.log(
    [`Cross-validation over ${totals.items} tuning phrasings:`, ...lines, `  rules ${percent(totals.rules)} (${totals.rulesRefusals} misroute refusals), learned ${percent(totals.learned)} (${totals.learnedRefusals})`].join('\n'),
  );
  expect(totals.learned).toBeGreaterThan(totals.rules);
  expect(totals.learnedRefusals).toBeLessThanOrEqual(totals.rulesRefusals);
});
