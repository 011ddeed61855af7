import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';
import { SYNONYMS } from './synonyms.js';

/** Longest questions the router reads; anything after is ignored (questions are short). */
export const MAX_QUESTION_CHARACTERS = 1000;

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const SYNONYM_PHRASES = Object.entries(SYNONYMS)
  .filter(([phrase]) => phrase.includes(' '))
  .sort((left, right) => right[0].split(' ').length - left[0].split(' ').length);

/**
 * Lower-case words of a text: Unicode-normalised, accents removed, split on word boundaries by
 * `Intl.Segmenter` (so any script and emoji are handled), apostrophes folded (`i've` → `ive`).
 */
export function words(text: string): string[] {
  const folded = text
    .slice(0, MAX_QUESTION_CHARACTERS)
    .normalize('NFKD')
    .replace(/\p{Mn}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '');
  const result: string[] = [];
  for (const segment of wordSegmenter.segment(folded)) {
    if (segment.isWordLike) result.push(segment.segment);
  }
  return result;
}

/** Replaces synonym phrases and words by their canonical word. */
export function canonicalWords(input: readonly string[]): string[] {
  let joined = ` ${input.join(' ')} `;
  for (const [phrase, canonical] of SYNONYM_PHRASES) {
    if (joined.includes(` ${phrase} `)) joined = joined.split(` ${phrase} `).join(` ${canonical} `);
  }
  return joined
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => SYNONYMS[word] ?? word);
}

/** The stem the scorer compares: canonical word, stemmed (`escalated` → `escal`). */
export function stem(word: string): string {
  return /^\d+$/.test(word) ? word : stemmer(word);
}

/** Stems of the meaningful words of a text, in order (stopwords dropped). */
export function termsOf(text: string): string[] {
  return canonicalWords(words(text))
    .filter((word) => !STOPWORDS.has(word))
    .map(stem);
}
