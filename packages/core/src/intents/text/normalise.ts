import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';
import { IDIOMS } from './idioms.js';
import { SYNONYMS } from './synonyms.js';

/** Synonyms and idioms, one lookup. */
const CANONICAL: Readonly<Record<string, string>> = { ...SYNONYMS, ...IDIOMS };

/** Longest questions the router reads; anything after is ignored (questions are short). */
export const MAX_QUESTION_CHARACTERS = 1000;

// Letters and digits of any script (marks are stripped first); everything else separates words.
const WORD = /[\p{L}\p{N}]+/gu;
// All synonym phrases as one alternation, longest first, matched on whole words.
const SYNONYM_PHRASE = new RegExp(
  `(?<= |^)(?:${Object.keys(CANONICAL)
    .filter((phrase) => phrase.includes(' '))
    .sort((left, right) => right.split(' ').length - left.split(' ').length || right.length - left.length)
    .join('|')})(?= |$)`,
  'g',
);

/**
 * Lower-case words of a text: Unicode-normalised (NFKD), accents removed, apostrophes folded
 * (`i've` → `ive`), split on anything that is not a letter or a digit of any script.
 */
export function words(text: string): string[] {
  const folded = text
    .slice(0, MAX_QUESTION_CHARACTERS)
    .normalize('NFKD')
    .replace(/\p{Mn}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '');
  return folded.match(WORD) ?? [];
}

/** Replaces synonym and idiom phrases and words by their canonical words. */
export function canonicalWords(input: readonly string[]): string[] {
  return input
    .join(' ')
    .replace(SYNONYM_PHRASE, (phrase) => CANONICAL[phrase]!)
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => CANONICAL[word] ?? word);
}

/** The stem the scorer compares: canonical word, stemmed (`escalated` → `escal`). */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d+$/.test(word) ? word : stemmer(word);
    // Bounded: a service sees a limited vocabulary, but questions are user input.
    if (stemCache.size > 20_000) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

const stemCache = new Map<string, string>();

/** Stems of the meaningful words of a text, in order (stopwords dropped). */
export function termsOf(text: string): string[] {
  return canonicalWords(words(text))
    .filter((word) => !STOPWORDS.has(word))
    .map(stem);
}
