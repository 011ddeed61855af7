import { BM25_PARAMETERS } from './retrieval-mini-search.js';

export interface CompactPostingsOptions {
  /** The fields of every document, in the order `add` receives their texts. */
  fields: readonly string[];
  tokenize: (text: string) => string[];
  /** The index term of a token, or null to skip it. */
  processTerm: (token: string) => string | null;
}

/** Postings added since the last merge before a query or a merge is due: at most this many, or half the merged ones. */
const PENDING_LIMIT = 1 << 18;

/**
 * A BM25+ inverted index in typed arrays, for large collections searched by exact terms (similar tickets
 * over 100k documents). It scores exactly as `RetrievalMiniSearch.forEachScore` does with exact terms
 * (the same field lengths — distinct tokens —, running average lengths, formula and summing order; a
 * test compares both), but holds each posting in 6 bytes of two columns instead of a `Map` entry, and
 * needs no prefix tree (no prefix or fuzzy matching). Documents are only appended. Postings are kept
 * in compressed-row form by term and field; appended documents wait in a small buffer merged in before
 * the next query.
 */
export class CompactPostings {
  private readonly fieldIds: Map<string, number>;
  private readonly fieldCount: number;
  private readonly termIds = new Map<string, number>();
  private documentFrequencies = new Int32Array(1024);
  private readonly averageLengths: number[];
  private fieldLengths: Uint32Array[];
  private documents = 0;
  // Merged postings of term × field `key = termId · fieldCount + fieldId`: documents ascending.
  private offsets = new Int32Array(1);
  private postingDocuments = new Int32Array(0);
  private postingFrequencies = new Uint16Array(0);
  // Postings not merged yet, by key: document, frequency, document, frequency…
  private pending = new Map<number, number[]>();
  private pendingCount = 0;
  // Scratch space of a query, reused.
  private scores = new Float64Array(0);
  private matchedTerms = new Uint16Array(0);
  private lastTerm = new Int32Array(0);

  constructor(private readonly options: CompactPostingsOptions) {
    this.fieldCount = options.fields.length;
    this.fieldIds = new Map(options.fields.map((field, index) => [field, index]));
    this.averageLengths = options.fields.map(() => 0);
    this.fieldLengths = options.fields.map(() => new Uint32Array(1024));
  }

  get documentCount(): number {
    return this.documents;
  }

  /** Adds a document (its fields' texts in `fields` order) and returns its short id: 0, 1, 2… */
  add(texts: readonly string[]): number {
    const shortId = this.documents;
    this.reserveDocument(shortId);
    const distinct = new Set<number>();
    for (let fieldId = 0; fieldId < this.fieldCount; fieldId += 1) {
      const tokens = this.options.tokenize(texts[fieldId] ?? '');
      const length = new Set(tokens).size;
      this.fieldLengths[fieldId]![shortId] = length;
      // MiniSearch's running mean, in its order of operations, so scores match to the last bit.
      this.averageLengths[fieldId] = (this.averageLengths[fieldId]! * shortId + length) / (shortId + 1);
      const frequencies = new Map<number, number>();
      for (const token of tokens) {
        const term = this.options.processTerm(token);
        if (!term) continue;
        const termId = this.termIdOf(term);
        frequencies.set(termId, (frequencies.get(termId) ?? 0) + 1);
        distinct.add(termId);
      }
      for (const [termId, frequency] of frequencies) {
        const key = termId * this.fieldCount + fieldId;
        const list = this.pending.get(key);
        if (list) list.push(shortId, frequency);
        else this.pending.set(key, [shortId, frequency]);
        this.pendingCount += 1;
      }
    }
    for (const termId of distinct) this.documentFrequencies[termId] = this.documentFrequencies[termId]! + 1;
    this.documents += 1;
    if (this.pendingCount > Math.max(PENDING_LIMIT, this.postingDocuments.length / 2)) this.merge();
    return shortId;
  }

  /** How many documents contain the term in any field. */
  documentFrequency(term: string): number {
    const termId = this.termIds.get(term);
    return termId === undefined ? 0 : this.documentFrequencies[termId]!;
  }

  /**
   * Calls `visit(shortId, score, matchedTerms)` once per document holding any of the terms, with the
   * score MiniSearch gives an OR query of exact terms: the sum over terms and boosted fields of boost ·
   * BM25+, times the number of terms matched.
   */
  forEachScore(terms: readonly string[], boost: Readonly<Record<string, number>>, visit: (shortId: number, score: number, matchedTerms: number) => void): void {
    this.merge();
    this.ensureScratch();
    const { scores, matchedTerms, lastTerm } = this;
    const touched: number[] = [];
    const { k, b, d } = BM25_PARAMETERS;
    for (const [termIndex, term] of terms.entries()) {
      const termId = this.termIds.get(term);
      if (termId === undefined) continue;
      for (const field of Object.keys(boost)) {
        const fieldId = this.fieldIds.get(field);
        if (fieldId === undefined) continue;
        const key = termId * this.fieldCount + fieldId;
        const start = this.offsets[key]!;
        const end = this.offsets[key + 1]!;
        if (start === end) continue;
        const factor = boost[field]!;
        const averageLength = this.averageLengths[fieldId]!;
        const inverseFrequency = Math.log(1 + (this.documents - (end - start) + 0.5) / (end - start + 0.5));
        const lengths = this.fieldLengths[fieldId]!;
        for (let posting = start; posting < end; posting += 1) {
          const shortId = this.postingDocuments[posting]!;
          const termFrequency = this.postingFrequencies[posting]!;
          const score = inverseFrequency * (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * lengths[shortId]!) / averageLength)));
          if (matchedTerms[shortId] === 0) touched.push(shortId);
          if (lastTerm[shortId] !== termIndex + 1) {
            lastTerm[shortId] = termIndex + 1;
            matchedTerms[shortId] = matchedTerms[shortId]! + 1;
          }
          scores[shortId] = scores[shortId]! + factor * score;
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

  /** The fields of a document that contain a term. */
  fieldsContaining(shortId: number, term: string, fields: readonly string[]): string[] {
    this.merge();
    const termId = this.termIds.get(term);
    if (termId === undefined) return [];
    return fields.filter((field) => {
      const fieldId = this.fieldIds.get(field);
      if (fieldId === undefined) return false;
      const key = termId * this.fieldCount + fieldId;
      return this.holds(this.offsets[key]!, this.offsets[key + 1]!, shortId);
    });
  }

  /** Bytes held by the columns (outside the JS heap). */
  get byteLength(): number {
    const columns = [this.documentFrequencies, this.offsets, this.postingDocuments, this.postingFrequencies, this.scores, this.matchedTerms, this.lastTerm, ...this.fieldLengths];
    return columns.reduce((total, column) => total + column.byteLength, 0);
  }

  private holds(start: number, end: number, shortId: number): boolean {
    let low = start;
    let high = end - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.postingDocuments[middle]!;
      if (found === shortId) return true;
      if (found < shortId) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  private termIdOf(term: string): number {
    let termId = this.termIds.get(term);
    if (termId === undefined) {
      termId = this.termIds.size;
      this.termIds.set(term, termId);
      if (termId >= this.documentFrequencies.length) this.documentFrequencies = grown(this.documentFrequencies, this.documentFrequencies.length * 2);
    }
    return termId;
  }

  private reserveDocument(shortId: number): void {
    if (shortId < this.fieldLengths[0]!.length) return;
    this.fieldLengths = this.fieldLengths.map((lengths) => grown(lengths, lengths.length * 2));
  }

  /** Folds the pending postings into the merged columns (documents stay ascending: pending ones are newer). */
  private merge(): void {
    if (this.pendingCount === 0 && this.offsets.length === this.termIds.size * this.fieldCount + 1) return;
    const keys = this.termIds.size * this.fieldCount;
    const offsets = new Int32Array(keys + 1);
    const oldKeys = this.offsets.length - 1;
    for (let key = 0; key < keys; key += 1) {
      const merged = key < oldKeys ? this.offsets[key + 1]! - this.offsets[key]! : 0;
      offsets[key + 1] = offsets[key]! + merged + (this.pending.get(key)?.length ?? 0) / 2;
    }
    const documents = new Int32Array(offsets[keys]!);
    const frequencies = new Uint16Array(offsets[keys]!);
    for (let key = 0; key < keys; key += 1) {
      let at = offsets[key]!;
      if (key < oldKeys) {
        const start = this.offsets[key]!;
        const end = this.offsets[key + 1]!;
        documents.set(this.postingDocuments.subarray(start, end), at);
        frequencies.set(this.postingFrequencies.subarray(start, end), at);
        at += end - start;
      }
      const list = this.pending.get(key);
      if (!list) continue;
      for (let index = 0; index < list.length; index += 2) {
        documents[at] = list[index]!;
        // Capped: a word repeated 65,535 times in one field scores as if that were all.
        frequencies[at] = Math.min(list[index + 1]!, 65_535);
        at += 1;
      }
    }
    this.offsets = offsets;
    this.postingDocuments = documents;
    this.postingFrequencies = frequencies;
    this.pending = new Map();
    this.pendingCount = 0;
  }

  private ensureScratch(): void {
    if (this.scores.length >= this.documents) return;
    const capacity = Math.max(1024, this.documents * 2);
    this.scores = new Float64Array(capacity);
    this.matchedTerms = new Uint16Array(capacity);
    this.lastTerm = new Int32Array(capacity);
  }
}

function grown<Column extends Int32Array | Uint32Array>(column: Column, size: number): Column {
  const next = new (column.constructor as new (length: number) => Column)(size);
  next.set(column);
  return next;
}
