import type { Ticket } from '../../contracts/ticket.js';
import type { TrendsConfig } from './trends-config.js';

/** A category or tag whose share of escalations grew. */
export interface EscalationRootCause {
  kind: 'category' | 'tag';
  key: string;
  currentEscalations: number;
  previousEscalations: number;
  /** Share of the period's escalations, 0–1. */
  currentShare: number;
  previousShare: number;
  /** `currentShare − previousShare`. */
  shareChange: number;
}

export function isEscalated(ticket: Ticket, escalationTags: readonly string[]): boolean {
  return ticket.escalated === true || ticket.tags.some((tag) => escalationTags.includes(tag.toLowerCase()));
}

/** Categories and tags ranked by how much their share of escalations grew (rules in `DEFAULT_TRENDS_CONFIG`). */
export function escalationRootCauses(current: readonly Ticket[], previous: readonly Ticket[], config: TrendsConfig): EscalationRootCause[] {
  const currentCounts = countKeys(current, config.escalationTags);
  const previousCounts = countKeys(previous, config.escalationTags);
  const causes: EscalationRootCause[] = [];
  for (const [compoundKey, currentEscalations] of currentCounts) {
    if (currentEscalations < config.rootCauseMinEscalations) continue;
    const previousEscalations = previousCounts.get(compoundKey) ?? 0;
    const currentShare = currentEscalations / current.length;
    const previousShare = previous.length === 0 ? 0 : previousEscalations / previous.length;
    const shareChange = currentShare - previousShare;
    if (shareChange <= 0) continue;
    const [kind, key] = splitKey(compoundKey);
    causes.push({ kind, key, currentEscalations, previousEscalations, currentShare, previousShare, shareChange });
  }
  return causes.sort((left, right) => right.shareChange - left.shareChange || right.currentEscalations - left.currentEscalations).slice(0, config.rootCauseLimit);
}

function countKeys(tickets: readonly Ticket[], escalationTags: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const ticket of tickets) {
    add(`category:${ticket.category}`);
    for (const tag of new Set(ticket.tags)) if (!escalationTags.includes(tag.toLowerCase())) add(`tag:${tag}`);
  }
  return counts;
}

function splitKey(compoundKey: string): ['category' | 'tag', string] {
  const separator = compoundKey.indexOf(':');
  return [compoundKey.slice(0, separator) as 'category' | 'tag', compoundKey.slice(separator + 1)];
}
