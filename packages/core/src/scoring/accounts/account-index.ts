import type { Account } from '../../contracts/account.js';
import type { Agent } from '../../contracts/agent.js';
import type { Meeting } from '../../contracts/meeting.js';
import type { NpsResponse } from '../../contracts/nps-response.js';
import type { Ticket } from '../../contracts/ticket.js';
import type { UsageSnapshot } from '../../contracts/usage-snapshot.js';
import type { SupportData } from '../../data/support-data.js';
import { type SlaSetup, slaSetupOf } from '../../data/ticket-sla.js';
import { dateStartMs } from './time-windows.js';

/** The parts of `SupportData` the account scores read. */
export type AccountScoringData = Pick<SupportData, 'accounts' | 'tickets' | 'usage' | 'npsResponses' | 'meetings' | 'teams' | 'slaPolicies' | 'calendars' | 'agents' | 'settings'>;

/**
 * A ticket with the facts the account scores read, copied once into objects of one shape: tickets from a
 * source differ in their optional fields, and reading those in the per-account loops was the slow part.
 */
export interface IndexedTicket {
  ticket: Ticket;
  createdAtMs: number;
  updatedAtMs: number;
  /** When last solved; null when never solved. */
  solvedAtMs: number | null;
  /** When the CSAT rating was given; null when unrated. */
  ratedAtMs: number | null;
  /** The CSAT rating was good; null when unrated. */
  csatGood: boolean | null;
  urgentOrHigh: boolean;
  escalated: boolean;
  /** Triage sentiment: null when not triaged. */
  negativeSentiment: boolean | null;
}

export interface IndexedUsage {
  snapshot: UsageSnapshot;
  /** 00:00 UTC of the period's last day: the snapshot counts from then on (it is "known" as of that day). */
  endMs: number;
}

export interface IndexedNps {
  response: NpsResponse;
  respondedAtMs: number;
}

export interface IndexedMeeting {
  meeting: Meeting;
  startsAtMs: number;
}

/** One account's records, each list sorted oldest first. */
export interface AccountSlices {
  account: Account;
  tickets: IndexedTicket[];
  usage: IndexedUsage[];
  nps: IndexedNps[];
  meetings: IndexedMeeting[];
}

/** The dataset grouped by account once, so per-account scores never scan all tickets. */
export interface AccountDataIndex {
  data: AccountScoringData;
  accounts: AccountSlices[];
  byAccountId: Map<string, AccountSlices>;
  agentsById: Map<string, Agent>;
  /** Null when the dataset has no SLA policy (escalations then count only escalated tickets). */
  slaSetup: SlaSetup | null;
}

const INDEXED_PARTS = ['accounts', 'tickets', 'usage', 'npsResponses', 'meetings', 'agents', 'teams', 'slaPolicies', 'calendars'] as const;

/** Indexes of frozen datasets, keyed by their ticket list: frozen data cannot change, so its index stays valid. */
const frozenIndexes = new WeakMap<object, AccountDataIndex>();

/**
 * Groups tickets, usage, NPS answers and meetings by account in one pass each, parsing every date once.
 * When every list and record is frozen (as data sources and the demo hand them out) the index is remembered and reused.
 */
export function indexAccountData(data: AccountScoringData): AccountDataIndex {
  const frozen = INDEXED_PARTS.every((part) => isFrozenList(data[part]));
  if (frozen) {
    const cached = frozenIndexes.get(data.tickets);
    if (cached && INDEXED_PARTS.every((part) => cached.data[part] === data[part])) return cached;
  }
  const index = buildIndex(data);
  if (frozen) frozenIndexes.set(data.tickets, index);
  return index;
}

/** Lists already found frozen with frozen records; freezing is permanent, so each list is checked once. */
const frozenLists = new WeakSet<object>();

// Lists and their records must be frozen: a record changed in place would leave the index stale.
function isFrozenList(list: readonly object[]): boolean {
  if (frozenLists.has(list)) return true;
  if (!Object.isFrozen(list) || !list.every((record) => Object.isFrozen(record))) return false;
  frozenLists.add(list);
  return true;
}

function buildIndex(data: AccountScoringData): AccountDataIndex {
  const byAccountId = new Map<string, AccountSlices>();
  const accounts = data.accounts.map((account) => {
    const slices: AccountSlices = { account, tickets: [], usage: [], nps: [], meetings: [] };
    byAccountId.set(account.id, slices);
    return slices;
  });
  for (const ticket of data.tickets) {
    const slices = byAccountId.get(ticket.accountId);
    if (!slices) continue;
    const { csat, sentiment } = ticket;
    slices.tickets.push({
      ticket,
      createdAtMs: Date.parse(ticket.createdAt),
      updatedAtMs: Date.parse(ticket.updatedAt),
      solvedAtMs: ticket.solvedAt === null ? null : Date.parse(ticket.solvedAt),
      ratedAtMs: csat ? Date.parse(csat.ratedAt) : null,
      csatGood: csat ? csat.rating === 'good' : null,
      urgentOrHigh: ticket.priority === 'urgent' || ticket.priority === 'high',
      escalated: ticket.escalated === true,
      negativeSentiment: sentiment === undefined ? null : sentiment === 'negative' || sentiment === 'very_negative',
    });
  }
  for (const snapshot of data.usage) byAccountId.get(snapshot.accountId)?.usage.push({ snapshot, endMs: dateStartMs(snapshot.period.end) });
  for (const response of data.npsResponses) byAccountId.get(response.accountId)?.nps.push({ response, respondedAtMs: Date.parse(response.respondedAt) });
  for (const meeting of data.meetings) {
    if (meeting.accountId !== undefined) byAccountId.get(meeting.accountId)?.meetings.push({ meeting, startsAtMs: Date.parse(meeting.startsAt) });
  }
  for (const slices of accounts) {
    slices.tickets.sort((left, right) => left.createdAtMs - right.createdAtMs);
    slices.usage.sort((left, right) => left.endMs - right.endMs);
    slices.nps.sort((left, right) => left.respondedAtMs - right.respondedAtMs);
    slices.meetings.sort((left, right) => left.startsAtMs - right.startsAtMs);
  }
  return { data, accounts, byAccountId, agentsById: new Map(data.agents.map((agent) => [agent.id, agent])), slaSetup: data.slaPolicies.length > 0 ? slaSetupOf(data) : null };
}
