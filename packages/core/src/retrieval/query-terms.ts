import { wordsByTerm } from './terms.js';

/** A term chosen for a query, with the weight that chose it. */
export interface QueryTerm {
  term: string;
  /** The word as the text wrote it, for showing the term to a person. */
  word: string;
  documentFrequency: number;
  inverseDocumentFrequency: number;
}

/** What an index tells about its terms. */
export interface TermStatistics {
  readonly documentCount: number;
  documentFrequency(term: string): number;
  inverseDocumentFrequency(term: string): number;
}

/** How informative query terms are picked. */
export interface InformativeTermOptions {
  /** Most terms to keep. */
  maxTerms: number;
  /**
   * Terms found in more than this share of documents (0–1) are dropped as uninformative, once the
   * index holds at least `minDocumentsForRateCap` documents (a tiny index has no reliable rates).
   */
  maxDocumentFrequencyRate: number;
  minDocumentsForRateCap: number;
  /**
   * Most postings the chosen terms may have in total (the sum of their document frequencies), which
   * bounds the query's work; terms are taken rarest first and the rarest is always kept.
   */
  maxQueryPostings: number;
}

/**
 * The distinct index terms of a text that the index knows, highest IDF first (ties in text order),
 * without the too-common ones, at most `maxTerms` and within the postings budget.
 */
export function informativeTerms(text: string, statistics: TermStatistics, options: InformativeTermOptions): QueryTerm[] {
  const capApplies = statistics.documentCount >= options.minDocumentsForRateCap;
  const candidates: QueryTerm[] = [];
  for (const [term, word] of wordsByTerm(text)) {
    const documentFrequency = statistics.documentFrequency(term);
    // An unknown term matches nothing; a term in most documents ranks nothing.
    if (documentFrequency === 0) continue;
    if (capApplies && documentFrequency > options.maxDocumentFrequencyRate * statistics.documentCount) continue;
    candidates.push({ term, word, documentFrequency, inverseDocumentFrequency: statistics.inverseDocumentFrequency(term) });
  }
  // Array sort is stable, so equal weights keep the text's order.
  candidates.sort((left, right) => right.inverseDocumentFrequency - left.inverseDocumentFrequency);
  const chosen: QueryTerm[] = [];
  let postings = 0;
  for (const candidate of candidates) {
    if (chosen.length === options.maxTerms) break;
    if (chosen.length > 0 && postings + candidate.documentFrequency > options.maxQueryPostings) continue;
    chosen.push(candidate);
    postings += candidate.documentFrequency;
  }
  return chosen;
}
