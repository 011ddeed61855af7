import { canonicalWords, stem, words } from './normalise.js';
import { STOPWORDS } from './stopwords.js';

/** What typo correction needs to know of the intents' vocabulary. */
export interface ScoringVocabulary {
  isKnownWord(word: string): boolean;
  correctWord(word: string): string | undefined;
}

/** Stems to score: synonyms applied, stopwords dropped, misspellings corrected against the vocabulary. */
export function scoringTerms(text: string, vocabulary: ScoringVocabulary): string[] {
  // Phrases first, so an idiom's words are not "corrected" apart ("dropping the ball" is not "call").
  const phrased = canonicalWords(words(text));
  return canonicalWords(phrased.map((word) => (vocabulary.isKnownWord(word) ? word : (vocabulary.correctWord(word) ?? word))))
    // Counts and years carry no intent (and would split "top 50 accounts" apart).
    .filter((word) => !STOPWORDS.has(word) && !/^\d+$/.test(word))
    .map(stem);
}
