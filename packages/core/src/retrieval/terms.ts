import { stemmer } from 'stemmer';
import { RETRIEVAL_STOP_WORDS } from './stop-words.js';

// Letters and digits of any script once accents are folded; everything else separates words.
const WORD = /[\p{L}\p{N}]+/gu;
// In the original text: a word with its accents and apostrophes, so positions map back to it.
const RAW_WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
// Longer tokens are ids, hashes or pasted junk, not words anyone searches for.
const MAX_TERM_LENGTH = 40;
const STEM_CACHE_LIMIT = 200_000;

const stemCache = /* @__PURE__ */ new Map<string, string>();

/** Lower-case, accent-free, apostrophe-free form of a text (`Don’t Café` → `dont cafe`). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '');
}

/** The folded words of a text, in order; the tokenizer both indexes use. */
export function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/**
 * The index term of one folded word: its Porter stem, or `null` for a stop word, a one-letter
 * word or an over-long token. Numbers are kept as they are (`404`, `2fa` → `2fa`).
 */
export function termOf(word: string): string | null {
  if (word.length < 2 || word.length > MAX_TERM_LENGTH || RETRIEVAL_STOP_WORDS.has(word)) return null;
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d+$/.test(word) ? word : stemmer(word);
    // Bounded: document text is open vocabulary.
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Index terms of a text in order, stop words dropped (duplicates kept). */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokenize(text)) {
    const term = termOf(word);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** A word of the original text with its index term and where it sits. */
export interface PositionedTerm {
  /** The word as written. */
  word: string;
  term: string;
  start: number;
  end: number;
}

/** Every indexable word of a text with its character offsets in that text. */
export function positionedTerms(text: string): PositionedTerm[] {
  const found: PositionedTerm[] = [];
  for (const match of text.matchAll(RAW_WORD)) {
    // Compatibility folding can split a raw word (`½` → `1⁄2`); such rare pieces are not highlighted.
    const folded = tokenize(match[0]);
    const term = folded.length === 1 ? termOf(folded[0]!) : null;
    if (term !== null) found.push({ word: match[0], term, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/**
 * The first written form of each term of a text (`invoic` → `invoices`), so a stem shown to a
 * person reads as a word.
 */
export function wordsByTerm(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const { word, term } of positionedTerms(text)) if (!words.has(term)) words.set(term, word.toLowerCase());
  return words;
}
