import type { AccountSegment } from '../../contracts/account.js';
import type { AccountSlices } from './account-index.js';
import type { ExpansionConfig } from './expansion-config.js';
import { lowerCaseTextOf, recentTickets } from './ticket-text.js';

/** A product an account does not own, ranked by look-alike adoption and the account's own tickets about it. */
export interface CrossSellOpportunity {
  accountId: string;
  accountName: string;
  product: string;
  /** Share of look-alike accounts (same segment, products known, excluding this one) that own it; null under the minimum sample. */
  lookAlikeAdoptionRate: number | null;
  lookAlikeCount: number;
  /** Tickets in the window whose text or tags mention the product's problem space. */
  ticketMentions: number;
  ticketIds: string[];
  /** `adoptionRate · (1 + mentionWeight · min(mentions, cap))`. */
  rankScore: number;
  reason: string;
}

/** Adoption counts per segment and product, built once for the portfolio. */
export interface LookAlikeAdoption {
  accountsWithProducts: Map<AccountSegment, number>;
  owners: Map<AccountSegment, Map<string, number>>;
}

/** Counts, per segment, the accounts whose products are known and how many own each product. */
export function lookAlikeAdoptionOf(accounts: readonly AccountSlices[]): LookAlikeAdoption {
  const accountsWithProducts = new Map<AccountSegment, number>();
  const owners = new Map<AccountSegment, Map<string, number>>();
  for (const { account } of accounts) {
    if (!account.products) continue;
    accountsWithProducts.set(account.segment, (accountsWithProducts.get(account.segment) ?? 0) + 1);
    let counts = owners.get(account.segment);
    if (!counts) owners.set(account.segment, (counts = new Map()));
    for (const product of new Set(account.products)) counts.set(product, (counts.get(product) ?? 0) + 1);
  }
  return { accountsWithProducts, owners };
}

/**
 * Cross-sell whitespace of one account (SCORING §7.2): catalogue products it does not own, ranked by how many
 * look-alike accounts own them, weighted up by the account's tickets in the product's problem space.
 * Accounts whose products are unknown get none.
 */
export function crossSellWhitespace(slices: AccountSlices, catalogue: readonly string[], adoption: LookAlikeAdoption, nowMs: number, config: ExpansionConfig['crossSell']): CrossSellOpportunity[] {
  const { account } = slices;
  if (!account.products) return [];
  const owned = new Set(account.products);
  const missing = catalogue.filter((product) => !owned.has(product));
  if (missing.length === 0) return [];
  // The account itself is excluded from its look-alikes.
  const lookAlikeCount = (adoption.accountsWithProducts.get(account.segment) ?? 1) - 1;
  const segmentOwners = adoption.owners.get(account.segment);
  // Oldest first, so the ticket ids read in time order.
  const texts = recentTickets(slices.tickets, nowMs, config.mentionWindowDays)
    .reverse()
    .map((entry) => ({ id: entry.ticket.id, text: lowerCaseTextOf(entry.ticket) }));
  const opportunities: CrossSellOpportunity[] = [];
  for (const product of missing) {
    const rate = lookAlikeCount >= config.minimumLookAlikes ? (segmentOwners?.get(product) ?? 0) / lookAlikeCount : null;
    const keywords = (config.productKeywords[product] ?? [product]).map((keyword) => keyword.toLowerCase());
    const ticketIds = texts.filter((entry) => keywords.some((keyword) => entry.text.includes(keyword))).map((entry) => entry.id);
    const mentions = ticketIds.length;
    const rankScore = (rate ?? 0) * (1 + config.mentionWeight * Math.min(mentions, config.maximumMentions));
    if (rankScore === 0 && mentions === 0) continue;
    const adoptionText = rate === null ? `too few look-alike accounts (${lookAlikeCount}) to compare` : `${Math.round(rate * 100)}% of similar ${account.segment.replace('_', '-')} accounts use ${product}`;
    const mentionText = mentions === 0 ? '' : `; ${mentions} ticket${mentions === 1 ? '' : 's'} in ${config.mentionWindowDays} days asked about ${product}-like workflows`;
    opportunities.push({ accountId: account.id, accountName: account.name, product, lookAlikeAdoptionRate: rate, lookAlikeCount, ticketMentions: mentions, ticketIds: ticketIds.slice(0, 5), rankScore, reason: adoptionText + mentionText });
  }
  return opportunities.sort((left, right) => right.rankScore - left.rankScore || right.ticketMentions - left.ticketMentions || left.product.localeCompare(right.product));
}
