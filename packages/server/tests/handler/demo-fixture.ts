import type { Persona, SupportData, Viewer } from '@supportai/core';
import { generateDemoDataset } from '@supportai/core/demo';
import { createMemoryDataSource, createSupportAIHandler, silentLogger, type DataSource, type SupportAIHandlerOptions } from '../../src/index.js';

/** The small demo dataset, generated once per test file. */
export const dataset = generateDemoDataset({ seed: 1, size: 'small' });
export const now = new Date(dataset.now);

// Team A holds the planted overloaded agent, so its manager's rebalance plan has moves to apply.
const overloadedTeamId = dataset.agents.find((agent) => agent.id === dataset.truth.overloadedAgentId)!.teamId;
const teamA = dataset.teams.find((team) => team.id === overloadedTeamId)!;
const teamB = dataset.teams.find((team) => team.id !== overloadedTeamId)!;
const agentA = dataset.agents.find((agent) => agent.teamId === teamA.id && dataset.tickets.some((ticket) => ticket.assigneeId === agent.id))!;
const agentB = dataset.agents.find((agent) => agent.teamId === teamB.id && dataset.tickets.some((ticket) => ticket.assigneeId === agent.id))!;
const csmIds = [...new Set(dataset.accounts.map((account) => account.csmId).filter((id): id is string => Boolean(id)))];

function csmViewer(csmId: string): Viewer {
  return { userId: csmId, persona: 'csm', accountIds: dataset.accounts.filter((account) => account.csmId === csmId).map((account) => account.id) };
}

/** One viewer per persona, and a second one of each whose scope does not overlap the first. */
export const VIEWERS: Record<Persona, Viewer> = {
  executive: { userId: 'exec-1', persona: 'executive' },
  manager: { userId: 'manager-a', persona: 'manager', teamId: teamA.id },
  agent: { userId: agentA.id, persona: 'agent', agentId: agentA.id, teamId: teamA.id },
  csm: csmViewer(csmIds[0]!),
};
export const OTHER_VIEWERS: Record<Exclude<Persona, 'executive'>, Viewer> = {
  manager: { userId: 'manager-b', persona: 'manager', teamId: teamB.id },
  agent: { userId: agentB.id, persona: 'agent', agentId: agentB.id, teamId: teamB.id },
  csm: csmViewer(csmIds[1]!),
};

const ALL_VIEWERS = [...Object.values(VIEWERS), ...Object.values(OTHER_VIEWERS)];

/** The tickets a viewer may see, as the scope rules say (for picking ids in tests). */
export function visibleTickets(viewer: Viewer, data: SupportData = dataset) {
  return data.tickets.filter((ticket) =>
    viewer.persona === 'agent' ? ticket.assigneeId === viewer.agentId : viewer.persona === 'manager' ? ticket.teamId === viewer.teamId : viewer.persona === 'csm' ? viewer.accountIds!.includes(ticket.accountId) : true,
  );
}

/** Authenticates with `Authorization: Bearer <userId>` against the fixture's viewers. */
export function authenticateByBearer(request: Request): Viewer | null {
  const token = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
  return ALL_VIEWERS.find((viewer) => viewer.userId === token) ?? null;
}

export const BASE = 'http://127.0.0.1/api/supportai';

/** A handler over `source` (the memory source by default), with the demo clock and a silent logger. */
export function demoHandler(overrides: Partial<SupportAIHandlerOptions> & { data?: DataSource } = {}) {
  const data = overrides.data ?? createMemoryDataSource(dataset);
  return createSupportAIHandler({ authenticate: authenticateByBearer, logger: silentLogger, now: () => now, limits: { requestsPerMinute: 100_000 }, ...overrides, data });
}

/** Builds a request as `viewer` (or anonymous). */
export function requestAs(viewer: Viewer | null, path: string, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}): Request {
  const headers = new Headers(init.headers);
  if (viewer) headers.set('authorization', `Bearer ${viewer.userId}`);
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  return new Request(`${BASE}${path}`, { method: init.method ?? (init.json === undefined ? 'GET' : 'POST'), headers, ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }) });
}
