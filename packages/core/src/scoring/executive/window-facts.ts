import type { Ticket } from '../../contracts/ticket.js';
import type { ReportWindow } from '../service-levels/report-window.js';
import type { TicketTimeIndex } from '../service-levels/ticket-time-index.js';
import { aiResolutionOutcome, isAiInvolved } from './ai-resolution.js';

/** Raw counts of one window, from one pass over the tickets that can touch it. */
export interface WindowFacts {
  /** Tickets created in the window. */
  inbound: number;
  /** Distinct requesters among them. */
  submitters: number;
  /** Inbound tickets AI took part in. */
  aiInvolved: number;
  /** Inbound tickets AI has resolved so far without human recontact (for containment). */
  aiResolvedOfInbound: number;
  /** Tickets solved in the window (the "handled" volume). */
  handled: number;
  /** Solved in the window and not AI-only (includes AI solves that needed a human after all). */
  humanResolved: number;
  /** AI solves in the window with no human recontact: verified plus provisional. */
  aiResolved: number;
  aiResolvedProvisional: number;
  aiRecontacted: number;
  /** Public agent replies on the human-resolved tickets. */
  humanReplies: number;
  csatGood: number;
  csatBad: number;
  /** Calendar minutes from creation to the first agent reply, tickets created in the window. */
  firstReplyMinutes: number[];
  /** Calendar minutes from creation to solve, tickets solved in the window. */
  resolutionMinutes: number[];
}

export interface WindowFactOptions {
  now: Date;
  aiRecontactDays: number;
  aiTagPrefixes: readonly string[];
  /** Only tickets passing this count (e.g. one agent's or team's). */
  include?: (ticket: Ticket) => boolean;
}

/** Counts for one window. Dates beyond `createdAt` are parsed only for tickets created before the window ends. */
export function collectWindowFacts(index: TicketTimeIndex, window: ReportWindow, options: WindowFactOptions): WindowFacts {
  const facts = emptyFacts();
  const requesters = new Set<string>();
  const nowMs = options.now.getTime();
  for (let position = 0; position < index.tickets.length; position += 1) {
    const createdMs = index.createdMs[position]!;
    if (createdMs >= window.toMs) continue;
    const ticket = index.tickets[position]!;
    if (options.include && !options.include(ticket)) continue;
    if (createdMs >= window.fromMs) {
      facts.inbound += 1;
      requesters.add(ticket.requesterId);
      if (isAiInvolved(ticket, options.aiTagPrefixes)) facts.aiInvolved += 1;
      const solvedMs = ticket.resolvedBy === 'ai' && ticket.solvedAt !== null ? index.solvedMs(position) : null;
      if (solvedMs !== null && aiResolutionOutcome(ticket, solvedMs, nowMs, options.aiRecontactDays) !== 'recontacted') facts.aiResolvedOfInbound += 1;
      const firstReplyMs = firstAgentReplyMs(ticket);
      if (firstReplyMs !== null && firstReplyMs >= createdMs) facts.firstReplyMinutes.push((firstReplyMs - createdMs) / 60_000);
    }
    const solvedMs = ticket.solvedAt === null ? null : index.solvedMs(position);
    if (solvedMs !== null && solvedMs >= window.fromMs && solvedMs < window.toMs) {
      facts.handled += 1;
      facts.resolutionMinutes.push(Math.max(0, solvedMs - createdMs) / 60_000);
      const outcome = ticket.resolvedBy === 'ai' ? aiResolutionOutcome(ticket, solvedMs, nowMs, options.aiRecontactDays) : null;
      if (outcome === 'verified' || outcome === 'provisional') {
        facts.aiResolved += 1;
        if (outcome === 'provisional') facts.aiResolvedProvisional += 1;
      } else {
        if (outcome === 'recontacted') facts.aiRecontacted += 1;
        facts.humanResolved += 1;
        for (const event of ticket.events) if (event.type === 'agent_reply') facts.humanReplies += 1;
      }
    }
    if (ticket.csat) {
      const ratedMs = index.ratedMs(position);
      if (ratedMs !== null && ratedMs >= window.fromMs && ratedMs < window.toMs) {
        if (ticket.csat.rating === 'good') facts.csatGood += 1;
        else facts.csatBad += 1;
      }
    }
  }
  facts.submitters = requesters.size;
  return facts;
}

function emptyFacts(): WindowFacts {
  const counts = { inbound: 0, submitters: 0, aiInvolved: 0, aiResolvedOfInbound: 0, handled: 0, humanResolved: 0, aiResolved: 0 };
  return { ...counts, aiResolvedProvisional: 0, aiRecontacted: 0, humanReplies: 0, csatGood: 0, csatBad: 0, firstReplyMinutes: [], resolutionMinutes: [] };
}

function firstAgentReplyMs(ticket: Ticket): number | null {
  let earliest: number | null = null;
  for (const event of ticket.events) {
    if (event.type !== 'agent_reply') continue;
    const atMs = Date.parse(event.at);
    if (earliest === null || atMs < earliest) earliest = atMs;
  }
  return earliest;
}
