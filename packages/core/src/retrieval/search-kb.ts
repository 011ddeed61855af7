import type { KbArticle } from '../contracts/kb-article.js';
import { excerptAround, type Excerpt } from './excerpt.js';
import { kbIndexFor, type IndexedArticle, type KbIndex, type KbIndexField } from './kb-index.js';
import { DEFAULT_KB_SEARCH_CONFIG, type KbSearchConfig } from './kb-search-config.js';
import { termsOf, wordsByTerm } from './terms.js';
import { TopResults } from './top-results.js';

/** A knowledge-base search: free text over an article array. */
export interface SearchKbInput {
  query: string;
  /** Every article; indexed once per array (see `kbIndexFor`). */
  articles: readonly KbArticle[];
  /** Only articles it accepts are returned, applied before the top N is taken. */
  filter?: (article: KbArticle) => boolean;
  config?: Partial<KbSearchConfig>;
}

/** One article found, with where the query matched. */
export interface KbSearchHit {
  articleId: string;
  title: string;
  url: string | null;
  /** BM25+ score as MiniSearch computes it (field boosts, prefix and fuzzy weights applied). */
  score: number;
  /** Score as a share (0–1) of the best hit's. */
  relativeScore: number;
  /** Article terms that matched, as the article writes them, with the query term that found each and its fields. */
  matchedTerms: { term: string; word: string; queryTerm: string; fields: KbIndexField[] }[];
  excerpt: Excerpt;
  reason: string;
}

/** Knowledge-base hits, best first, with how the query was run. */
export interface KbSearchResult {
  /** The query's index terms (stemmed, stop words dropped). */
  queryTerms: string[];
  /** `and` when every term had to match; `or` for longer queries or after an empty AND. */
  combinedWith: 'and' | 'or';
  fellBackToOr: boolean;
  results: KbSearchHit[];
  config: KbSearchConfig;
  configVersion: string;
}

/**
 * Searches knowledge-base articles (SCORING §5.3): title ×3, headings ×2, body ×1, fuzzy 0.2,
 * the last term as a prefix, every term required for short queries; each hit with an excerpt.
 * @example searchKb({ query: 'reset passw', articles: data.kbArticles })
 */
export function searchKb(input: SearchKbInput): KbSearchResult {
  const config = { ...DEFAULT_KB_SEARCH_CONFIG, ...input.config };
  return searchKbTerms(kbIndexFor(input.articles), [...new Set(termsOf(input.query))], config, input.filter);
}

/** {@link searchKb} over index terms already chosen, on a given index. */
export function searchKbTerms(index: KbIndex, terms: readonly string[], config: KbSearchConfig, filter?: (article: KbArticle) => boolean): KbSearchResult {
  const query = terms.map((term, position) =>
    index.expand(term, { prefix: config.prefixLastTerm && position === terms.length - 1 && term.length >= config.minPrefixCharacters, fuzzy: config.fuzzy }),
  );
  const run = (everyTerm: boolean): { indexed: IndexedArticle; score: number }[] => {
    const top = new TopResults<{ indexed: IndexedArticle; score: number }>(config.limit, (left, right) => right.score - left.score || left.indexed.article.id.localeCompare(right.indexed.article.id));
    index.forEachMatch(query, config.fieldBoosts, (indexed, score, matchedTerms) => {
      if ((everyTerm && matchedTerms < query.length) || score < top.threshold((entry) => entry.score)) return;
      if (!filter || filter(indexed.article)) top.offer({ indexed, score });
    });
    return top.items;
  };
  const andFirst = terms.length <= config.maxTermsForAnd;
  let matches = terms.length === 0 ? [] : run(andFirst);
  const fellBackToOr = andFirst && matches.length === 0 && terms.length > 1 && config.fallbackToOr;
  if (fellBackToOr) matches = run(false);
  const topScore = matches[0]?.score ?? 0;
  const results = matches.map(({ indexed, score }): KbSearchHit => {
    // Index terms are stems; show each as the article writes it.
    const words = wordsByTerm(`${indexed.article.title}\n${indexed.headings.join('\n')}\n${indexed.plainText}`);
    const matchedTerms = index.matchedFields(indexed.article.id, query).map((matched) => ({ ...matched, word: words.get(matched.term) ?? matched.term }));
    return {
      articleId: indexed.article.id,
      title: indexed.article.title,
      url: indexed.article.url ?? null,
      score,
      relativeScore: topScore > 0 ? score / topScore : 0,
      matchedTerms,
      excerpt: excerptAround(indexed.plainText, new Set(matchedTerms.map((matched) => matched.term)), config.excerptRadiusCharacters),
      reason: reasonOf(matchedTerms),
    };
  });
  return { queryTerms: [...terms], combinedWith: andFirst && !fellBackToOr ? 'and' : 'or', fellBackToOr, results, config, configVersion: config.configVersion };
}

function reasonOf(matchedTerms: KbSearchHit['matchedTerms']): string {
  const quote = (matched: KbSearchHit['matchedTerms'][number]): string => `"${matched.word}"`;
  const inTitle = matchedTerms.filter((matched) => matched.fields.includes('title'));
  const elsewhere = matchedTerms.filter((matched) => !matched.fields.includes('title'));
  const parts = [];
  if (inTitle.length > 0) parts.push(`${inTitle.map(quote).join(', ')} in the title`);
  if (elsewhere.length > 0) parts.push(`${elsewhere.map(quote).join(', ')} in the ${elsewhere.some((matched) => matched.fields.includes('headings')) ? 'headings or text' : 'text'}`);
  return `Matches ${parts.join('; ')}.`;
}
