import type { KbArticle } from '../contracts/kb-article.js';
import { markdownBlocks, type MarkdownBlock } from './markdown-blocks.js';
import { RetrievalMiniSearch, type ExpandedTerm } from './retrieval-mini-search.js';
import { termOf, tokenize } from './terms.js';

/** The article fields the knowledge-base index reads. */
export const KB_INDEX_FIELDS = ['title', 'headings', 'body'] as const;
export type KbIndexField = (typeof KB_INDEX_FIELDS)[number];

/** An indexed article with its Markdown read once: blocks, plain text and headings. */
export interface IndexedArticle {
  article: KbArticle;
  blocks: MarkdownBlock[];
  /** The body as plain text, one line per block; excerpts are cut from it. */
  plainText: string;
  /** `article.headings` when given, else the body's headings. */
  headings: string[];
}

/** A MiniSearch (BM25+) index over knowledge-base articles, with document frequencies. */
export class KbIndex {
  private readonly miniSearch: RetrievalMiniSearch<KbArticle>;
  private readonly byId = new Map<string, IndexedArticle>();
  private readonly byShortId: IndexedArticle[] = [];

  constructor(articles: readonly KbArticle[] = []) {
    this.miniSearch = new RetrievalMiniSearch<KbArticle>({
      fields: [...KB_INDEX_FIELDS],
      extractField: (article, field) => {
        if (field === 'id' || field === 'title') return article[field];
        const indexed = this.byId.get(article.id)!;
        return field === 'headings' ? indexed.headings.join('\n') : indexed.plainText;
      },
      tokenize,
      processTerm: termOf,
    });
    for (const article of articles) this.add(article);
  }

  get documentCount(): number {
    return this.miniSearch.documentCount;
  }

  /** Indexes one more article; `false` (nothing done) when its id is already indexed. */
  add(article: KbArticle): boolean {
    if (this.byId.has(article.id)) return false;
    const blocks = markdownBlocks(article.body);
    const plainText = blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block.text])).join('\n');
    const headings = article.headings ?? blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
    const indexed = { article, blocks, plainText, headings };
    this.byId.set(article.id, indexed);
    this.miniSearch.add(article);
    this.byShortId[this.miniSearch.shortIdOf(article.id)!] = indexed;
    return true;
  }

  /** The indexed article with this id, with its parsed body. */
  get(id: string): IndexedArticle | undefined {
    return this.byId.get(id);
  }

  documentFrequency(term: string): number {
    return this.miniSearch.documentFrequency(term);
  }

  inverseDocumentFrequency(term: string): number {
    return this.miniSearch.inverseDocumentFrequency(term);
  }

  /** A query term with the article terms it matches by prefix or fuzzily (see `RetrievalMiniSearch.expandTerm`). */
  expand(term: string, options: { prefix: boolean; fuzzy: number }): ExpandedTerm {
    return this.miniSearch.expandTerm(term, options);
  }

  /** Calls `visit(article, score, matchedTerms)` for every article matching any query term. */
  forEachMatch(query: readonly ExpandedTerm[], boost: Readonly<Record<KbIndexField, number>>, visit: (indexed: IndexedArticle, score: number, matchedTerms: number) => void): void {
    this.miniSearch.forEachScore(query, boost, (shortId, score, matchedTerms) => visit(this.byShortId[shortId]!, score, matchedTerms));
  }

  /** The article terms that matched the query and the fields holding each. */
  matchedFields(articleId: string, query: readonly ExpandedTerm[]): { term: string; queryTerm: string; fields: KbIndexField[] }[] {
    const shortId = this.miniSearch.shortIdOf(articleId);
    if (shortId === undefined) return [];
    return query.flatMap(({ queryTerm, derived }) =>
      derived.flatMap(({ term }) => {
        const fields = this.miniSearch.fieldsContaining(shortId, term, KB_INDEX_FIELDS) as KbIndexField[];
        return fields.length > 0 ? [{ term, queryTerm, fields }] : [];
      }),
    );
  }
}

const indexes = /* @__PURE__ */ new WeakMap<readonly KbArticle[], { index: KbIndex; read: number }>();

/**
 * The index of an article array, built on first use and kept while the array lives (by identity);
 * articles appended since are added on the next call.
 */
export function kbIndexFor(articles: readonly KbArticle[]): KbIndex {
  let entry = indexes.get(articles);
  if (!entry) {
    entry = { index: new KbIndex(), read: 0 };
    indexes.set(articles, entry);
  }
  for (; entry.read < articles.length; entry.read += 1) entry.index.add(articles[entry.read]!);
  return entry.index;
}
