import MiniSearch, { type Options } from 'minisearch';
import { SupportAIError } from '../errors/supportai-error.js';
import { inverseDocumentFrequency } from './config-version.js';

/** BM25+ parameters, MiniSearch's defaults (k₁ 1.2, b 0.7, δ 0.5). */
export const BM25_PARAMETERS = { k: 1.2, b: 0.7, d: 0.5 } as const;

// MiniSearch's default weights of prefix and fuzzy matches.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** A query term and the index terms that match it (itself, prefix and fuzzy matches), each weighted. */
export interface ExpandedTerm {
  queryTerm: string;
  derived: readonly { term: string; weight: number }[];
}

function refuseRemoval(): never {
  throw new SupportAIError('unsupported', 'Retrieval indexes only add documents: build a new index instead');
}

/** An exact-match query term. */
export function exactTerm(term: string): ExpandedTerm {
  return { queryTerm: term, derived: [{ term, weight: 1 }] };
}

/** MiniSearch options with the term processor required: it also feeds the document frequencies. */
export type RetrievalMiniSearchOptions<Document> = Omit<Options<Document>, 'processTerm'> & { processTerm: (term: string) => string | null };

/**
 * MiniSearch plus two things retrieval needs. Document frequencies of every term, counted as
 * documents are added, for choosing informative query terms. And a second way to search: BM25+
 * scores accumulated straight from the postings into a reusable array — the scores `search`
 * returns, without building, filtering and sorting an object per match, which keeps a query over
 * 100k documents within budget when common words match tens of thousands of them. It
 * reads MiniSearch's protected index, so MiniSearch is pinned and a test compares both scorers.
 * Documents are only ever added (never removed or replaced).
 */
export class RetrievalMiniSearch<Document> extends MiniSearch<Document> {
  private readonly documentFrequencies = new Map<string, number>();
  // Terms of the document being added: MiniSearch calls processTerm synchronously during `add`.
  private readonly collector: { terms: Set<string> | null };
  private scores = new Float64Array(0);
  private matchedTerms = new Uint16Array(0);
  private lastTerm = new Int32Array(0);
  // Field lengths by field id, then short id: a flat copy of MiniSearch's per-document arrays.
  private readonly lengthsByField: Float64Array[] = [];
  private readonly lengthsFilled: number[] = [];

  constructor(options: RetrievalMiniSearchOptions<Document>) {
    const collector: { terms: Set<string> | null } = { terms: null };
    super({
      ...options,
      processTerm: (word) => {
        const term = options.processTerm(word);
        if (term !== null) collector.terms?.add(term);
        return term;
      },
    });
    this.collector = collector;
  }

  /** Adds a document and counts each of its distinct terms once. */
  override add(document: Document): void {
    const terms = new Set<string>();
    this.collector.terms = terms;
    try {
      super.add(document);
    } finally {
      this.collector.terms = null;
    }
    for (const term of terms) this.documentFrequencies.set(term, (this.documentFrequencies.get(term) ?? 0) + 1);
  }

  // The document frequencies and the fast path assume documents are never taken out.
  override remove(_document: Document): never {
    return refuseRemoval();
  }

  override removeAll(_documents?: readonly Document[]): never {
    return refuseRemoval();
  }

  override discard(_id: unknown): never {
    return refuseRemoval();
  }

  override discardAll(_ids: readonly unknown[]): never {
    return refuseRemoval();
  }

  override replace(_document: Document): never {
    return refuseRemoval();
  }

  /** How many documents contain the term in any field. */
  documentFrequency(term: string): number {
    return this.documentFrequencies.get(term) ?? 0;
  }

  /** BM25's inverse document frequency of a term over the documents. */
  inverseDocumentFrequency(term: string): number {
    return inverseDocumentFrequency(this.documentFrequency(term), this.documentCount);
  }

  /**
   * A query term with the index terms it matches and their weights, as MiniSearch's `search`
   * weighs them: the term itself 1, a prefix match `0.375·len/(len + 0.3·extra)`, a fuzzy match
   * `0.45·len/(len + distance)`. `fuzzy` is a share of the term's length (below 1) or an edit distance.
   */
  expandTerm(term: string, options: { prefix: boolean; fuzzy: number; maxFuzzy?: number }): ExpandedTerm {
    const derived: { term: string; weight: number }[] = this._index.has(term) ? [{ term, weight: 1 }] : [];
    const maxDistance = options.fuzzy < 1 ? Math.min(options.maxFuzzy ?? 6, Math.round(term.length * options.fuzzy)) : options.fuzzy;
    const fuzzyMatches = maxDistance > 0 ? this._index.fuzzyGet(term, maxDistance) : undefined;
    if (options.prefix) {
      for (const [prefixed] of this._index.atPrefix(term)) {
        const extra = prefixed.length - term.length;
        if (extra === 0) continue;
        // A term that is both a prefix and a fuzzy match counts as a prefix match, as in MiniSearch.
        fuzzyMatches?.delete(prefixed);
        derived.push({ term: prefixed, weight: (PREFIX_WEIGHT * prefixed.length) / (prefixed.length + 0.3 * extra) });
      }
    }
    for (const [fuzzy, [, distance]] of fuzzyMatches ?? []) {
      if (distance > 0) derived.push({ term: fuzzy, weight: (FUZZY_WEIGHT * fuzzy.length) / (fuzzy.length + distance) });
    }
    return { queryTerm: term, derived };
  }

  /**
   * Calls `visit(shortId, score, matchedTerms)` once per document matching any query term, with
   * MiniSearch's score: the sum over matched index terms and fields of weight · boost · BM25+,
   * times the number of query terms matched (`matchedTerms`; all of them for an AND query).
   */
  forEachScore(query: readonly ExpandedTerm[], boost: Readonly<Record<string, number>>, visit: (shortId: number, score: number, matchedTerms: number) => void): void {
    this.ensureCapacity();
    const { scores, matchedTerms, lastTerm } = this;
    const touched: number[] = [];
    const totalCount = this._documentCount;
    const { k, b, d } = BM25_PARAMETERS;
    for (const [termIndex, { derived }] of query.entries()) {
      for (const { term, weight } of derived) {
        const fieldTermData = this._index.get(term);
        if (fieldTermData === undefined) continue;
        for (const field of Object.keys(boost)) {
          const fieldId = this._fieldIds[field];
          const frequencies = fieldId === undefined ? undefined : fieldTermData.get(fieldId);
          if (frequencies === undefined) continue;
          const factor = weight * boost[field]!;
          const averageLength = this._avgFieldLength[fieldId!]!;
          const inverseFrequency = Math.log(1 + (totalCount - frequencies.size + 0.5) / (frequencies.size + 0.5));
          const lengths = this.fieldLengths(fieldId!);
          // Map#forEach: no entry arrays allocated, unlike for…of with destructuring.
          frequencies.forEach((termFrequency, shortId) => {
            const score = inverseFrequency * (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * lengths[shortId]!) / averageLength)));
            if (matchedTerms[shortId] === 0) touched.push(shortId);
            if (lastTerm[shortId] !== termIndex + 1) {
              lastTerm[shortId] = termIndex + 1;
              matchedTerms[shortId] = matchedTerms[shortId]! + 1;
            }
            scores[shortId] = scores[shortId]! + factor * score;
          });
        }
      }
    }
    try {
      for (const shortId of touched) visit(shortId, scores[shortId]! * matchedTerms[shortId]!, matchedTerms[shortId]!);
    } finally {
      // Leave the scratch arrays clean for the next query.
      for (const shortId of touched) {
        scores[shortId] = 0;
        matchedTerms[shortId] = 0;
        lastTerm[shortId] = 0;
      }
    }
  }

  /** The fields of a document that contain an index term. */
  fieldsContaining(shortId: number, term: string, fields: readonly string[]): string[] {
    const fieldTermData = this._index.get(term);
    if (fieldTermData === undefined) return [];
    return fields.filter((field) => {
      const fieldId = this._fieldIds[field];
      return fieldId !== undefined && (fieldTermData.get(fieldId)?.has(shortId) ?? false);
    });
  }

  /** The short id MiniSearch gave a document id. */
  shortIdOf(id: string): number | undefined {
    return this._idToShortId.get(id);
  }

  // Documents are only ever added, so a document's field lengths never change: copy the new ones.
  private fieldLengths(fieldId: number): Float64Array {
    let lengths = this.lengthsByField[fieldId] ?? new Float64Array(0);
    const filled = this.lengthsFilled[fieldId] ?? 0;
    if (filled === this._nextId) return lengths;
    if (lengths.length < this._nextId) {
      const grown = new Float64Array(Math.max(1024, this._nextId * 2));
      grown.set(lengths.subarray(0, filled));
      lengths = grown;
      this.lengthsByField[fieldId] = lengths;
    }
    for (let shortId = filled; shortId < this._nextId; shortId += 1) lengths[shortId] = this._fieldLength.get(shortId)?.[fieldId] ?? 0;
    this.lengthsFilled[fieldId] = this._nextId;
    return lengths;
  }

  private ensureCapacity(): void {
    if (this.scores.length >= this._nextId) return;
    const capacity = Math.max(1024, this._nextId * 2);
    this.scores = new Float64Array(capacity);
    this.matchedTerms = new Uint16Array(capacity);
    this.lastTerm = new Int32Array(capacity);
  }
}
