import { distance } from 'fastest-levenshtein';
import type { FoundName } from './names.js';
import type { Span } from './span.js';
import { words as wordsOf } from '../text/normalise.js';

/** The host's names in scope, as the router options carry them. */
export interface KnownNames {
  accounts?: readonly string[];
  agents?: readonly string[];
}

interface NameEntry {
  name: string;
  kind: 'account' | 'agent';
  tokens: string[];
}

interface NameIndex {
  byToken: Map<string, { entry: NameEntry; position: number }[]>;
  /** Tokens of at least five letters, for typo matching. */
  longTokens: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&.-]*(?:['’][\p{L}]+)?/gu;
// Parts of company names that never identify one on their own ("Sable Security Inc").
const GENERIC_TOKENS = new Set(['co', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'gmbh', 'sa', 'plc', 'group', 'partners', 'holdings', 'international', 'technologies']);

const indexes = new WeakMap<KnownNames, NameIndex>();

function indexOf(names: KnownNames): NameIndex {
  let index = indexes.get(names);
  if (index) return index;
  const byToken = new Map<string, { entry: NameEntry; position: number }[]>();
  const entries: NameEntry[] = [
    ...(names.accounts ?? []).map((name) => ({ name, kind: 'account' as const, tokens: wordsOf(name) })),
    ...(names.agents ?? []).map((name) => ({ name, kind: 'agent' as const, tokens: wordsOf(name) })),
  ];
  for (const entry of entries) {
    entry.tokens.forEach((token, position) => {
      const list = byToken.get(token) ?? [];
      list.push({ entry, position });
      byToken.set(token, list);
    });
  }
  index = { byToken, longTokens: [...byToken.keys()].filter((token) => token.length >= 5) };
  indexes.set(names, index);
  return index;
}

/** A word of the question as a name token is written (`words`), possessive dropped: "Priya's" → "priya". */
function tokenOfWord(word: string): string {
  return wordsOf(word.replace(/['’]s?$/i, '')).join('');
}

/** Name tokens this word may stand for: itself, or one typo away when it is long enough and no known word. */
function tokensFor(word: string, index: NameIndex, isKnownWord: (word: string) => boolean): string[] {
  if (index.byToken.has(word)) return [word];
  if (word.length < 5 || isKnownWord(word)) return [];
  const limit = word.length >= 8 ? 2 : 1;
  // A misspelt word of the vocabulary ("helth") must not become the same word in a name ("Juniper Health").
  return index.longTokens.filter((token) => !isKnownWord(token) && Math.abs(token.length - word.length) <= limit && distance(token, word) <= limit);
}

/**
 * The host's known agents and accounts named in a question, matched word by word: a full name, a first or
 * last name ("keiko", "Priya's"), the distinctive word of a company ("northwind", "Lumen's usage"), or a
 * misspelling of one ("bluepeak analitics"). Capitalisation does not matter, and a word of the router's
 * vocabulary ("health", "group") counts only beside a distinctive word of the same name, so "What's",
 * "Health" or "Team" alone never make a name.
 */
export function findKnownNames(text: string, names: KnownNames, isKnownWord: (word: string) => boolean, blocked: readonly Span[]): FoundName[] {
  const index = indexOf(names);
  const words = [...text.matchAll(WORD)]
    .map((match) => ({ token: tokenOfWord(match[0]), start: match.index, end: match.index + match[0].length, capitalised: /^\p{Lu}/u.test(match[0]) }))
    .filter((word) => word.token !== '' && !blocked.some((span) => word.start < span.end && word.end > span.start));
  const found: FoundName[] = [];
  for (let first = 0; first < words.length; first += 1) {
    let best: { entry: NameEntry; last: number } | undefined;
    for (const token of tokensFor(words[first]!.token, index, isKnownWord)) {
      for (const { entry, position } of index.byToken.get(token) ?? []) {
        let last = first;
        let distinctive = !GENERIC_TOKENS.has(token) && !isKnownWord(words[first]!.token);
        // Extend over the name's following words as far as the question spells them.
        for (let next = position + 1; next < entry.tokens.length && last + 1 < words.length; next += 1) {
          const word = words[last + 1]!.token;
          const expected = entry.tokens[next]!;
          // "acme corp" for "Acme Corporation": an abbreviation continues a name it has begun.
          const abbreviates = word.length >= 3 && expected.startsWith(word);
          if (!abbreviates && !tokensFor(word, index, isKnownWord).includes(expected)) break;
          last += 1;
          distinctive ||= !GENERIC_TOKENS.has(word) && !isKnownWord(word);
        }
        // One lower-case word that is not an account's first ("capital" of "Granite Capital Partners") is a word, not a name.
        const wordOfAccount = entry.kind === 'account' && last === first && position > 0 && !words[first]!.capitalised;
        if (distinctive && !wordOfAccount && (!best || last > best.last)) best = { entry, last };
      }
    }
    if (!best) continue;
    // A company suffix the host's name leaves out ("Globex Inc") still belongs to the name.
    if (best.entry.kind === 'account' && best.last + 1 < words.length && GENERIC_TOKENS.has(words[best.last + 1]!.token)) best.last += 1;
    const { start } = words[first]!;
    const { end } = words[best.last]!;
    found.push({
      text: text.slice(start, end),
      start,
      end,
      capitalised: words[first]!.capitalised,
      ...(best.entry.kind === 'account' ? { account: best.entry.name } : { agent: best.entry.name }),
    });
    first = best.last;
  }
  return found;
}
