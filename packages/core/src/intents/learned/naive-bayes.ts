/** One training document: its features (words and bigrams) and the index of its label. */
export interface LabelledFeatures {
  features: readonly string[];
  label: number;
}

export interface NaiveBayesOptions {
  /** Additive (Laplace) smoothing of feature counts. @default 0.1 */
  smoothing?: number;
  /** Log-likelihoods are divided by this before the softmax: above 1 flattens NB's over-confident posteriors. @default 1 */
  temperature?: number;
}

/** A trained multinomial naive Bayes classifier over string features. */
export interface NaiveBayes {
  /** Posterior of each label for the features (uniform prior); all zeros when no feature is known. */
  posteriors(features: readonly string[]): Float64Array;
}

/**
 * Trains a multinomial naive Bayes with a uniform prior (the training sets' label mix says nothing about
 * what users ask), counting each feature once per document. Deterministic: same documents, same model.
 */
export function trainNaiveBayes(documents: readonly LabelledFeatures[], labels: number, options: NaiveBayesOptions = {}): NaiveBayes {
  const smoothing = options.smoothing ?? 0.1;
  const temperature = options.temperature ?? 1;
  // Counts are small integers: 16 bits a cell keeps ~6k features × 40 labels under half a megabyte.
  const counts = new Map<string, Uint16Array>();
  const totals = new Float64Array(labels);
  for (const { features, label } of documents) {
    for (const feature of new Set(features)) {
      let row = counts.get(feature);
      if (!row) counts.set(feature, (row = new Uint16Array(labels)));
      row[label] = Math.min(0xffff, row[label]! + 1);
      totals[label]! += 1;
    }
  }
  // log P(feature | label) = log(count + smoothing) − log(total + smoothing · vocabulary): a feature's logs are
  // taken the first time a question holds it, so training is only counting (it runs when the module loads)
  // and a question adds cached numbers.
  const logDenominators = Float64Array.from(totals, (total) => Math.log(total + smoothing * counts.size));
  const logLikelihoods = new Map<string, Float64Array>();
  const logLikelihoodsOf = (feature: string): Float64Array | undefined => {
    const cached = logLikelihoods.get(feature);
    if (cached) return cached;
    const row = counts.get(feature);
    if (!row) return undefined;
    const logs = Float64Array.from(row, (count, label) => Math.log(count + smoothing) - logDenominators[label]!);
    logLikelihoods.set(feature, logs);
    return logs;
  };
  return {
    posteriors: (features) => {
      const scores = new Float64Array(labels);
      let known = 0;
      for (const feature of new Set(features)) {
        const logs = logLikelihoodsOf(feature);
        if (!logs) continue;
        known += 1;
        for (let label = 0; label < labels; label += 1) scores[label]! += logs[label]!;
      }
      if (known === 0) return new Float64Array(labels);
      let max = -Infinity;
      for (const score of scores) if (score > max) max = score;
      let sum = 0;
      for (let label = 0; label < labels; label += 1) sum += scores[label] = Math.exp((scores[label]! - max) / temperature);
      for (let label = 0; label < labels; label += 1) scores[label]! /= sum;
      return scores;
    },
  };
}
