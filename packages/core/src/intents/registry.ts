import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { PersonaSchema } from '../contracts/common.js';
import { toInputIssues } from '../contracts/parse.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { PARAM_SCHEMAS } from './params.js';
import { canonicalWords, stem, termsOf, words } from './text/normalise.js';
import { STOPWORDS } from './text/stopwords.js';
import { SYNONYMS } from './text/synonyms.js';
import type { IntentDefinition } from './types.js';

/** Slots in examples (`{account}`, `{ticket}`) stand for entities: they teach no vocabulary. */
const PLACEHOLDER = /\{\w+\}/g;

const paramNames = Object.keys(PARAM_SCHEMAS) as [keyof typeof PARAM_SCHEMAS, ...(keyof typeof PARAM_SCHEMAS)[]];
const IntentDefinitionSchema = z.object({
  id: z.string().min(1).max(64),
  personas: z.array(PersonaSchema).min(1, 'name at least one persona'),
  description: z.string().min(1),
  title: z.string().min(1),
  examples: z.array(z.string().min(1)).min(1, 'give at least one example phrasing'),
  keywords: z.array(z.union([z.string().min(1), z.tuple([z.string().min(1), z.number().positive()])])).optional(),
  slots: z.array(z.enum(paramNames)).optional(),
  required: z.array(z.enum(paramNames)).optional(),
  confirm: z.boolean().optional(),
  otherwise: z.string().optional(),
});

/** A term vector: term → weight. */
type Vector = Map<string, number>;

interface IndexedIntent {
  definition: IntentDefinition<string>;
  centroid: Vector;
  centroidNorm: number;
  examples: { vector: Vector; norm: number }[];
  /** Keyword phrases as stem sequences, each with its weight. */
  keywords: { terms: string[]; weight: number }[];
}

export interface ScoredIntent {
  id: string;
  score: number;
}

/** The intents a router knows, indexed for scoring. Build with `createIntentRegistry`. */
export interface IntentRegistry {
  readonly definitions: readonly IntentDefinition<string>[];
  get(id: string): IntentDefinition<string> | undefined;
  /** Whether a lower-case word is part of the intents' vocabulary (after synonyms). */
  isKnownWord(word: string): boolean;
  /** The vocabulary word a misspelt word most likely means (`tikets` → `tickets`), if one is close. */
  correctWord(word: string): string | undefined;
  /** Every intent's score for a question's terms, best first. */
  score(terms: readonly string[]): ScoredIntent[];
  /** Lowest score that counts as an answer. */
  readonly threshold: number;
}

export interface RegistryOptions {
  /** Lowest score that counts as an answer (0–1). @default 0.3 */
  threshold?: number;
}

/** Unigrams plus bigrams of neighbouring terms, so word order carries some meaning ("top perform"). */
export function featuresOf(terms: readonly string[]): string[] {
  const features = [...terms];
  for (let index = 1; index < terms.length; index += 1) features.push(`${terms[index - 1]}_${terms[index]}`);
  return features;
}

function containsSequence(terms: readonly string[], sequence: readonly string[]): boolean {
  for (let start = 0; start + sequence.length <= terms.length; start += 1) {
    let index = 0;
    while (index < sequence.length && terms[start + index] === sequence[index]) index += 1;
    if (index === sequence.length) return true;
  }
  return false;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/**
 * Indexes intent definitions for routing: TF-IDF vectors of each intent's examples (one per example and
 * one for the intent as a whole), keyword weights, and the vocabulary for typo correction.
 * @throws SupportAIError naming the bad field of a definition, or a duplicate id.
 */
export function createIntentRegistry(definitions: readonly IntentDefinition<string>[], options: RegistryOptions = {}): IntentRegistry {
  const seen = new Set<string>();
  definitions.forEach((definition, index) => {
    const result = IntentDefinitionSchema.safeParse(definition);
    if (!result.success) throw new SupportAIError('invalid_intent', 'Invalid intent definition', toInputIssues(result.error.issues, `definitions.${index}`));
    if (seen.has(definition.id)) throw new SupportAIError('invalid_intent', 'Invalid intent definition', [{ path: `definitions.${index}.id`, message: `duplicate intent id "${definition.id}"` }]);
    seen.add(definition.id);
  });

  const exampleFeatures = definitions.map((definition) => definition.examples.map((example) => featuresOf(termsOf(example.replace(PLACEHOLDER, ' ')))));
  const keywordPhrases = definitions.map((definition) =>
    (definition.keywords ?? [])
      .map((keyword) => (typeof keyword === 'string' ? ([keyword, 1] as const) : keyword))
      .map(([phrase, weight]) => ({ terms: termsOf(phrase), weight }))
      .filter((keyword) => keyword.terms.length > 0),
  );

  // Inverse document frequency over intents: a word every intent uses tells them apart least.
  const documentFrequency = new Map<string, number>();
  definitions.forEach((_, index) => {
    const terms = new Set([...exampleFeatures[index]!.flat(), ...keywordPhrases[index]!.flatMap((keyword) => featuresOf(keyword.terms))]);
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  });
  const idf = (term: string) => Math.log(1 + definitions.length / (documentFrequency.get(term) ?? 0.5));

  const indexed: IndexedIntent[] = definitions.map((definition, index) => {
    const examples = exampleFeatures[index]!.map((features) => {
      const vector: Vector = new Map([...new Set(features)].map((term) => [term, idf(term)]));
      return { vector, norm: norm(vector) };
    });
    const centroid: Vector = new Map();
    for (const { vector } of examples) for (const [term, weight] of vector) centroid.set(term, (centroid.get(term) ?? 0) + weight / examples.length);
    return { definition, centroid, centroidNorm: norm(centroid), examples, keywords: keywordPhrases[index]! };
  });

  // Surface vocabulary for typo correction and for telling names apart from known words.
  const surfaceWords = new Set<string>();
  for (const definition of definitions) {
    for (const text of [...definition.examples, ...(definition.keywords ?? []).map((keyword) => (typeof keyword === 'string' ? keyword : keyword[0]))]) {
      const raw = words(text.replace(PLACEHOLDER, ' '));
      for (const word of [...raw, ...canonicalWords(raw)]) surfaceWords.add(word);
    }
  }
  const knownStems = new Set([...surfaceWords].map(stem));
  // Misspellings are corrected towards words of the intents and towards synonyms (`satisfction` → `satisfaction`).
  const correctable = [...new Set([...surfaceWords, ...Object.keys(SYNONYMS).filter((word) => !word.includes(' '))])].filter((word) => word.length >= 4 && !/^\d+$/.test(word));
  const byId = new Map(indexed.map((entry) => [entry.definition.id, entry.definition]));
  const maxIdf = Math.log(1 + definitions.length / 0.5);

  return {
    definitions,
    threshold: options.threshold ?? 0.3,
    get: (id) => byId.get(id),
    isKnownWord: (word) => surfaceWords.has(word) || knownStems.has(stem(word)) || STOPWORDS.has(word),
    correctWord: (word) => {
      if (word.length < 4 || correctable.length === 0) return undefined;
      const candidate = closest(word, correctable);
      const allowed = word.length <= 5 ? 1 : 2;
      return distance(word, candidate) <= allowed ? candidate : undefined;
    },
    score: (terms) => {
      const features = featuresOf(terms);
      const query: Vector = new Map();
      for (const term of features) query.set(term, documentFrequency.has(term) ? idf(term) : maxIdf);
      const queryNorm = norm(query);
      if (queryNorm === 0) return indexed.map((entry) => ({ id: entry.definition.id, score: 0 }));
      const scored = indexed.map((entry) => {
        let centroidDot = 0;
        for (const [term, weight] of query) centroidDot += weight * (entry.centroid.get(term) ?? 0);
        // A keyword phrase counts when its words come together, in order.
        let keywordWeight = 0;
        for (const keyword of entry.keywords) if (containsSequence(terms, keyword.terms)) keywordWeight += keyword.weight;
        let bestExample = 0;
        for (const example of entry.examples) {
          let dot = 0;
          for (const [term, weight] of query) dot += weight * (example.vector.get(term) ?? 0);
          if (example.norm > 0) bestExample = Math.max(bestExample, dot / (queryNorm * example.norm));
        }
        const centroidCosine = entry.centroidNorm > 0 ? centroidDot / (queryNorm * entry.centroidNorm) : 0;
        const score = 0.35 * centroidCosine + 0.65 * bestExample + Math.min(0.36, 0.12 * keywordWeight);
        return { id: entry.definition.id, score };
      });
      return scored.sort((left, right) => right.score - left.score);
    },
  };
}
