import type { SlaMetric } from '../../contracts/sla-policy.js';
import { breachBandCounts, slaDashboard, slaTicketsAtRisk, type GroupCompliance, type SlaFilters } from '../../scoring/service-levels/index.js';
import { periodOf, type AnswerContext } from '../answer-context.js';
import type { SlaAtRiskPayload, SlaDashboardPayload } from '../payloads/ops-payloads.js';
import { periodPayload } from '../payloads/ops-common.js';
import { ticketRow } from './ticket-rows.js';

/** @default 30 — days of the SLA dashboard when the question names no period. */
export const SLA_DEFAULT_PERIOD_DAYS = 30;
/** @default 24 — hours ahead the at-risk list looks when the question names no span. */
export const SLA_AT_RISK_DEFAULT_HOURS = 24;

/** The filters a viewer's question implies: a manager's own team, and the asked priority. */
function slaFiltersOf(context: AnswerContext): SlaFilters {
  const { viewer } = context.scope;
  return {
    ...(viewer.persona === 'manager' && viewer.teamId ? { teamId: viewer.teamId } : {}),
    ...(context.params.priority ? { priority: context.params.priority } : {}),
  };
}

/** sla.performance: the SLA dashboard over the viewer's tickets (a manager's team) for the asked period. */
export function buildSlaPerformance(context: AnswerContext): SlaDashboardPayload {
  const { scope } = context;
  const period = periodOf(context, SLA_DEFAULT_PERIOD_DAYS);
  const filters = slaFiltersOf(context);
  const report = slaDashboard({ data: scope, now: context.now, period: { from: period.from, to: period.to }, filters });
  const teamName = (id: string | null) => scope.teams.find((team) => team.id === id)?.name ?? null;
  const agentName = (id: string | null) => (id === null ? null : (scope.agentById.get(id)?.name ?? null));
  const named = (groups: GroupCompliance[], nameOf: (key: string | null) => string | null) => groups.map((group) => ({ ...group, name: nameOf(group.key) }));
  return {
    configVersion: report.configVersion,
    period: periodPayload(report.period, period.label),
    filters: { teamId: filters.teamId ?? null, priority: filters.priority ?? null },
    ticketsEvaluated: report.ticketsEvaluated,
    clocks: report.clocks,
    overall: report.overall,
    byMetric: report.byMetric,
    byPriority: named(report.byPriority, () => null),
    byTeam: named(report.byTeam, teamName),
    byAgent: named(report.byAgent, agentName),
    trend: {
      granularity: report.trend.granularity,
      points: report.trend.points.map((point) => ({
        from: point.from,
        to: point.to,
        partial: point.partial,
        ...point.overall,
        byMetric: (Object.keys(point.byMetric) as SlaMetric[]).map((metric) => ({ metric, ...point.byMetric[metric]! })),
      })),
    },
    breachCount: report.breachCount,
    topBreaches: report.topBreaches.map((breach) => ({ ...breach, assigneeName: agentName(breach.assigneeId) })),
    causes: report.breachCauses,
    thresholds: {
      defaultTargetRate: report.thresholds.defaultTargetRate,
      targetRates: (Object.keys(report.thresholds.targetRates) as SlaMetric[]).map((metric) => ({ metric, targetRate: report.thresholds.targetRates[metric]! })),
      overloadThreshold: report.thresholds.overloadThreshold,
    },
    explanation: report.explanation,
    provenance: {
      computedBy: 'slaDashboard',
      inputs: { period: { from: report.period.from, to: report.period.to }, filters, persona: scope.viewer.persona, ticketsInScope: scope.tickets.length, ticketsEvaluated: report.ticketsEvaluated, clocks: report.clocks },
    },
  };
}

/** The horizon a question asked for: hours, else days, else until the end of its period, else 24 hours. */
export function atRiskHorizonHours(context: AnswerContext): number {
  const { params, now } = context;
  if (params.hours !== undefined) return params.hours;
  if (params.days !== undefined) return params.days * 24;
  const untilEnd = params.period ? (Date.parse(params.period.to) - now.getTime()) / 3_600_000 : 0;
  return untilEnd > 0 ? untilEnd : SLA_AT_RISK_DEFAULT_HOURS;
}

/** sla.atRisk: the viewer's open tickets (an agent's own) ranked by breach probability within the horizon, learned from every ticket. */
export function buildSlaAtRisk(context: AnswerContext): SlaAtRiskPayload {
  const { scope, params } = context;
  const horizonHours = atRiskHorizonHours(context);
  const filters = slaFiltersOf(context);
  // A named ticket is looked up among every clock in the horizon, not just the first page.
  // The history, reply rates and queues are the organisation's, so a ticket's risk is the same for its agent and manager.
  const report = slaTicketsAtRisk({ data: scope, history: context.organisation, now: context.now, filters, horizonHours, ...(params.ticketId ? { limit: Number.MAX_SAFE_INTEGER } : params.limit ? { limit: params.limit } : {}) });
  const wanted = params.ticketId?.replace(/^#/, '').toLowerCase();
  const rows = report.tickets.filter((row) => wanted === undefined || row.ticketId.toLowerCase() === wanted);
  const tickets = rows.flatMap((row) => {
    const ticket = scope.ticketById.get(row.ticketId);
    if (!ticket) return [];
    const { ticketId: _ticketId, priority: _priority, assigneeId: _assigneeId, teamId: _teamId, ...risk } = row;
    return [{ ticket: ticketRow(ticket, context), ...risk }];
  });
  return {
    configVersion: report.configVersion,
    horizonHours,
    clocksInHorizon: report.clocksInHorizon,
    filters: { priority: filters.priority ?? null, ticketId: params.ticketId ?? null },
    tickets,
    counts: breachBandCounts(tickets),
    thresholds: { ...report.thresholds, bandThresholds: [report.thresholds.bandThresholds[0], report.thresholds.bandThresholds[1]] },
    provenance: {
      computedBy: 'slaTicketsAtRisk',
      inputs: { now: context.now.toISOString(), horizonHours, filters, persona: scope.viewer.persona, ticketsInScope: scope.tickets.length, clocksInHorizon: report.clocksInHorizon, curves: report.curves },
    },
  };
}
