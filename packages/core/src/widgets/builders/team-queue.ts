import { capacityForecast, recommendReassignments, teamWorkload, type MoveBlock } from '../../scoring/team/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { CapacityForecastPayload, ReassignmentPlanPayload, WorkloadChartPayload } from '../payloads/team-queue-payloads.js';
import { findByName } from './find-by-name.js';
import { managerTeamOf } from './ops-options.js';
import { ticketRow } from './ticket-rows.js';

/** team.workload: each agent's load against capacity, heaviest first; a named agent is highlighted. */
export function buildTeamWorkload(context: AnswerContext): WorkloadChartPayload {
  const { scope } = context;
  const report = teamWorkload(scope, { now: context.now, teamId: managerTeamOf(context) });
  const named = findByName(report.agents, context.params.agentName);
  const settings = report.thresholds;
  return {
    configVersion: report.configVersion,
    teamId: report.teamId,
    asOf: report.asOf,
    highlightedAgentId: named?.agentId ?? null,
    agents: report.agents.map((agent) => ({ ...agent, atRiskTicketIds: [...agent.atRiskTicketIds] })),
    team: report.team,
    thresholds: {
      priorityWeights: settings.priorityWeights,
      overloadedLoad: settings.overloadedLoad,
      overloadedStandardDeviations: settings.overloadedStandardDeviations,
      overloadedMinimumSpread: settings.overloadedMinimumSpread,
      underloadedLoad: settings.underloadedLoad,
      atRiskProbability: settings.atRiskProbability,
      atRiskRemainingShare: settings.atRiskRemainingShare,
    },
    riskBasis: report.riskBasis,
    provenance: {
      computedBy: 'teamWorkload',
      inputs: { now: report.asOf, teamId: report.teamId, persona: scope.viewer.persona, agents: report.agents.length, openTickets: report.team.openTickets, riskMetrics: settings.riskMetrics, historyDays: settings.historyDays },
    },
  };
}

/**
 * team.rebalance: the greedy reassignment plan with each move's structured reason. Nothing is moved:
 * the answer waits for a confirmation, then the host applies `action`.
 */
export function buildReassignmentPlan(context: AnswerContext): ReassignmentPlanPayload {
  const { scope, params } = context;
  const plan = recommendReassignments(scope, { now: context.now, teamId: managerTeamOf(context), ...(params.limit ? { config: { reassignment: { maxMoves: params.limit } } } : {}) });
  const focus = findByName(scope.agents, params.agentName);
  const nameOf = (agentId: string) => scope.agentById.get(agentId)?.name ?? null;
  const withNames = (loads: { agentId: string; load: number }[]) => loads.map((entry) => ({ ...entry, name: nameOf(entry.agentId) }));
  const blockedTickets = (Object.keys(plan.blockedTickets) as MoveBlock[]).map((block) => ({ block, tickets: plan.blockedTickets[block]! }));
  return {
    configVersion: plan.configVersion,
    teamId: plan.teamId,
    asOf: plan.asOf,
    focusAgentId: focus?.id ?? null,
    moves: plan.moves.map((move) => {
      const ticket = scope.ticketById.get(move.ticketId);
      return { ...move, ticket: ticket ? ticketRow(ticket, context) : null };
    }),
    loadsBefore: withNames(plan.loadsBefore),
    loadsAfter: withNames(plan.loadsAfter),
    maxLoadBefore: plan.maxLoadBefore,
    maxLoadAfter: plan.maxLoadAfter,
    stopReason: plan.stopReason,
    blockedTickets,
    thresholds: {
      maxMoves: plan.thresholds.maxMoves,
      targetMaxLoad: plan.thresholds.targetMaxLoad,
      movedWithinHours: plan.thresholds.movedWithinHours,
      customerActiveHours: plan.thresholds.customerActiveHours,
      idleBusinessHours: plan.thresholds.idleBusinessHours,
    },
    reason: plan.reason,
    requiresConfirmation: true,
    action: { type: 'reassign', moves: plan.moves.map((move) => ({ ticketId: move.ticketId, fromAgentId: move.from.agentId, toAgentId: move.to.agentId })) },
    provenance: {
      computedBy: 'recommendReassignments',
      inputs: { now: plan.asOf, teamId: plan.teamId, persona: scope.viewer.persona, agents: plan.loadsBefore.length, moves: plan.moves.length, costWeights: plan.thresholds.costWeights },
    },
  };
}

/** team.capacity: next week's demand against the schedule, for a manager's team or (an executive) every team. */
export function buildCapacityForecast(context: AnswerContext): CapacityForecastPayload {
  const forecast = capacityForecast(context.scope, { now: context.now, teamId: managerTeamOf(context) });
  const [low, high] = forecast.thresholds.trendBounds;
  return {
    configVersion: forecast.configVersion,
    teamId: forecast.teamId,
    asOf: forecast.asOf,
    timezone: forecast.timezone,
    nextWeek: forecast.nextWeek,
    days: forecast.days,
    week: forecast.week,
    recommendation: forecast.recommendation,
    history: forecast.history,
    trend: forecast.trend,
    effort: forecast.effort,
    thresholds: { ...forecast.thresholds, trendBounds: [low, high] },
    provenance: {
      computedBy: 'capacityForecast',
      inputs: { now: forecast.asOf, teamId: forecast.teamId, persona: context.scope.viewer.persona, weeksUsed: forecast.history.weeksUsed, minutesPerTicket: forecast.effort.minutesPerTicket, timezone: forecast.timezone },
    },
  };
}
