import { closest, distance } from 'fastest-levenshtein';
import * as z from 'zod';
import { PersonaSchema } from '../contracts/common.js';
import { toInputIssues } from '../contracts/parse.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { trainLearnedScorer, type LearnedScorer } from './learned/learned-scorer.js';
import { PARAM_SCHEMAS } from './params.js';
import { canonicalWords, stem, termsOf, words } from './text/normalise.js';
import { scoringTerms } from './text/scoring-terms.js';
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
  answersForName: z.object({ accountName: z.array(PersonaSchema).optional(), agentName: z.array(PersonaSchema).optional() }).optional(),
  whenNamed: z.object({ accountName: z.string().optional(), agentName: z.string().optional() }).optional(),
});

/** Postings of one term: which vectors hold it, with what weight. */
interface Postings {
  ids: number[];
  weights: number[];
}

function addPosting(index: Map<string, Postings>, term: string, id: number, weight: number): void {
  const postings = index.get(term);
  if (postings) {
    postings.ids.push(id);
    postings.weights.push(weight);
  } else index.set(term, { ids: [id], weights: [weight] });
}

interface KeywordPhrase {
  intent: number;
  terms: string[];
  weight: number;
}

export interface ScoredIntent {
  id: string;
  score: number;
  /** The part of `score` the learned scorer added: evidence enough to rank, not to refuse on. */
  learned?: number;
}

/** The intents a router knows, indexed for scoring. Build with `createIntentRegistry`. */
export interface IntentRegistry {
  readonly definitions: readonly IntentDefinition<string>[];
  get(id: string): IntentDefinition<string> | undefined;
  /** Whether a lower-case word is part of the intents' vocabulary (after synonyms). */
  isKnownWord(word: string): boolean;
  /** The same, as written: no stemming, so "ines" is not "lines" (for telling names from words). */
  isVocabularyWord(word: string): boolean;
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
  /**
   * Labelled questions (intent null: outside the catalogue) to train a learned scorer on, with the examples;
   * it lifts the rules' scores towards what these phrasings teach. None given, none trained.
   */
  training?: readonly { text: string; intent: string | null }[];
}

/** Unigrams plus bigrams of neighbouring terms, so word order carries some meaning ("top perform"). */
export function featuresOf(terms: readonly string[]): string[] {
  const features = [...terms];
  for (let index = 1; index < terms.length; index += 1) features.push(`${terms[index - 1]}_${terms[index]}`);
  return features;
}

function startsAt(terms: readonly string[], start: number, sequence: readonly string[]): boolean {
  if (start + sequence.length > terms.length) return false;
  for (let index = 0; index < sequence.length; index += 1) if (terms[start + index] !== sequence[index]) return false;
  return true;
}

/** The word with two neighbouring letters swapped back, when that is a vocabulary word ("opne" → "open"). */
function transposed(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  for (let index = 0; index + 1 < word.length; index += 1) {
    const swapped = word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2);
    if (vocabulary.has(swapped)) return swapped;
  }
  return undefined;
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

  // Inverted indexes over example vectors and intent centroids, so a question only touches the
  // vectors that share a term with it.
  const examplePostings = new Map<string, Postings>();
  const centroidPostings = new Map<string, Postings>();
  const exampleIntent: number[] = [];
  const exampleNorms: number[] = [];
  const centroidNorms: number[] = [];
  exampleFeatures.forEach((examples, intent) => {
    const centroid = new Map<string, number>();
    for (const features of examples) {
      const id = exampleIntent.length;
      exampleIntent.push(intent);
      let squared = 0;
      for (const term of new Set(features)) {
        const weight = idf(term);
        addPosting(examplePostings, term, id, weight);
        squared += weight * weight;
        centroid.set(term, (centroid.get(term) ?? 0) + weight / examples.length);
      }
      exampleNorms.push(Math.sqrt(squared));
    }
    let squared = 0;
    for (const [term, weight] of centroid) {
      addPosting(centroidPostings, term, intent, weight);
      squared += weight * weight;
    }
    centroidNorms.push(Math.sqrt(squared));
  });
  // Keyword phrases indexed by their first term.
  const keywordsByFirstTerm = new Map<string, KeywordPhrase[]>();
  keywordPhrases.forEach((phrases, intent) => {
    for (const { terms, weight } of phrases) {
      const list = keywordsByFirstTerm.get(terms[0]!) ?? [];
      list.push({ intent, terms, weight });
      keywordsByFirstTerm.set(terms[0]!, list);
    }
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
  const correctableSet = new Set(correctable);
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  const corrections = new Map<string, string | undefined>();
  const maxIdf = Math.log(1 + definitions.length / 0.5);

  const correctWord = (word: string): string | undefined => {
    if (word.length < 4 || correctable.length === 0) return undefined;
    if (corrections.has(word)) return corrections.get(word);
    // Two swapped letters are one slip of the fingers ("recnet" is "recent", not "renew").
    const swapped = transposed(word, correctableSet);
    const candidate = closest(word, correctable);
    const corrected = swapped ?? (distance(word, candidate) <= (word.length <= 5 ? 1 : 2) ? candidate : undefined);
    if (corrections.size > 20_000) corrections.clear();
    corrections.set(word, corrected);
    return corrected;
  };

  const isKnownWord = (word: string) => surfaceWords.has(word) || knownStems.has(stem(word)) || STOPWORDS.has(word);
  // Trained on the terms the router scores (synonyms, stems, bigrams), but without typo correction: that
  // doubles the training time at module load for a tenth of a point under cross-validation.
  const learned: LearnedScorer | undefined = options.training?.length
    ? trainLearnedScorer(
        definitions.map((definition) => definition.id),
        [...definitions.flatMap((definition) => definition.examples.map((text) => ({ text: text.replace(PLACEHOLDER, ' '), intent: definition.id }))), ...options.training].map(({ text, intent }) => ({
          features: featuresOf(scoringTerms(text, { isKnownWord, correctWord: () => undefined })),
          intent,
        })),
      )
    : undefined;

  return {
    definitions,
    threshold: options.threshold ?? 0.3,
    get: (id) => byId.get(id),
    isVocabularyWord: (word) => surfaceWords.has(word) || STOPWORDS.has(word),
    isKnownWord,
    correctWord,
    score: (terms) => {
      const query = new Map<string, number>();
      for (const term of featuresOf(terms)) query.set(term, documentFrequency.has(term) ? idf(term) : maxIdf);
      let queryNorm = 0;
      for (const weight of query.values()) queryNorm += weight * weight;
      queryNorm = Math.sqrt(queryNorm);
      const exampleDots = new Float64Array(exampleIntent.length);
      const centroidDots = new Float64Array(definitions.length);
      for (const [term, weight] of query) {
        const examples = examplePostings.get(term);
        if (examples) for (let index = 0; index < examples.ids.length; index += 1) exampleDots[examples.ids[index]!]! += weight * examples.weights[index]!;
        const centroids = centroidPostings.get(term);
        if (centroids) for (let index = 0; index < centroids.ids.length; index += 1) centroidDots[centroids.ids[index]!]! += weight * centroids.weights[index]!;
      }
      const bestExample = new Float64Array(definitions.length);
      for (let example = 0; example < exampleIntent.length; example += 1) {
        if (exampleDots[example]! === 0 || exampleNorms[example]! === 0) continue;
        const cosine = exampleDots[example]! / (queryNorm * exampleNorms[example]!);
        const intent = exampleIntent[example]!;
        if (cosine > bestExample[intent]!) bestExample[intent] = cosine;
      }
      // A keyword phrase counts once when its words come together, in order.
      const keywordWeight = new Float64Array(definitions.length);
      const matched = new Set<KeywordPhrase>();
      for (let position = 0; position < terms.length; position += 1) {
        for (const keyword of keywordsByFirstTerm.get(terms[position]!) ?? []) {
          if (!matched.has(keyword) && startsAt(terms, position, keyword.terms)) {
            matched.add(keyword);
            keywordWeight[keyword.intent]! += keyword.weight;
          }
        }
      }
      const rule: ScoredIntent[] = definitions.map((definition, intent) => {
        const centroidCosine = queryNorm > 0 && centroidNorms[intent]! > 0 ? centroidDots[intent]! / (queryNorm * centroidNorms[intent]!) : 0;
        return { id: definition.id, score: 0.35 * centroidCosine + 0.65 * bestExample[intent]! + Math.min(0.36, 0.12 * keywordWeight[intent]!) };
      });
      if (learned) {
        const lifts = learned.lifts(rule.map((entry) => entry.score), featuresOf(terms));
        rule.forEach((entry, intent) => {
          entry.score += lifts[intent]!;
          entry.learned = lifts[intent]!;
        });
      }
      return rule.sort((left, right) => right.score - left.score);
    },
  };
}
