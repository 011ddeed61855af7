import { buildBoardPack, buildExecutiveSummary, buildGoalsProgress } from './builders/exec-board.js';
import { buildCsatSummary, buildPerformanceTrends, buildSupportCosts } from './builders/exec-reports.js';
import { buildAgentDashboard, buildMyPerformance } from './builders/ops-agent.js';
import type { OpsWidgetOptions } from './builders/ops-options.js';
import { buildSlaAtRisk, buildSlaPerformance } from './builders/ops-sla.js';
import { buildAgentComparison, buildRankedAgent } from './builders/team-performance.js';
import { buildCapacityForecast, buildReassignmentPlan, buildTeamWorkload } from './builders/team-queue.js';
import { BoardPackPayloadSchema, ExecutiveSummaryPayloadSchema, GoalsProgressPayloadSchema } from './payloads/exec-payloads.js';
import { CsatSummaryPayloadSchema, PerformanceTrendsPayloadSchema, SupportCostsPayloadSchema } from './payloads/exec-report-payloads.js';
import { AgentDashboardPayloadSchema } from './payloads/ops-agent-payloads.js';
import { SlaAtRiskPayloadSchema, SlaDashboardPayloadSchema } from './payloads/ops-payloads.js';
import { AgentComparisonPayloadSchema, MyPerformancePayloadSchema, RankedAgentPayloadSchema } from './payloads/team-payloads.js';
import { CapacityForecastPayloadSchema, ReassignmentPlanPayloadSchema, WorkloadChartPayloadSchema } from './payloads/team-queue-payloads.js';
import type { WidgetBuilder } from './widget-builder.js';

export type { ArrAtRiskEstimate, OpsWidgetOptions } from './builders/ops-options.js';

/**
 * The operations widgets (SLA, executive, team and agent intents of DESIGN §6), with the host's hooks
 * for figures computed elsewhere: ARR at risk, and the organisation data behind peer comparisons.
 * @example opsWidgets({ arrAtRiskOf: (context) => churnArrAtRisk(context.scope) })['executive.summary'].build(context)
 */
export function opsWidgets(options: OpsWidgetOptions = {}): Record<string, WidgetBuilder> {
  return {
    'sla.performance': { widget: 'sla-dashboard', schema: SlaDashboardPayloadSchema, build: buildSlaPerformance },
    'sla.atRisk': { widget: 'sla-at-risk', schema: SlaAtRiskPayloadSchema, build: buildSlaAtRisk },
    'executive.summary': { widget: 'executive-summary', schema: ExecutiveSummaryPayloadSchema, build: (context) => buildExecutiveSummary(context, options) },
    'executive.boardMetrics': { widget: 'board-pack', schema: BoardPackPayloadSchema, build: (context) => buildBoardPack(context, options) },
    'executive.goals': { widget: 'goals-progress', schema: GoalsProgressPayloadSchema, build: (context) => buildGoalsProgress(context, options) },
    'csat.summary': { widget: 'csat-summary', schema: CsatSummaryPayloadSchema, build: buildCsatSummary },
    'trends.performance': { widget: 'performance-trends', schema: PerformanceTrendsPayloadSchema, build: buildPerformanceTrends },
    'support.costs': { widget: 'support-costs', schema: SupportCostsPayloadSchema, build: (context) => buildSupportCosts(context, options) },
    'agents.performance': { widget: 'agent-comparison', schema: AgentComparisonPayloadSchema, build: buildAgentComparison },
    'agents.top': { widget: 'ranked-agent', schema: RankedAgentPayloadSchema, build: (context) => buildRankedAgent(context, 'top') },
    'agents.lowest': { widget: 'ranked-agent', schema: RankedAgentPayloadSchema, build: (context) => buildRankedAgent(context, 'lowest') },
    'team.workload': { widget: 'workload-chart', schema: WorkloadChartPayloadSchema, build: buildTeamWorkload },
    'team.rebalance': { widget: 'reassignment-plan', schema: ReassignmentPlanPayloadSchema, build: buildReassignmentPlan },
    'team.capacity': { widget: 'capacity-forecast', schema: CapacityForecastPayloadSchema, build: buildCapacityForecast },
    'agent.dashboard': { widget: 'agent-dashboard', schema: AgentDashboardPayloadSchema, build: buildAgentDashboard },
    'agent.myPerformance': { widget: 'my-performance', schema: MyPerformancePayloadSchema, build: (context) => buildMyPerformance(context, options) },
  };
}

/** The operations widgets without hooks: ARR at risk and peer comparisons outside the viewer's scope are null. */
export const OPS_WIDGETS: Readonly<Record<string, WidgetBuilder>> = opsWidgets();
