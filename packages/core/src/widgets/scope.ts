import type { Account } from '../contracts/account.js';
import type { Agent } from '../contracts/agent.js';
import type { Meeting } from '../contracts/meeting.js';
import type { Ticket } from '../contracts/ticket.js';
import type { Viewer } from '../contracts/viewer.js';
import type { SupportData } from '../data/support-data.js';

/**
 * The slice of the data a viewer may see, decided once per request:
 * - agent: own tickets (assigned to them), their accounts' names, no revenue or churn;
 * - manager: the team's tickets and agents, and the accounts those tickets come from;
 * - csm: the assigned accounts and their tickets;
 * - executive: everything, for aggregates.
 */
export interface ScopedData extends SupportData {
  viewer: Viewer;
  /** Whether revenue (ARR) and churn figures may be shown. */
  canSeeRevenue: boolean;
  /** Lookups by id within the scope. */
  ticketById: ReadonlyMap<string, Ticket>;
  accountById: ReadonlyMap<string, Account>;
  agentById: ReadonlyMap<string, Agent>;
}

const cache = new WeakMap<SupportData, Map<string, ScopedData>>();

/**
 * The lists a viewer's scope is made of, shared by every viewer who sees the same slice (all managers of
 * a team, say): the per-list indexes and caches of the analytics key on these lists, so sharing them
 * means a team's indexes are built once, not once per manager. Meetings are per viewer and kept apart.
 */
interface ScopeSlice {
  tickets: Ticket[];
  agents: Agent[];
  accounts: Account[];
  usage: SupportData['usage'];
  npsResponses: SupportData['npsResponses'];
  ticketById: ReadonlyMap<string, Ticket>;
  accountById: ReadonlyMap<string, Account>;
  agentById: ReadonlyMap<string, Agent>;
  accountIds: Set<string> | null;
  /** Meeting lists already handed out for this slice, by their meetings' ids: equal lists are one object. */
  meetingLists: Map<string, Meeting[]>;
}

const slices = new WeakMap<SupportData, Map<string, ScopeSlice>>();

/** The data the viewer may see. Remembered per dataset object and viewer, so repeated questions are cheap. */
export function scopeFor(data: SupportData, viewer: Viewer): ScopedData {
  const key = `${viewer.persona}|${viewer.userId}|${viewer.agentId ?? ''}|${viewer.teamId ?? ''}|${(viewer.accountIds ?? []).join(',')}`;
  let byViewer = cache.get(data);
  if (!byViewer) cache.set(data, (byViewer = new Map()));
  const cached = byViewer.get(key);
  if (cached) return cached;
  const scoped = computeScope(data, viewer, sliceFor(data, viewer));
  if (byViewer.size > 1000) byViewer.clear();
  byViewer.set(key, scoped);
  return scoped;
}

function sliceFor(data: SupportData, viewer: Viewer): ScopeSlice {
  // What the slice depends on: the persona and the ids that narrow it, never the user id.
  const key =
    viewer.persona === 'agent'
      ? `agent|${viewer.agentId ?? ''}|${viewer.teamId ?? ''}`
      : viewer.persona === 'manager'
        ? `manager|${viewer.teamId ?? ''}`
        : viewer.persona === 'csm'
          ? `csm|${(viewer.accountIds ?? []).join(',')}`
          : 'executive';
  let bySlice = slices.get(data);
  if (!bySlice) slices.set(data, (bySlice = new Map()));
  let slice = bySlice.get(key);
  if (!slice) {
    if (bySlice.size > 1000) bySlice.clear();
    bySlice.set(key, (slice = computeSlice(data, viewer)));
  }
  return slice;
}

function computeSlice(data: SupportData, viewer: Viewer): ScopeSlice {
  let tickets: Ticket[];
  let agents: Agent[];
  let accountIds: Set<string> | null;
  switch (viewer.persona) {
    case 'agent':
      tickets = data.tickets.filter((ticket) => ticket.assigneeId === viewer.agentId);
      agents = data.agents.filter((agent) => agent.id === viewer.agentId || agent.teamId === viewer.teamId);
      accountIds = new Set(tickets.map((ticket) => ticket.accountId));
      break;
    case 'manager':
      tickets = data.tickets.filter((ticket) => ticket.teamId === viewer.teamId);
      agents = data.agents.filter((agent) => agent.teamId === viewer.teamId);
      accountIds = new Set(tickets.map((ticket) => ticket.accountId));
      break;
    case 'csm':
      accountIds = new Set(viewer.accountIds ?? []);
      tickets = data.tickets.filter((ticket) => accountIds!.has(ticket.accountId));
      agents = data.agents;
      break;
    case 'executive':
      tickets = data.tickets;
      agents = data.agents;
      accountIds = null;
      break;
  }
  const inScope = (accountId: string) => accountIds === null || accountIds.has(accountId);
  const accounts = accountIds === null ? data.accounts : data.accounts.filter((account) => inScope(account.id));
  const inSlice = (ticket: Ticket) =>
    viewer.persona === 'agent' ? ticket.assigneeId === viewer.agentId : viewer.persona === 'manager' ? ticket.teamId === viewer.teamId : inScope(ticket.accountId);
  return {
    tickets: frozen(data, tickets),
    agents: frozen(data, agents),
    accounts: frozen(data, accounts),
    usage: accountIds === null ? data.usage : frozen(data, data.usage.filter((snapshot) => inScope(snapshot.accountId))),
    npsResponses: accountIds === null ? data.npsResponses : frozen(data, data.npsResponses.filter((response) => inScope(response.accountId))),
    ticketById: ticketsByIdOf(data.tickets, tickets, inSlice),
    accountById: new Map(accounts.map((account) => [account.id, account])),
    agentById: new Map(agents.map((agent) => [agent.id, agent])),
    accountIds,
    meetingLists: new Map(),
  };
}

/** One id map per dataset ticket list, or null when two tickets share an id (slices then keep their own maps). */
const datasetTicketMaps = new WeakMap<readonly Ticket[], Map<string, Ticket> | null>();

/**
 * A slice's tickets by id. On 100k tickets a map per slice costs megabytes, so slices look their tickets
 * up in the dataset's one map, through a view that answers only for tickets in the slice.
 */
function ticketsByIdOf(all: readonly Ticket[], tickets: readonly Ticket[], inSlice: (ticket: Ticket) => boolean): ReadonlyMap<string, Ticket> {
  let byId = datasetTicketMaps.get(all);
  if (byId === undefined) {
    byId = new Map(all.map((ticket) => [ticket.id, ticket]));
    if (byId.size !== all.length) byId = null;
    datasetTicketMaps.set(all, byId);
  }
  if (byId === null) return new Map(tickets.map((ticket) => [ticket.id, ticket]));
  return tickets === all ? byId : new SliceTicketMap(byId, tickets, inSlice);
}

/** The dataset's id map seen through a slice: lookups and iteration cover the slice's tickets only. */
class SliceTicketMap implements ReadonlyMap<string, Ticket> {
  constructor(
    private readonly all: ReadonlyMap<string, Ticket>,
    private readonly tickets: readonly Ticket[],
    private readonly inSlice: (ticket: Ticket) => boolean,
  ) {}

  get size(): number {
    return this.tickets.length;
  }

  get(id: string): Ticket | undefined {
    const ticket = this.all.get(id);
    return ticket !== undefined && this.inSlice(ticket) ? ticket : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(visit: (ticket: Ticket, id: string, map: ReadonlyMap<string, Ticket>) => void, thisArg?: unknown): void {
    for (const ticket of this.tickets) visit.call(thisArg, ticket, ticket.id, this);
  }

  *entries(): MapIterator<[string, Ticket]> {
    for (const ticket of this.tickets) yield [ticket.id, ticket];
  }

  *keys(): MapIterator<string> {
    for (const ticket of this.tickets) yield ticket.id;
  }

  *values(): MapIterator<Ticket> {
    yield* this.tickets;
  }

  [Symbol.iterator](): MapIterator<[string, Ticket]> {
    return this.entries();
  }
}

/**
 * Lists made here are frozen, like the data sources' own lists, so the per-list indexes and caches
 * downstream are reused across questions instead of being rebuilt for every answer; the caller's own
 * lists are passed through untouched.
 */
function frozen<Item>(data: SupportData, items: Item[]): Item[] {
  const original: readonly unknown[][] = [data.tickets, data.agents, data.accounts, data.usage, data.npsResponses, data.meetings];
  return original.includes(items) ? items : (Object.freeze(items) as Item[]);
}

function computeScope(data: SupportData, viewer: Viewer, slice: ScopeSlice): ScopedData {
  const { accountIds } = slice;
  const inScope = (accountId: string) => accountIds === null || accountIds.has(accountId);
  const positions: number[] = [];
  data.meetings.forEach((meeting, position) => {
    if (
      viewer.persona === 'executive' ||
      meeting.attendeeIds.includes(viewer.userId) ||
      (viewer.agentId !== undefined && meeting.attendeeIds.includes(viewer.agentId)) ||
      (meeting.accountId !== undefined && viewer.persona === 'csm' && inScope(meeting.accountId)) ||
      (viewer.persona === 'manager' && meeting.attendeeIds.some((id) => slice.agentById.has(id)))
    ) {
      positions.push(position);
    }
  });
  return {
    ...data,
    viewer,
    canSeeRevenue: viewer.persona !== 'agent',
    tickets: slice.tickets,
    agents: slice.agents,
    accounts: slice.accounts,
    usage: slice.usage,
    npsResponses: slice.npsResponses,
    meetings: sharedMeetingList(data, slice, positions),
    ticketById: slice.ticketById,
    accountById: slice.accountById,
    agentById: slice.agentById,
  };
}

/** The data's own list when every meeting is in, else one frozen list per distinct set of meetings in the slice. */
function sharedMeetingList(data: SupportData, slice: ScopeSlice, positions: readonly number[]): Meeting[] {
  if (positions.length === data.meetings.length) return data.meetings;
  const key = positions.join(',');
  let list = slice.meetingLists.get(key);
  if (!list) {
    if (slice.meetingLists.size > 1000) slice.meetingLists.clear();
    slice.meetingLists.set(key, (list = Object.freeze(positions.map((position) => data.meetings[position]!)) as Meeting[]));
  }
  return list;
}
