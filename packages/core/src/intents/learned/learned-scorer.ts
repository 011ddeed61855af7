import { trainNaiveBayes, type LabelledFeatures } from './naive-bayes.js';

/**
 * The blend, chosen by leave-one-tuning-set-out cross-validation (scratch harness, 2026-12): a rule score
 * moves towards the learned posterior only when that is higher, `max(rule, (1 − w)·rule + w·p)`, so what
 * the rules match is never weakened and the learned part stays ≥ 0.
 */
const LIFT_WEIGHT = 0.4;
/** Light smoothing; a temperature of 2 tempers NB's near-0/1 posteriors (both flat optima under CV). */
const NAIVE_BAYES_OPTIONS = { smoothing: 0.02, temperature: 2 };

/** A labelled question as features; intent null marks a question outside the catalogue. */
export interface LabelledPhrasing {
  features: readonly string[];
  intent: string | null;
}

/** What a learned model adds to the rules' scores. */
export interface LearnedScorer {
  /** How much each intent's score rises (≥ 0), index-aligned with the intents it was trained for. */
  lifts(ruleScores: ArrayLike<number>, features: readonly string[]): Float64Array;
}

/**
 * Trains a naive Bayes over the intents plus one "outside the catalogue" label, so off-topic wording
 * takes posterior mass away from every intent. Phrasings for intents not in `intentIds` are skipped.
 */
export function trainLearnedScorer(intentIds: readonly string[], phrasings: readonly LabelledPhrasing[]): LearnedScorer {
  const labelOf = new Map(intentIds.map((id, index) => [id, index]));
  const outside = intentIds.length;
  const documents: LabelledFeatures[] = [];
  for (const { features, intent } of phrasings) {
    const label = intent === null ? outside : labelOf.get(intent);
    if (label !== undefined) documents.push({ features, label });
  }
  const model = trainNaiveBayes(documents, intentIds.length + 1, NAIVE_BAYES_OPTIONS);
  return {
    lifts: (ruleScores, features) => {
      const posteriors = model.posteriors(features);
      const lifts = new Float64Array(intentIds.length);
      for (let intent = 0; intent < intentIds.length; intent += 1) lifts[intent] = Math.max(0, LIFT_WEIGHT * (posteriors[intent]! - ruleScores[intent]!));
      return lifts;
    },
  };
}
