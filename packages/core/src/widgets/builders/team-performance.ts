import { agentPerformance, type AgentPerformanceEntry, type AgentPerformanceReport, type PerformerPick } from '../../scoring/team/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { AgentComparisonPayload, AgentEntry, RankedAgentPayload } from '../payloads/team-payloads.js';
import { findByName } from './find-by-name.js';
import { managerTeamOf } from './ops-options.js';

/** The team report for the viewer's team (a manager's) and the asked period (default the last 30 days). */
export function teamPerformanceOf(context: AnswerContext): AgentPerformanceReport {
  const period = context.params.period;
  return agentPerformance(context.scope, { now: context.now, teamId: managerTeamOf(context), ...(period ? { period: { from: period.from, to: period.to } } : {}) });
}

/** An agent's row: rank among ranked agents, KPIs flattened with their units, components and drivers. */
export function agentEntryOf(entry: AgentPerformanceEntry, rank: number | null): AgentEntry {
  const { metrics, adjusted } = entry;
  return {
    agentId: entry.agentId,
    name: entry.name,
    rank,
    status: entry.status,
    missingSamples: entry.missingSamples,
    composite: entry.composite,
    kpis: {
      ticketsSolved: metrics.ticketsSolved,
      firstReplyMedianMinutes: metrics.firstReply.medianMinutes,
      firstReplyP90Minutes: metrics.firstReply.p90Minutes,
      resolutionMedianMinutes: metrics.resolution.medianMinutes,
      resolutionP90Minutes: metrics.resolution.p90Minutes,
      agentWorkMedianMinutes: metrics.agentWork.medianMinutes,
      firstReplySpeedIndex: metrics.firstReplySpeedIndex,
      resolutionSpeedIndex: metrics.resolutionSpeedIndex,
      oneTouchRate: metrics.oneTouch.rate,
      reopenRate: metrics.reopen.rate,
      csatRate: metrics.csat.rate,
      csatResponses: metrics.csat.total,
      csatAdjustedRate: adjusted.csatRate,
      csatWilsonLower: adjusted.csatWilson?.lower ?? null,
      csatWilsonUpper: adjusted.csatWilson?.upper ?? null,
      weightedTicketsSolved: metrics.weightedTicketsSolved,
      weightedSolvedPerFteDay: metrics.weightedSolvedPerFteDay,
      scheduledHours: metrics.scheduledHours,
    },
    components: entry.components,
    drivers: entry.drivers,
  };
}

/** Every agent of the report as entries, best first, ranks counting only ranked agents. */
function entriesOf(report: AgentPerformanceReport): AgentEntry[] {
  let rank = 0;
  return report.agents.map((agent) => agentEntryOf(agent, agent.status === 'ranked' ? (rank += 1) : null));
}

function provenanceOf(report: AgentPerformanceReport, context: AnswerContext) {
  return {
    computedBy: 'agentPerformance',
    inputs: { window: report.window, teamId: report.teamId, persona: context.scope.viewer.persona, agents: report.agents.length, agentsRanked: report.team.agentsRanked, ticketsSolved: report.team.ticketsSolved },
  };
}

const pickSummary = (pick: PerformerPick) => ({
  outcome: pick.outcome,
  agentId: pick.agentId,
  candidateAgentId: pick.candidateAgentId,
  leadPoints: pick.leadPoints,
  unrankedConcernAgentIds: pick.unrankedConcerns.map((concern) => concern.agentId),
});

/** agents.performance: the team compared on every KPI; the agent the question names comes first, highlighted. */
export function buildAgentComparison(context: AnswerContext): AgentComparisonPayload {
  const report = teamPerformanceOf(context);
  const entries = entriesOf(report);
  const named = findByName(entries, context.params.agentName);
  const { csat, oneTouch, reopen, firstReply, resolution, ticketsSolved, agentsRanked, agentsWithInsufficientData, medianCsatRate } = report.team;
  return {
    configVersion: report.configVersion,
    teamId: report.teamId,
    window: report.window,
    highlightedAgentId: named?.agentId ?? null,
    agents: named ? [named, ...entries.filter((entry) => entry !== named)] : entries,
    team: {
      ticketsSolved,
      csatRate: csat.rate,
      oneTouchRate: oneTouch.rate,
      reopenRate: reopen.rate,
      firstReplyMedianMinutes: firstReply.medianMinutes,
      resolutionMedianMinutes: resolution.medianMinutes,
      agentsRanked,
      agentsWithInsufficientData,
      medianCsatRate,
    },
    weights: report.weights,
    thresholds: report.thresholds,
    top: pickSummary(report.top),
    lowest: pickSummary(report.lowest),
    timeBasis: report.timeBasis,
    provenance: provenanceOf(report, context),
  };
}

/** @default 3 — the pick and the next two from the same end. */
export const RANKED_AGENT_DEFAULT_LIMIT = 3;

/** agents.top / agents.lowest: the top or lowest performer, named only when clearly ahead or behind. */
export function buildRankedAgent(context: AnswerContext, kind: 'top' | 'lowest'): RankedAgentPayload {
  const report = teamPerformanceOf(context);
  const pick = kind === 'top' ? report.top : report.lowest;
  const entries = entriesOf(report);
  const ranked = entries.filter((entry) => entry.rank !== null && entry.composite !== null);
  const fromEnd = kind === 'top' ? ranked : [...ranked].reverse();
  const entryOf = (agentId: string | null) => entries.find((entry) => entry.agentId === agentId) ?? null;
  const candidate = entryOf(pick.candidateAgentId);
  return {
    configVersion: report.configVersion,
    kind,
    teamId: report.teamId,
    window: report.window,
    outcome: pick.outcome,
    agentId: pick.agentId,
    candidate,
    leadPoints: pick.leadPoints,
    requiredLeadPoints: pick.requiredLeadPoints,
    candidateCsatWilson: pick.candidateCsatWilson,
    teamMedianCsatRate: pick.teamMedianCsatRate,
    csatClearOfMedian: pick.csatClearOfMedian,
    drivers: pick.drivers,
    runnersUp: fromEnd
      .filter((entry) => entry !== candidate)
      .slice(0, Math.max(0, (context.params.limit ?? RANKED_AGENT_DEFAULT_LIMIT) - 1))
      .map((entry) => ({ agentId: entry.agentId, name: entry.name, rank: entry.rank!, composite: entry.composite! })),
    unrankedConcerns: pick.unrankedConcerns.map(({ agentId, standing, trailingKpis, reason }) => ({ agent: entryOf(agentId)!, standing, trailingKpis, reason })),
    reason: pick.reason,
    provenance: provenanceOf(report, context),
  };
}
