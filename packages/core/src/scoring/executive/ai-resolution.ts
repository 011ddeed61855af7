import type { Ticket } from '../../contracts/ticket.js';
import { DAY_MS } from '../service-levels/report-window.js';
import { OPEN_STATUSES } from '../service-levels/ticket-time-index.js';

/**
 * How an AI solve stands: `verified` — no human recontact within the window, which has passed;
 * `provisional` — none so far, the window still open; `recontacted` — a customer message or agent reply
 * came within the window after the solve, or the ticket is open again.
 */
export type AiResolutionOutcome = 'verified' | 'provisional' | 'recontacted';

export function aiResolutionOutcome(ticket: Ticket, solvedMs: number, nowMs: number, recontactDays: number): AiResolutionOutcome {
  if (OPEN_STATUSES.has(ticket.status)) return 'recontacted';
  const windowEndMs = solvedMs + recontactDays * DAY_MS;
  for (const event of ticket.events) {
    if (event.type !== 'customer_message' && event.type !== 'agent_reply') continue;
    const atMs = Date.parse(event.at);
    if (atMs > solvedMs && atMs <= windowEndMs && atMs <= nowMs) return 'recontacted';
  }
  return nowMs >= windowEndMs ? 'verified' : 'provisional';
}

/** Whether AI took part in a ticket: it resolved it, or a tag names it (`ai`, `ai_draft`, `bot-triage`). */
export function isAiInvolved(ticket: Ticket, tagPrefixes: readonly string[]): boolean {
  if (ticket.resolvedBy === 'ai') return true;
  return ticket.tags.some((tag) => {
    const lower = tag.toLowerCase();
    return tagPrefixes.some((prefix) => lower === prefix || (lower.startsWith(prefix) && '_-:'.includes(lower.charAt(prefix.length))));
  });
}
