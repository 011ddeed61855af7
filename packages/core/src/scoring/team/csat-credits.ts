import type { Ticket } from '../../contracts/ticket.js';
import { shrunkRate } from '../statistics.js';
import type { RateCounts } from './rate-counts.js';
import { ticketInScope, type TeamScope } from './team-scope.js';
import type { TicketIndex } from './ticket-index.js';

/** CSAT good / rated per agent and for the team over a window. */
export interface CsatCredits {
  byAgent: Map<string, RateCounts>;
  team: RateCounts;
}

/**
 * The agent a ticket's CSAT rating is credited to: the assignee at rating time (SCORING §3.2 step 7), the
 * current assignee when the source does not record it, and no one (null) when it was rated unassigned.
 * Every per-agent CSAT figure (agent performance, the agent's dashboard, `csatSummary` for an agent) reads it.
 */
export function creditedAgentIdOf(ticket: Pick<Ticket, 'assigneeId' | 'csat'>): string | null {
  const atRating = ticket.csat?.assigneeIdAtRating;
  return atRating === undefined ? ticket.assigneeId : atRating;
}

/**
 * Credits each rating in `[fromMs, toMs)` to the assignee at rating time (SCORING §3.2 step 7),
 * falling back to the current assignee when the source does not record it; unassigned ratings
 * (recorded as null) and agents outside the scope credit no one.
 */
export function csatCredits(index: TicketIndex, scope: TeamScope, fromMs: number, toMs: number): CsatCredits {
  const byAgent = new Map<string, RateCounts>();
  const team: RateCounts = { successes: 0, total: 0, rate: null };
  const [first, end] = index.ratedByTime.range(fromMs, toMs);
  for (let rank = first; rank < end; rank += 1) {
    const ticket = index.ratedByTime.ticket(rank);
    const csat = ticket.csat!;
    const creditedId = creditedAgentIdOf(ticket);
    if (creditedId === null || !scope.agentById.has(creditedId) || !ticketInScope(ticket, scope)) continue;
    let own = byAgent.get(creditedId);
    if (!own) byAgent.set(creditedId, (own = { successes: 0, total: 0, rate: null }));
    for (const counts of [own, team]) {
      counts.total += 1;
      if (csat.rating === 'good') counts.successes += 1;
      counts.rate = counts.successes / counts.total;
    }
  }
  return { byAgent, team };
}

/** An agent's CSAT shrunk toward the team rate with `m` pseudo-ratings; the team rate when unrated, null when the team is unrated. */
export function adjustedCsat(credits: CsatCredits, agentId: string, strength: number): number | null {
  if (credits.team.rate === null) return null;
  const own = credits.byAgent.get(agentId);
  return own ? shrunkRate(own.successes, own.total, credits.team.rate, strength) : credits.team.rate;
}
