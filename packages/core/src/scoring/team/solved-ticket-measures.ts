import type { Ticket } from '../../contracts/ticket.js';
import type { SlaMetric } from '../../contracts/sla-policy.js';
import type { TicketClocks } from '../../data/settled-clocks.js';
import { ticketClocks, type SlaSetup } from '../../data/ticket-sla.js';
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
  const clocks = setup ? ticketClocks(ticket, setup, now) : null;
  const firstReply = fulfilled(clocks, 'firstReply');
  const resolution = fulfilled(clocks, 'resolution');
  const agentWork = fulfilled(clocks, 'agentWork');
  const solvedAtMs = lastSolve?.atMs ?? null;
  const measures: SolvedTicketMeasures = {
    ticket,
    solverId,
    solves: facts.solves,
    firstReplyMinutes: firstReply?.elapsedMinutes ?? minutesBetween(facts.createdAtMs, facts.firstAgentReplyAtMs),
    resolutionMinutes: resolution?.elapsedMinutes ?? minutesBetween(facts.createdAtMs, solvedAtMs),
    handleMinutes: agentWork?.elapsedMinutes ?? facts.workCalendarMinutes,
    businessTime: businessTimeOf(firstReply?.businessHours ?? false, resolution?.businessHours ?? false, agentWork?.businessHours ?? false),
    agentReplyCount: facts.agentReplyCount,
    hasTimeline: facts.hasTimeline,
    segmentKeys: sharedSegmentKeysOf(ticket),
  };
  // Like the SLA layer, remember a solved ticket whose timeline has ended: nothing in it changes with `now`.
  const lastEvent = ticket.events[ticket.events.length - 1];
  if (!lastEvent || Date.parse(lastEvent.at) <= nowMs) settledMeasures.set(ticket, measures);
  return measures;
}

// Remembered measures are kept for every solved ticket; their few distinct keys and flags are shared.
const segmentKeysByText = new Map<string, readonly [string, string, string]>();
const businessTimes = new Map<number, SolvedTicketMeasures['businessTime']>();

/** Segment keys from finest to coarsest. */
export function segmentKeysOf(ticket: Ticket): [string, string, string] {
  const middle = `${ticket.priority}|${ticket.channel}`;
  return [`${middle}|${ticket.category.trim().toLowerCase()}`, middle, ticket.priority];
}

function sharedSegmentKeysOf(ticket: Ticket): readonly [string, string, string] {
  const lookup = `${ticket.priority}|${ticket.channel}|${ticket.category}`;
  let keys = segmentKeysByText.get(lookup);
  if (!keys) {
    // Bounded like any cache of text from the data.
    if (segmentKeysByText.size > 10_000) segmentKeysByText.clear();
    segmentKeysByText.set(lookup, (keys = Object.freeze(segmentKeysOf(ticket))));
  }
  return keys;
}

function businessTimeOf(firstReply: boolean, resolution: boolean, handle: boolean): SolvedTicketMeasures['businessTime'] {
  const key = (firstReply ? 1 : 0) | (resolution ? 2 : 0) | (handle ? 4 : 0);
  let flags = businessTimes.get(key);
  if (!flags) businessTimes.set(key, (flags = Object.freeze({ firstReply, resolution, handle })));
  return flags;
}

/** The first clock of a metric when it was fulfilled: its counted minutes and whether they are business minutes. */
function fulfilled(clocks: TicketClocks | null, metric: SlaMetric): { elapsedMinutes: number; businessHours: boolean } | null {
  if (!clocks) return null;
  for (let index = 0; index < clocks.count; index += 1) {
    if (clocks.metric(index) !== metric) continue;
    return clocks.fulfilledAt(index) === null ? null : { elapsedMinutes: Math.floor(clocks.elapsedSeconds(index) / 60), businessHours: clocks.businessHours(index) };
  }
  return null;
}

function minutesBetween(fromMs: number, toMs: number | null): number | null {
  return toMs === null ? null : Math.max(0, Math.floor((toMs - fromMs) / 60_000));
}
