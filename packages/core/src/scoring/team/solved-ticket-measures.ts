import type { Ticket } from '../../contracts/ticket.js';
import { evaluateTicketSla, type SlaSetup } from '../../data/ticket-sla.js';
import type { SlaInstance } from '../../sla/types.js';
import { ticketFacts, type SolveFact } from './ticket-facts.js';

/** The time measures of one solved ticket and who gets credit for it. */
export interface SolvedTicketMeasures {
  ticket: Ticket;
  /** The agent who held the ticket at its last solve. */
  solverId: string;
  /** Every solve, for reopen credit. */
  solves: readonly SolveFact[];
  /** Creation → first public agent reply; null when never replied. */
  firstReplyMinutes: number | null;
  /** Creation → last solve, solved time excluded. */
  resolutionMinutes: number | null;
  /** Agent work time: time in new or open (pending and on-hold excluded), the ticket's handle time. */
  handleMinutes: number | null;
  /** Whether the minutes above are business minutes (the SLA target counts business hours). */
  businessTime: { firstReply: boolean; resolution: boolean; handle: boolean };
  agentReplyCount: number;
  hasTimeline: boolean;
  /** Case-mix segments from finest to coarsest: priority × channel × category, priority × channel, priority. */
  segmentKeys: readonly [string, string, string];
}

const settledMeasures = new WeakMap<Ticket, SolvedTicketMeasures>();

/**
 * Measures a solved ticket. Each time comes from the SLA engine's clock of that metric when the
 * ticket's policy tracks it (business minutes when its target counts business hours, else calendar
 * minutes, exactly as the SLA counts it); otherwise from the timeline in calendar minutes.
 * Returns null for a ticket no agent can be credited with.
 */
export function measureSolvedTicket(ticket: Ticket, setup: SlaSetup | null, now: Date): SolvedTicketMeasures | null {
  const settled = settledMeasures.get(ticket);
  if (settled) return settled;
  const nowMs = now.getTime();
  const facts = ticketFacts(ticket, nowMs);
  const lastSolve = facts.solves[facts.solves.length - 1];
  const solverId = lastSolve?.assigneeId ?? ticket.assigneeId;
  if (!solverId) return null;
  const metrics = setup ? evaluateTicketSla(ticket, setup, now).metrics : {};
  const firstReply = fulfilled(metrics.firstReply?.[0]);
  const resolution = fulfilled(metrics.resolution?.[0]);
  const agentWork = fulfilled(metrics.agentWork?.[0]);
  const solvedAtMs = lastSolve?.atMs ?? null;
  const measures: SolvedTicketMeasures = {
    ticket,
    solverId,
    solves: facts.solves,
    firstReplyMinutes: firstReply?.elapsedMinutes ?? minutesBetween(facts.createdAtMs, facts.firstAgentReplyAtMs),
    resolutionMinutes: resolution?.elapsedMinutes ?? minutesBetween(facts.createdAtMs, solvedAtMs),
    handleMinutes: agentWork?.elapsedMinutes ?? facts.workCalendarMinutes,
    businessTime: { firstReply: firstReply?.businessHours ?? false, resolution: resolution?.businessHours ?? false, handle: agentWork?.businessHours ?? false },
    agentReplyCount: facts.agentReplyCount,
    hasTimeline: facts.hasTimeline,
    segmentKeys: segmentKeysOf(ticket),
  };
  // Like the SLA layer, remember a solved ticket whose timeline has ended: nothing in it changes with `now`.
  const lastEvent = ticket.events[ticket.events.length - 1];
  if (!lastEvent || Date.parse(lastEvent.at) <= nowMs) settledMeasures.set(ticket, measures);
  return measures;
}

/** Segment keys from finest to coarsest. */
export function segmentKeysOf(ticket: Ticket): [string, string, string] {
  const middle = `${ticket.priority}|${ticket.channel}`;
  return [`${middle}|${ticket.category.trim().toLowerCase()}`, middle, ticket.priority];
}

function fulfilled(instance: SlaInstance | undefined): SlaInstance | null {
  return instance && instance.fulfilledAt !== null ? instance : null;
}

function minutesBetween(fromMs: number, toMs: number | null): number | null {
  return toMs === null ? null : Math.max(0, Math.floor((toMs - fromMs) / 60_000));
}
