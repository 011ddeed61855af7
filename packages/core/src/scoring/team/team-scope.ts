import type { Agent } from '../../contracts/agent.js';
import type { Ticket } from '../../contracts/ticket.js';
import type { SupportData } from '../../data/support-data.js';
import { slaSetupOf, type SlaSetup } from '../../data/ticket-sla.js';
import { SupportAIError } from '../../errors/supportai-error.js';
import type { TeamScoringConfigOverride } from './team-config.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Options every team function takes. */
export interface TeamQueryOptions {
  /** The instant the question is asked at; never read from the clock. */
  now: Date;
  /** Only this team's agents and tickets; every team when absent. */
  teamId?: string | null;
  config?: TeamScoringConfigOverride;
}

/** A `[from, to)` time range as ISO strings (the shape of the router's `period`). */
export interface PeriodInput {
  from: string;
  to: string;
}

/** The agents a question covers: active agents of the team (or of every team). */
export interface TeamScope {
  teamId: string | null;
  agents: Agent[];
  agentById: Map<string, Agent>;
}

/** Active agents of `teamId` (every team when null), indexed by id. */
export function teamScopeOf(data: Pick<SupportData, 'agents'>, teamId: string | null | undefined): TeamScope {
  const agents = data.agents.filter((agent) => agent.active !== false && (teamId == null || agent.teamId === teamId));
  return { teamId: teamId ?? null, agents, agentById: new Map(agents.map((agent) => [agent.id, agent])) };
}

/** Whether a ticket belongs to the scope: its team, or (with no team on the ticket) its assignee's. */
export function ticketInScope(ticket: Ticket, scope: TeamScope): boolean {
  if (scope.teamId === null) return true;
  if (ticket.teamId !== null) return ticket.teamId === scope.teamId;
  return ticket.assigneeId !== null && scope.agentById.has(ticket.assigneeId);
}

export interface TimeWindow {
  from: string;
  to: string;
  fromMs: number;
  toMs: number;
}

/** The period asked about, else the `windowDays` before `now`. @throws SupportAIError on an empty or unreadable period. */
export function resolveWindow(now: Date, period: PeriodInput | undefined, windowDays: number): TimeWindow {
  const fromMs = period ? Date.parse(period.from) : now.getTime() - windowDays * DAY_MS;
  const toMs = period ? Date.parse(period.to) : now.getTime();
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs <= fromMs) {
    throw new SupportAIError('invalid_input', 'Invalid period', [{ path: 'period', message: 'must be two ISO date-times with from before to' }]);
  }
  return { from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString(), fromMs, toMs };
}

/** The dataset's SLA setup, or null when it has no policy (metrics then fall back to calendar time). */
export function optionalSlaSetup(data: Pick<SupportData, 'teams' | 'slaPolicies' | 'calendars'>): SlaSetup | null {
  return data.slaPolicies.length === 0 ? null : slaSetupOf(data);
}
