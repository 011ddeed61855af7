import type { Ticket } from '../contracts/ticket.js';
import { exactTerm, RetrievalMiniSearch } from './retrieval-mini-search.js';
import { termOf, tokenize } from './terms.js';

/** The ticket fields the similar-ticket index reads. */
export const TICKET_INDEX_FIELDS = ['subject', 'description', 'tags', 'resolutionSummary'] as const;
export type TicketIndexField = (typeof TICKET_INDEX_FIELDS)[number];

/**
 * How much of a description is indexed: its opening, where the problem is stated; pasted logs and
 * signatures further down add postings, not matches. @default 600 characters
 */
export const DESCRIPTION_INDEX_CHARACTERS = 600;

/** The opening of a text, up to `limit` characters and cut at a word boundary. */
export function openingOf(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return text.slice(0, cut > limit / 2 ? cut : limit);
}

/**
 * The texts a ticket is indexed by, in `TICKET_INDEX_FIELDS` order: the subject, the opening of the
 * description, the tags with the category (a category is a tag every ticket has), the resolution summary.
 */
export function ticketIndexTexts(ticket: Ticket): [string, string, string, string] {
  return [indexTextOf(ticket, 'subject'), indexTextOf(ticket, 'description'), indexTextOf(ticket, 'tags'), indexTextOf(ticket, 'resolutionSummary')];
}

/** One field's indexed text (see `ticketIndexTexts`). */
export function indexTextOf(ticket: Ticket, field: TicketIndexField): string {
  switch (field) {
    case 'subject':
      return ticket.subject;
    case 'description':
      return openingOf(ticket.description, DESCRIPTION_INDEX_CHARACTERS);
    case 'tags': {
      const category = ticket.category.trim();
      const hasCategory = category === '' || ticket.tags.some((tag) => tag.trim().toLowerCase() === category.toLowerCase());
      return (hasCategory ? ticket.tags : [...ticket.tags, category]).join(' ');
    }
    case 'resolutionSummary':
      return ticket.resolutionSummary ?? '';
  }
}

/** Whether a ticket belongs in the similar-ticket index: it is solved or closed. */
export function isResolvedTicket(ticket: Pick<Ticket, 'status'>): boolean {
  return ticket.status === 'solved' || ticket.status === 'closed';
}

/**
 * A full-text index (MiniSearch, BM25+) over the resolved tickets of one ticket array, with the
 * document frequency of every term for choosing informative query terms.
 */
export class ResolvedTicketIndex {
  private readonly miniSearch: RetrievalMiniSearch<Ticket>;
  private readonly byShortId: Ticket[] = [];

  constructor(tickets: readonly Ticket[] = []) {
    this.miniSearch = new RetrievalMiniSearch<Ticket>({
      fields: [...TICKET_INDEX_FIELDS],
      extractField: (ticket, field) => (field === 'id' ? ticket.id : indexTextOf(ticket, field as TicketIndexField)),
      tokenize,
      processTerm: termOf,
    });
    for (const ticket of tickets) this.add(ticket);
  }

  /** Resolved tickets indexed. */
  get documentCount(): number {
    return this.miniSearch.documentCount;
  }

  /**
   * Indexes one more ticket; returns `false` (and does nothing) when it is not resolved or its id
   * is already indexed. A ticket that changes later needs a new index (tickets are never removed).
   */
  add(ticket: Ticket): boolean {
    if (!isResolvedTicket(ticket) || this.miniSearch.has(ticket.id)) return false;
    this.miniSearch.add(ticket);
    this.byShortId[this.miniSearch.shortIdOf(ticket.id)!] = ticket;
    return true;
  }

  /** How many indexed tickets contain the term in any field. */
  documentFrequency(term: string): number {
    return this.miniSearch.documentFrequency(term);
  }

  /** BM25's inverse document frequency of a term over the indexed tickets. */
  inverseDocumentFrequency(term: string): number {
    return this.miniSearch.inverseDocumentFrequency(term);
  }

  /** Calls `visit(ticket, bm25Score)` for every indexed ticket matching any of the index terms (OR). */
  forEachMatch(terms: readonly string[], boost: Readonly<Record<TicketIndexField, number>>, visit: (ticket: Ticket, bm25Score: number) => void): void {
    this.miniSearch.forEachScore(terms.map(exactTerm), boost, (shortId, score) => visit(this.byShortId[shortId]!, score));
  }

  /** Which fields of an indexed ticket contain each of the terms (terms it lacks are left out). */
  matchedFields(ticketId: string, terms: readonly string[]): Map<string, TicketIndexField[]> {
    const shortId = this.miniSearch.shortIdOf(ticketId);
    const matched = new Map<string, TicketIndexField[]>();
    if (shortId === undefined) return matched;
    for (const term of terms) {
      const fields = this.miniSearch.fieldsContaining(shortId, term, TICKET_INDEX_FIELDS) as TicketIndexField[];
      if (fields.length > 0) matched.set(term, fields);
    }
    return matched;
  }
}

// Per ticket array: its index and how many entries were read, to pick up appended tickets.
const indexes = /* @__PURE__ */ new WeakMap<readonly Ticket[], { index: ResolvedTicketIndex; read: number }>();

/**
 * The index of a ticket array, built on first use and kept while the array lives (by identity).
 * Tickets appended to the array since are added on the next call; other edits need a new array.
 */
export function ticketIndexFor(tickets: readonly Ticket[]): ResolvedTicketIndex {
  let entry = indexes.get(tickets);
  if (!entry) {
    entry = { index: new ResolvedTicketIndex(), read: 0 };
    indexes.set(tickets, entry);
  }
  for (; entry.read < tickets.length; entry.read += 1) entry.index.add(tickets[entry.read]!);
  return entry.index;
}
