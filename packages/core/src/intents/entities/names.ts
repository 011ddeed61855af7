import MiniSearch from 'minisearch';
import type { Span } from './span.js';

/** A run of words that reads like a name (an account, a person), as typed. */
export interface NameCandidate extends Span {
  text: string;
  /** Written with a capital letter, which makes it a stronger candidate. */
  capitalised: boolean;
}

/** A name found in the question, with what it matched among the host's known names. */
export interface FoundName extends NameCandidate {
  account?: string;
  agent?: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.-]*/gu;
// Capitalised words that are not names.
const NOT_NAMES = new Set(['i', 'pm', 'am', 'ai', 'kb', 'sla', 'nps', 'csat', 'roi', 'qbr', 'ebr', 'ceo', 'cfo', 'cto', 'csm', 'okr', 'okrs', 'kpi', 'kpis', 'api', 'faq', 'eta', 'asap', 'fyi', 'jira', 'ok', 'okay', 'yes', 'no']);
// Words that introduce a name even when it is written in lower case: "tickets for acme".
const INTRODUCERS = new Set(['with', 'to', 'for', 'from', 'at', 'about', 'of', 'by']);
// Words that continue a lower-case name: "acme corp".
const COMPANY_SUFFIXES = new Set(['corp', 'corporation', 'inc', 'ltd', 'llc', 'gmbh', 'sa', 'co', 'group', 'industries', 'labs', 'systems', 'technologies', 'tech', 'software', 'solutions', 'holdings']);

/**
 * Runs of words that are not part of the router's vocabulary and read like names. `isKnownWord` says
 * whether a lower-case word belongs to the vocabulary (those never start a name); `blocked` spans
 * (ticket ids, periods, counts) are skipped.
 */
export function findNameCandidates(text: string, isKnownWord: (word: string) => boolean, blocked: readonly Span[]): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  let current: NameCandidate | null = null;
  let previousWord = '';
  for (const match of text.matchAll(WORD)) {
    // A possessive is the name's ending, not part of it: "Priya's" → "Priya".
    const word = match[0].replace(/['’]s$/i, '').replace(/[.'’]+$/, '');
    const start = match.index;
    const end = start + word.length;
    const lower = word.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(word);
    const nameLike =
      word !== '' &&
      !/^\d+$/.test(word) &&
      !NOT_NAMES.has(lower) &&
      !blocked.some((span) => start < span.end && end > span.start) &&
      (!isKnownWord(lower) || (current !== null && capitalised)) &&
      // The first word of a sentence is capitalised whatever it is ("What's", "Morning"): only an
      // introducer makes it a name when no known names say otherwise.
      (current === null ? (capitalised && !startsSentence(text, start)) || INTRODUCERS.has(previousWord) : capitalised || COMPANY_SUFFIXES.has(lower));
    if (nameLike) {
      if (current) {
        current.text = text.slice(current.start, end);
        current.end = end;
        current.capitalised ||= capitalised;
      } else {
        current = { text: word, start, end, capitalised };
        candidates.push(current);
      }
    } else current = null;
    previousWord = lower;
  }
  return candidates;
}

/** Whether only spaces, quotes or sentence punctuation come before `offset` since the last sentence end. */
function startsSentence(text: string, offset: number): boolean {
  return /(?:^|[.!?:;—–-]\s|\n)[\s"'“(]*$/.test(text.slice(Math.max(0, offset - 8), offset)) || text.slice(0, offset).trim() === '';
}

const indexByNames = new WeakMap<readonly string[], MiniSearch<{ id: number; name: string }>>();

/**
 * The known name a candidate most likely means ("acme corp" → "Acme Corporation"), by fuzzy, prefix
 * search over the names; undefined when nothing is close.
 */
export function resolveName(candidate: string, names: readonly string[]): string | undefined {
  let index = indexByNames.get(names);
  if (!index) {
    index = new MiniSearch({ fields: ['name'], storeFields: ['name'] });
    index.addAll(names.map((name, id) => ({ id, name })));
    indexByNames.set(names, index);
  }
  const [best] = index.search(candidate, { fuzzy: 0.25, prefix: true, combineWith: 'AND' });
  return best ? (best['name'] as string) : undefined;
}
