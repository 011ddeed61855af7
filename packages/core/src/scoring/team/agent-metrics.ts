import type { SupportData } from '../../data/support-data.js';
import { agentCalendarResolver, scheduledHoursByAgent } from './agent-calendars.js';
import { csatCredits } from './csat-credits.js';
import { medianAndP90 } from './presort.js';
import type { RateCounts } from './rate-counts.js';
import { buildSegmentBaselines, complexityWeight, logSpeedRatio, speedIndexOfLogs, type SegmentBaselines, type TimeMeasure } from './segment-baselines.js';
import { measureSolvedTicket, type SolvedTicketMeasures } from './solved-ticket-measures.js';
import type { SolveFact } from './ticket-facts.js';
import type { AgentPerformanceConfig } from './team-config.js';
import { DAY_MS, optionalSlaSetup, ticketInScope, type TeamScope, type TimeWindow } from './team-scope.js';
import { indexTickets } from './ticket-index.js';

/** Median and 90th percentile of a time measure, in minutes. */
export interface TimeSummary {
  medianMinutes: number | null;
  p90Minutes: number | null;
  sampleSize: number;
}

export type { RateCounts } from './rate-counts.js';

/** An agent's raw KPIs in the window (SCORING §3.1), before any ranking. */
export interface AgentRawMetrics {
  agentId: string;
  ticketsSolved: number;
  firstReply: TimeSummary;
  resolution: TimeSummary;
  /** Agent work time (time in new or open): what the agent's speed is judged on. */
  agentWork: TimeSummary;
  /** One-touch solved / solved with at least one agent reply. */
  oneTouch: RateCounts;
  /** Solves of this agent later reopened (within the reopen window) / tickets this agent solved. */
  reopen: RateCounts;
  /** Good / (good + bad), credited to the assignee at rating time. */
  csat: RateCounts;
  /** Case-mix speed indexes: 1 = as fast as the team on the same segment; below 1 is faster. */
  firstReplySpeedIndex: number | null;
  resolutionSpeedIndex: number | null;
  /** Σ complexity weights of the tickets solved. */
  weightedTicketsSolved: number;
  scheduledHours: number | null;
  /** Weighted tickets solved per scheduled FTE-day; null without a calendar. */
  weightedSolvedPerFteDay: number | null;
}

/** The raw metrics of every agent in scope, with the team's pooled figures. */
export interface TeamRawMetrics {
  agents: AgentRawMetrics[];
  team: { ticketsSolved: number; csat: RateCounts; oneTouch: RateCounts; reopen: RateCounts; firstReply: TimeSummary; resolution: TimeSummary };
  baselines: SegmentBaselines;
}

interface Accumulator {
  firstReply: number[];
  resolution: number[];
  agentWork: number[];
  /** `log(actual / segment median)` per ticket, for the speed indexes. */
  firstReplyLogRatios: number[];
  resolutionLogRatios: number[];
  oneTouch: RateCounts;
  reopen: RateCounts;
  weighted: number;
  solved: number;
}

/** Collects every agent's raw KPIs in one pass over the window's solved and rated tickets. */
export function collectTeamMetrics(data: SupportData, scope: TeamScope, window: TimeWindow, config: AgentPerformanceConfig, now: Date): TeamRawMetrics {
  const index = indexTickets(data.tickets);
  const setup = optionalSlaSetup(data);
  const solved: SolvedTicketMeasures[] = [];
  const [first, end] = index.solvedByTime.range(window.fromMs, window.toMs);
  for (let rank = first; rank < end; rank += 1) {
    const ticket = index.solvedByTime.ticket(rank);
    // AI-resolved tickets are no agent's work.
    if (ticket.resolvedBy === 'ai' || !ticketInScope(ticket, scope)) continue;
    const measures = measureSolvedTicket(ticket, setup, now);
    if (measures) solved.push(measures);
  }
  const baselines = buildSegmentBaselines(solved, config.minSegmentSize);
  const accumulators = new Map(scope.agents.map((agent) => [agent.id, emptyAccumulator()]));
  const team = emptyAccumulator();
  for (const measures of solved) {
    addReopenCredit(measures, accumulators, team, config.reopenWindowDays * DAY_MS);
    const own = accumulators.get(measures.solverId);
    if (own) addSolve(own, measures, baselines);
    addSolve(team, measures, baselines, false);
  }
  const csat = csatCredits(index, scope, window.fromMs, window.toMs);
  const hours = scheduledHoursByAgent(scope.agents, agentCalendarResolver(data), window.fromMs, window.toMs);
  const agents = scope.agents.map((agent) => {
    const accumulator = accumulators.get(agent.id)!;
    const scheduledHours = hours.get(agent.id) ?? null;
    const fteDays = scheduledHours === null ? 0 : scheduledHours / config.hoursPerFteDay;
    return {
      agentId: agent.id,
      ticketsSolved: accumulator.solved,
      firstReply: summarise(accumulator.firstReply),
      resolution: summarise(accumulator.resolution),
      agentWork: summarise(accumulator.agentWork),
      oneTouch: withRate(accumulator.oneTouch),
      reopen: withRate(accumulator.reopen),
      csat: csat.byAgent.get(agent.id) ?? { successes: 0, total: 0, rate: null },
      firstReplySpeedIndex: speedIndexOfLogs(accumulator.firstReplyLogRatios),
      resolutionSpeedIndex: speedIndexOfLogs(accumulator.resolutionLogRatios),
      weightedTicketsSolved: accumulator.weighted,
      scheduledHours,
      weightedSolvedPerFteDay: fteDays > 0 ? accumulator.weighted / fteDays : null,
    };
  });
  return {
    agents,
    baselines,
    team: {
      ticketsSolved: team.solved,
      csat: csat.team,
      oneTouch: withRate(team.oneTouch),
      reopen: withRate(team.reopen),
      firstReply: summarise(team.firstReply),
      resolution: summarise(team.resolution),
    },
  };
}

/** Adds a solve; the team's pooled figures skip the case-mix work only agents are judged on. */
function addSolve(accumulator: Accumulator, measures: SolvedTicketMeasures, baselines: SegmentBaselines, perAgent = true): void {
  accumulator.solved += 1;
  if (perAgent) accumulator.weighted += complexityWeight(baselines, measures);
  pushTime(accumulator.firstReply, perAgent ? accumulator.firstReplyLogRatios : null, measures.firstReplyMinutes, baselines, measures, 'firstReply');
  pushTime(accumulator.resolution, perAgent ? accumulator.resolutionLogRatios : null, measures.resolutionMinutes, baselines, measures, 'resolution');
  if (measures.handleMinutes !== null) accumulator.agentWork.push(measures.handleMinutes);
  // One-touch (Zendesk): fewer than two agent replies, solved; at least one reply to count at all.
  if (measures.agentReplyCount >= 1) {
    accumulator.oneTouch.total += 1;
    if (measures.agentReplyCount < 2) accumulator.oneTouch.successes += 1;
  }
}

function pushTime(
  values: number[],
  logRatios: number[] | null,
  minutes: number | null,
  baselines: SegmentBaselines,
  measures: SolvedTicketMeasures,
  measure: TimeMeasure,
): void {
  if (minutes === null) return;
  values.push(minutes);
  if (logRatios === null) return;
  const segmentMedianMinutes = baselines.medianFor(measures, measure);
  if (segmentMedianMinutes !== null) logRatios.push(logSpeedRatio(minutes, segmentMedianMinutes));
}

/** Credits each agent who solved the ticket once, and a reopen to the agent whose solve was reopened (Kaizo). */
function addReopenCredit(measures: SolvedTicketMeasures, accumulators: Map<string, Accumulator>, team: Accumulator, windowMs: number): void {
  const { solves } = measures;
  // The count field says it was reopened but the timeline doesn't say when: credit the last solver.
  const reopenedByCountOnly = (measures.ticket.reopens ?? 0) > 0 && solves.every((solve) => solve.reopenedAtMs === null);
  if (solves.length <= 1) {
    const solve = solves[0];
    creditReopen(accumulators.get(solve?.assigneeId ?? measures.solverId), team, reopenedByCountOnly || (solve !== undefined && isReopened(solve, windowMs)));
    return;
  }
  const reopenedBy = new Set<string>();
  const solvers = new Set<string>();
  for (const solve of solves) {
    const solverId = solve.assigneeId ?? measures.solverId;
    solvers.add(solverId);
    if (isReopened(solve, windowMs)) reopenedBy.add(solverId);
  }
  if (reopenedByCountOnly) reopenedBy.add(measures.solverId);
  for (const solverId of solvers) creditReopen(accumulators.get(solverId), team, reopenedBy.has(solverId));
}

function creditReopen(own: Accumulator | undefined, team: Accumulator, reopened: boolean): void {
  const increment = reopened ? 1 : 0;
  team.reopen.total += 1;
  team.reopen.successes += increment;
  if (!own) return;
  own.reopen.total += 1;
  own.reopen.successes += increment;
}

function isReopened(solve: SolveFact, windowMs: number): boolean {
  return solve.reopenedAtMs !== null && solve.reopenedAtMs - solve.atMs <= windowMs;
}

function emptyAccumulator(): Accumulator {
  const counts = (): RateCounts => ({ successes: 0, total: 0, rate: null });
  return {
    firstReply: [],
    resolution: [],
    agentWork: [],
    firstReplyLogRatios: [],
    resolutionLogRatios: [],
    oneTouch: counts(),
    reopen: counts(),
    weighted: 0,
    solved: 0,
  };
}

function withRate(counts: RateCounts): RateCounts {
  return { ...counts, rate: counts.total === 0 ? null : counts.successes / counts.total };
}

function summarise(values: number[]): TimeSummary {
  const { median, p90 } = medianAndP90(values);
  return { medianMinutes: median, p90Minutes: p90, sampleSize: values.length };
}
