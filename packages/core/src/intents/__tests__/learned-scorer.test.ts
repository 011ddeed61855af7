import { describe, expect, test } from 'vitest';
import { trainLearnedScorer } from '../learned/learned-scorer.js';
import { trainNaiveBayes } from '../learned/naive-bayes.js';
import { createIntentRegistry } from '../registry.js';
import { INTENT_CATALOGUE } from '../catalogue/index.js';
import { TUNING_PHRASINGS } from '../training/tuning-phrasings.js';

describe('naive Bayes', () => {
  const model = trainNaiveBayes(
    [
      { features: ['sla', 'breach'], label: 0 },
      { features: ['churn', 'risk'], label: 1 },
    ],
    2,
  );

  test('posteriors sum to one and favour the label whose features the question shares', () => {
    const [sla, churn] = model.posteriors(['churn', 'unknown']);
    expect(sla! + churn!).toBeCloseTo(1);
    expect(churn).toBeGreaterThan(sla!);
  });

  test('a question with no known feature gets no posterior at all', () => {
    expect([...model.posteriors(['weather', 'paris'])]).toEqual([0, 0]);
  });
});

describe('learned scorer', () => {
  test('only ever lifts a rule score, never lowers it', () => {
    const scorer = trainLearnedScorer(['sla.atRisk', 'accounts.churnRisk'], [{ features: ['breach'], intent: 'sla.atRisk' }, { features: ['churn'], intent: 'accounts.churnRisk' }, { features: ['weather'], intent: null }]);
    const lifts = scorer.lifts([0.9, 0.1], ['breach']);
    expect(lifts[0]).toBe(0);
    expect(lifts[1]).toBeGreaterThanOrEqual(0);
  });

  test('trains deterministically: two registries from the same phrasings score alike', () => {
    const first = createIntentRegistry(INTENT_CATALOGUE, { training: TUNING_PHRASINGS });
    const second = createIntentRegistry(INTENT_CATALOGUE, { training: TUNING_PHRASINGS });
    const terms = ['tix', 'pile', 'whose', 'plate'];
    expect(first.score(terms)).toEqual(second.score(terms));
  });

  test('without training phrasings a registry scores by its rules alone', () => {
    const registry = createIntentRegistry(INTENT_CATALOGUE);
    expect(registry.score(['escal', 'ticket']).every((entry) => entry.learned === undefined)).toBe(true);
  });
});
