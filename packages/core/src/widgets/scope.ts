import type { Account } from '../contracts/account.js';
import type { Agent } from '../contracts/agent.js';
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

/** The data the viewer may see. Remembered per dataset object and viewer, so repeated questions are cheap. */
export function scopeFor(data: SupportData, viewer: Viewer): ScopedData {
  const key = `${viewer.persona}|${viewer.userId}|${viewer.agentId ?? ''}|${viewer.teamId ?? ''}|${(viewer.accountIds ?? []).join(',')}`;
  let byViewer = cache.get(data);
  if (!byViewer) cache.set(data, (byViewer = new Map()));
  const cached = byViewer.get(key);
  if (cached) return cached;
  const scoped = computeScope(data, viewer);
  if (byViewer.size > 1000) byViewer.clear();
  byViewer.set(key, scoped);
  return scoped;
}

function computeScope(data: SupportData, viewer: Viewer): ScopedData {
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
  // Frozen like the data sources' own lists, so the per-list indexes and caches downstream are reused
  // across this viewer's questions instead of being rebuilt for every answer.
  // Only lists made here are frozen; the caller's own lists are passed through untouched.
  const original = new Set<readonly unknown[]>([data.tickets, data.agents, data.accounts, data.usage, data.npsResponses, data.meetings]);
  const frozen = <Item>(items: Item[]): Item[] => (original.has(items) ? items : (Object.freeze(items) as Item[]));
  const accounts = accountIds === null ? data.accounts : data.accounts.filter((account) => inScope(account.id));
  const visibleAgentIds = new Set(agents.map((agent) => agent.id));
  return {
    ...data,
    viewer,
    canSeeRevenue: viewer.persona !== 'agent',
    tickets: frozen(tickets),
    agents: frozen(agents),
    accounts: frozen(accounts),
    usage: accountIds === null ? data.usage : frozen(data.usage.filter((snapshot) => inScope(snapshot.accountId))),
    npsResponses: accountIds === null ? data.npsResponses : frozen(data.npsResponses.filter((response) => inScope(response.accountId))),
    meetings: frozen(data.meetings.filter(
      (meeting) =>
        viewer.persona === 'executive' ||
        meeting.attendeeIds.includes(viewer.userId) ||
        (viewer.agentId !== undefined && meeting.attendeeIds.includes(viewer.agentId)) ||
        (meeting.accountId !== undefined && viewer.persona === 'csm' && inScope(meeting.accountId)) ||
        (viewer.persona === 'manager' && meeting.attendeeIds.some((id) => visibleAgentIds.has(id))),
    )),
    ticketById: new Map(tickets.map((ticket) => [ticket.id, ticket])),
    accountById: new Map(accounts.map((account) => [account.id, account])),
    agentById: new Map(agents.map((agent) => [agent.id, agent])),
  };
}
