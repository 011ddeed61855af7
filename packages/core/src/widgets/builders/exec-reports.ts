import { csatSummary, DEFAULT_BOARD_METRICS_CONFIG, DEFAULT_CSAT_SUMMARY_CONFIG, DEFAULT_TRENDS_CONFIG, performanceTrends, supportCosts, type TeamCost } from '../../scoring/executive/index.js';
import { periodOf, type AnswerContext } from '../answer-context.js';
import type { CsatSummaryPayload, PerformanceTrendsPayload, SupportCostsPayload } from '../payloads/exec-report-payloads.js';
import { periodPayload } from '../payloads/ops-common.js';
import { managerTeamOf, teamNameOf, type OpsWidgetOptions } from './ops-options.js';

/** csat.summary: ratings of the viewer's tickets (a manager's team) against the previous period. */
export function buildCsatSummary(context: AnswerContext): CsatSummaryPayload {
  const period = periodOf(context, DEFAULT_CSAT_SUMMARY_CONFIG.defaultPeriodDays);
  const teamId = managerTeamOf(context);
  const report = csatSummary({ data: context.scope, now: context.now, period, ...(teamId ? { filters: { teamId } } : {}) });
  return {
    configVersion: report.configVersion,
    period: periodPayload(report.period, period.label),
    previousPeriod: periodPayload(report.previousPeriod, null),
    teamId,
    current: report.current,
    previous: report.previous,
    change: report.change,
    byChannel: report.byChannel,
    byCategory: report.byCategory,
    byTeam: report.byTeam.map((group) => ({ ...group, teamName: teamNameOf(context, group.key) })),
    worstCategories: report.worstCategories,
    sentiment: report.sentiment,
    recentBadComments: report.recentBadComments,
    explanation: report.explanation,
    provenance: {
      computedBy: 'csatSummary',
      inputs: { period: { from: report.period.from, to: report.period.to }, filters: { teamId }, persona: context.scope.viewer.persona, ratings: report.current.good + report.current.bad, previousRatings: report.previous.good + report.previous.bad },
    },
  };
}

/** trends.performance: escalation and category trends (default the last 13 weeks), with root causes. */
export function buildPerformanceTrends(context: AnswerContext): PerformanceTrendsPayload {
  const days = context.params.period ? DEFAULT_TRENDS_CONFIG.defaultPeriodDays : (context.params.days ?? DEFAULT_TRENDS_CONFIG.defaultPeriodDays);
  const period = periodOf(context, days);
  const teamId = managerTeamOf(context);
  const report = performanceTrends({ data: context.scope, now: context.now, period, ...(teamId ? { filters: { teamId } } : {}) });
  const { escalations } = report;
  return {
    configVersion: report.configVersion,
    period: periodPayload(report.period, period.label),
    previousPeriod: periodPayload(report.previousPeriod, null),
    teamId,
    weeks: report.weeks,
    escalations,
    categoriesByWeek: report.categoriesByWeek,
    topGrowingCategories: report.topGrowingCategories,
    rootCauses: report.rootCauses,
    explanation: report.explanation,
    provenance: {
      computedBy: 'performanceTrends',
      inputs: { period: { from: report.period.from, to: report.period.to }, filters: { teamId }, persona: context.scope.viewer.persona, weeks: report.weeks.length, escalations: escalations.total, previousEscalations: escalations.previousTotal },
    },
  };
}

/**
 * support.costs: budget against actual, cost per ticket by team and the AI ROI. An executive sees the
 * organisation; a manager their team's row, whose opex share needs every team's work (the
 * `organisationDataOf` hook) and is null without it.
 */
export function buildSupportCosts(context: AnswerContext, options: OpsWidgetOptions = {}): SupportCostsPayload {
  const period = periodOf(context, DEFAULT_BOARD_METRICS_CONFIG.defaultPeriodDays);
  const teamId = managerTeamOf(context);
  const organisation = teamId === null ? null : (options.organisationDataOf?.(context) ?? null);
  const data = organisation ?? context.scope;
  const report = supportCosts({ data, now: context.now, period });
  // Scoped to one team, the whole opex would land on it: its allocation is unknown without the others.
  const allocationKnown = teamId === null || organisation !== null;
  const row = (cost: TeamCost) => ({
    ...cost,
    teamName: teamNameOf(context, cost.teamId),
    allocatedOpexCents: allocationKnown ? cost.allocatedOpexCents : null,
    costPerTicketCents: allocationKnown ? cost.costPerTicketCents : null,
    shareOfCost: allocationKnown ? cost.shareOfCost : null,
  });
  const byTeam = report.byTeam.filter((cost) => teamId === null || cost.teamId === teamId).map(row);
  return {
    configVersion: report.configVersion,
    currency: report.currency,
    period: periodPayload(report.period, period.label),
    coverage: teamId === null ? 'organisation' : 'team',
    teamId,
    budget: report.budget,
    costPerTicketCents: teamId === null ? report.costPerTicketCents : (byTeam[0]?.costPerTicketCents ?? null),
    byTeam,
    aiRoi: report.aiRoi,
    explanation: report.explanation,
    provenance: {
      computedBy: 'supportCosts',
      inputs: {
        period: { from: report.period.from, to: report.period.to },
        persona: context.scope.viewer.persona,
        teamId,
        data: organisation ? 'organisation' : 'scope',
        handledTickets: report.byTeam.reduce((total, cost) => total + cost.handledTickets, 0),
        opexAllocated: allocationKnown,
      },
    },
  };
}
