import type { NpsResponse } from '../contracts/nps-response.js';
import type { Ticket } from '../contracts/ticket.js';
import { evaluateTicketSla, type SlaSetup } from '../data/ticket-sla.js';
import { npsCountsOf } from '../scoring/accounts/nps-summary.js';
import type { SlaLevel } from '../sla/types.js';

const DAY_MILLISECONDS = 86_400_000;

/** A ticket as call prep shows it, with its SLA state at `now`. */
export interface TicketFact {
  /** `ticket:<id>`, what talking points cite. */
  factId: string;
  ticketId: string;
  subject: string;
  status: Ticket['status'];
  priority: Ticket['priority'];
  createdAt: string;
  escalated: boolean;
  /** The worst level among the ticket's SLA clocks; null when no policy applies or nothing is tracked. */
  sla: { level: SlaLevel; breached: boolean; nextDeadline: string | null } | null;
}

// Worst first: the level shown for a ticket is its most urgent clock's.
const LEVEL_RANK: Record<SlaLevel, number> = { breached: 4, at_risk: 3, ok: 2, paused: 1, achieved: 0 };

/** Whether a ticket is still being worked on. */
export function isOpenTicket(ticket: Pick<Ticket, 'status'>): boolean {
  return ticket.status !== 'solved' && ticket.status !== 'closed';
}

/** A ticket's fact; `setup` is null when the dataset has no SLA policy. A ticket without events has no clocks. */
export function ticketFact(ticket: Ticket, setup: SlaSetup | null, now: Date): TicketFact {
  let sla: TicketFact['sla'] = null;
  if (setup && ticket.events.length > 0) {
    const evaluation = evaluateTicketSla(ticket, setup, now);
    let level: SlaLevel | null = null;
    for (const instance of evaluation.instances) if (level === null || LEVEL_RANK[instance.level] > LEVEL_RANK[level]) level = instance.level;
    if (level !== null) sla = { level, breached: evaluation.instances.some((instance) => instance.breached), nextDeadline: evaluation.nextDeadline };
  }
  return {
    factId: `ticket:${ticket.id}`,
    ticketId: ticket.id,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    createdAt: ticket.createdAt,
    escalated: ticket.escalated === true,
    sla,
  };
}

/** CSAT of an account's tickets rated in the window: `good / (good + bad)`. */
export interface CsatFact {
  factId: 'csat';
  windowDays: number;
  good: number;
  bad: number;
  /** 0–1; null without ratings. */
  rate: number | null;
}

/** CSAT over the tickets rated within `windowDays` before `now`. */
export function csatFact(tickets: readonly Ticket[], now: Date, windowDays: number): CsatFact {
  const since = now.getTime() - windowDays * DAY_MILLISECONDS;
  let good = 0;
  let bad = 0;
  for (const ticket of tickets) {
    const ratedAt = ticket.csat ? Date.parse(ticket.csat.ratedAt) : Number.NaN;
    if (!(ratedAt > since && ratedAt <= now.getTime())) continue;
    if (ticket.csat!.rating === 'good') good += 1;
    else bad += 1;
  }
  return { factId: 'csat', windowDays, good, bad, rate: good + bad > 0 ? good / (good + bad) : null };
}

/** NPS of an account's recent answers, counted as `nps.summary` counts them per account (every answer). */
export interface NpsFact {
  factId: 'nps';
  windowDays: number;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** `(promoters − detractors) / responses · 100`, −100 to 100; null without answers. */
  score: number | null;
  latest: { responseId: string; score: number; comment: string | null; respondedAt: string } | null;
}

/**
 * NPS over the account's answers within `windowDays` before `now` (`npsCountsOf`, every answer counts, the
 * window `summarizeNps` uses), so the call brief shows the account's NPS as the NPS summary does.
 */
export function npsFact(responses: readonly NpsResponse[], accountId: string, now: Date, windowDays: number): NpsFact {
  const since = now.getTime() - windowDays * DAY_MILLISECONDS;
  const recent = responses.filter((response) => {
    const at = Date.parse(response.respondedAt);
    return response.accountId === accountId && at > since && at <= now.getTime();
  });
  const counts = npsCountsOf(recent);
  const latest = recent.reduce<NpsResponse | null>((best, response) => (best === null || Date.parse(response.respondedAt) > Date.parse(best.respondedAt) ? response : best), null);
  return {
    factId: 'nps',
    windowDays,
    responses: counts.responseCount,
    promoters: counts.promoters,
    passives: counts.passives,
    detractors: counts.detractors,
    score: counts.nps,
    latest: latest ? { responseId: latest.id, score: latest.score, comment: latest.comment ?? null, respondedAt: latest.respondedAt } : null,
  };
}
