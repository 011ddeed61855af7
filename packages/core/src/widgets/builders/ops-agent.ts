import { evaluateTicketSla } from '../../data/ticket-sla.js';
import { csatSummary } from '../../scoring/executive/index.js';
import { clocksDueWithin, slaLevelCounts } from '../../scoring/service-levels/index.js';
import { agentPerformance, agentVersusTeam } from '../../scoring/team/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { AgentDashboardPayload } from '../payloads/ops-agent-payloads.js';
import type { MyPerformancePayload } from '../payloads/team-payloads.js';
import { buildMeetingsToday } from './meetings.js';
import type { OpsWidgetOptions } from './ops-options.js';
import { byUrgency, OPEN_STATUSES, ticketRow } from './ticket-rows.js';

const DAY_MS = 86_400_000;

/** Defaults of the agent's dashboard: 10 queue rows, clocks due within 4 hours, CSAT over 30 days. */
export const AGENT_DASHBOARD_DEFAULTS = { queueLimit: 10, dueSoonHours: 4, csatWindowDays: 30 } as const;

/** agent.dashboard: the agent's open queue, what is due soon, the day's numbers and today's meetings (UTC day). */
export function buildAgentDashboard(context: AnswerContext): AgentDashboardPayload {
  const { scope, now } = context;
  const agentId = scope.viewer.agentId ?? null;
  const nowMs = now.getTime();
  const dayStartMs = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const own = agentId === null ? scope.tickets : scope.tickets.filter((ticket) => ticket.assigneeId === agentId);
  const open = own.filter((ticket) => OPEN_STATUSES.has(ticket.status));
  const rows = open.map((ticket) => ticketRow(ticket, context)).sort(byUrgency);
  const rowById = new Map(rows.map((row) => [row.id, row]));

  const clocks = open.flatMap((ticket) =>
    clocksDueWithin(evaluateTicketSla(ticket, context.sla, now), now, AGENT_DASHBOARD_DEFAULTS.dueSoonHours).map(({ metric, ...clock }) => ({ ticket: rowById.get(ticket.id)!, metric, ...clock })),
  );
  clocks.sort((left, right) => left.minutesToDeadline - right.minutesToDeadline || left.ticket.id.localeCompare(right.ticket.id));

  // Today's solves as agent performance counts them (human solves credited to the agent), so the two agree.
  const today = { from: new Date(dayStartMs).toISOString(), to: new Date(dayStartMs + DAY_MS).toISOString() };
  const performance = agentId === null ? null : agentPerformance(scope, { now, teamId: scope.viewer.teamId ?? null, period: today });
  const solvedToday = performance?.agents.find((entry) => entry.agentId === agentId)?.metrics.ticketsSolved ?? 0;
  const counts = slaLevelCounts(rows);
  const csat = csatSummary({ data: scope, now, period: { from: new Date(nowMs - AGENT_DASHBOARD_DEFAULTS.csatWindowDays * DAY_MS), to: now }, ...(agentId ? { filters: { agentId } } : {}) }).current;
  const meetings = buildMeetingsToday({ ...context, params: {} });
  return {
    agentId,
    asOf: now.toISOString(),
    day: today,
    queue: { rows: rows.slice(0, AGENT_DASHBOARD_DEFAULTS.queueLimit), total: rows.length, limit: AGENT_DASHBOARD_DEFAULTS.queueLimit },
    dueSoon: { withinHours: AGENT_DASHBOARD_DEFAULTS.dueSoonHours, clocks },
    snapshot: {
      openTickets: counts.open,
      breachedTickets: counts.breached,
      atRiskTickets: counts.atRisk,
      solvedToday,
      csat: { windowDays: AGENT_DASHBOARD_DEFAULTS.csatWindowDays, ...csat },
    },
    meetingsToday: meetings.meetings,
    provenance: {
      computedBy: 'evaluateTicketSla, agentPerformance, csatSummary',
      inputs: { now: now.toISOString(), agentId, openTickets: rows.length, ticketsInScope: own.length, dueSoonHours: AGENT_DASHBOARD_DEFAULTS.dueSoonHours, csatWindowDays: AGENT_DASHBOARD_DEFAULTS.csatWindowDays, day: 'UTC' },
    },
  };
}

/**
 * agent.myPerformance: the agent's KPIs against the team. An agent's scope holds only their own
 * tickets, so team figures, percentiles and the composite need the `organisationDataOf` hook; without
 * it they are null and `comparison` says so.
 */
export function buildMyPerformance(context: AnswerContext, options: OpsWidgetOptions = {}): MyPerformancePayload {
  const { scope, params } = context;
  const agentId = scope.viewer.agentId ?? '';
  const organisation = options.organisationDataOf?.(context) ?? null;
  const data = organisation ?? scope;
  const teamId = scope.viewer.teamId ?? data.agents.find((agent) => agent.id === agentId)?.teamId ?? null;
  const report = agentVersusTeam(data, { now: context.now, agentId, teamId, ...(params.period ? { period: { from: params.period.from, to: params.period.to } } : {}) });
  const compared = organisation !== null;
  return {
    configVersion: report.configVersion,
    window: report.window,
    agentId: report.agentId,
    name: report.name,
    status: report.status,
    missingSamples: report.missingSamples,
    composite: compared ? report.composite : null,
    comparison: compared ? 'team' : 'unavailable',
    kpis: report.kpis.map((kpi) =>
      compared
        ? kpi
        : { ...kpi, teamValue: null, teamBasis: null, percentile: null, reason: ownPart(kpi.reason) },
    ),
    drivers: compared ? report.drivers : [],
    provenance: {
      computedBy: 'agentVersusTeam',
      inputs: { window: report.window, agentId: report.agentId, teamId, data: compared ? 'organisation' : 'scope', persona: scope.viewer.persona },
    },
  };
}

/** The agent's own half of a comparison sentence ("Ana's CSAT: 92%"), without the team figures. */
function ownPart(reason: string): string {
  const cut = reason.indexOf(' vs team');
  return cut === -1 ? 'Team comparison unavailable in this view.' : `${reason.slice(0, cut)}.`;
}
