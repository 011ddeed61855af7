import type { TicketRow } from '@supportai/core';
import { bold, countOf, formatCount, formatDuration, formatNumber, formatOrdinal, formatPercent, formatSpan, formatTime, listInWords, slaMetricName } from './format.js';
import { templateOf, type AnswerTemplate } from './template.js';
import { ticketLabel } from './tickets.js';

interface WindowView {
  from: string;
  to: string;
}

interface DriverView {
  key: string;
  direction: 'strength' | 'weakness';
  percentile: number | null;
}

interface AgentEntryView {
  agentId: string;
  name: string;
  rank: number | null;
  status: 'ranked' | 'insufficient_data';
  missingSamples: { solved: number; csatResponses: number };
  composite: number | null;
  kpis: { ticketsSolved: number; csatRate: number | null; firstReplyMedianMinutes: number | null };
}

export interface AgentComparisonView {
  window: WindowView;
  highlightedAgentId: string | null;
  agents: AgentEntryView[];
  team: { ticketsSolved: number; csatRate: number | null; firstReplyMedianMinutes: number | null; agentsRanked: number; agentsWithInsufficientData: number };
}

export interface RankedAgentView {
  kind: 'top' | 'lowest';
  outcome: 'named' | 'no_clear_outlier' | 'insufficient_data';
  candidate: AgentEntryView | null;
  leadPoints: number | null;
  requiredLeadPoints: number;
  candidateCsatWilson: { lower: number; upper: number } | null;
  teamMedianCsatRate: number | null;
  csatClearOfMedian: boolean;
  drivers: DriverView[];
  runnersUp: { name: string; composite: number }[];
  /** Unranked agents whose KPIs put them below the candidate: while there is one, nobody is named lowest. */
  unrankedConcerns: UnrankedConcernView[];
}

type UnrankedKpiKey = 'firstReplySpeed' | 'resolutionSpeed' | 'csat' | 'reopen' | 'oneTouch';

interface UnrankedConcernView {
  agent: {
    name: string;
    missingSamples: { solved: number; csatResponses: number };
    kpis: { csatRate: number | null; csatResponses: number; firstReplyMedianMinutes: number | null; resolutionMedianMinutes: number | null; reopenRate: number | null; oneTouchRate: number | null };
  };
  trailingKpis: { key: UnrankedKpiKey; worstInTeam: boolean }[];
}

export interface WorkloadView {
  highlightedAgentId: string | null;
  agents: { agentId: string; name: string; capacity: number; openTickets: number; load: number; level: string; ticketsAtRisk: number; ticketsBreached: number; oldestOpenTicketAgeMinutes: number | null }[];
  team: { meanLoad: number | null; openTickets: number; ticketsAtRisk: number; ticketsBreached: number; overloadedAgents: number; underloadedAgents: number };
}

export interface ReassignmentPlanView {
  moves: { ticketId: string; from: { name: string }; to: { name: string } }[];
  maxLoadBefore: number | null;
  maxLoadAfter: number | null;
  stopReason: 'no_overloaded_agent' | 'no_move_reduces_max_load' | 'max_moves_reached';
  blockedTickets: { tickets: number }[];
  thresholds: { maxMoves: number };
}

export interface CapacityForecastView {
  teamId: string | null;
  timezone: string;
  nextWeek: WindowView;
  week: { forecastTickets: number; demandHours: number; capacityHours: number; utilisationRate: number | null };
  recommendation: { status: 'understaffed' | 'overstaffed' | 'balanced' | 'insufficient_data'; agentDays: number; hoursPerAgentDay: number };
  history: { weeksUsed: number };
}

export interface AgentDashboardView {
  queue: { rows: TicketRow[]; total: number };
  dueSoon: { withinHours: number; clocks: { ticket: TicketRow; metric: string; minutesToDeadline: number }[] };
  snapshot: { openTickets: number; breachedTickets: number; atRiskTickets: number; solvedToday: number; csat: { windowDays: number; good: number; bad: number; rate: number | null } };
  meetingsToday: { title: string; startsAt: string; minutesUntilStart: number }[];
}

export interface MyPerformanceView {
  window: WindowView;
  status: 'ranked' | 'insufficient_data';
  missingSamples: { solved: number; csatResponses: number };
  composite: number | null;
  comparison: 'team' | 'unavailable';
  kpis: { key: string; agentValue: number | null; teamValue: number | null; percentile: number | null }[];
  drivers: DriverView[];
}

const DRIVER_NAMES: Readonly<Record<string, string>> = {
  csat: 'CSAT',
  reopen: 'reopen rate',
  oneTouch: 'one-touch resolution',
  firstReplySpeed: 'first-reply speed',
  resolutionSpeed: 'resolution speed',
  throughput: 'throughput',
};

/** `CSAT (10th percentile)`: a driver of the composite with where the agent stands. */
function driverWords(driver: DriverView): string {
  const name = DRIVER_NAMES[driver.key] ?? driver.key;
  return driver.percentile === null ? name : `${name} (${formatOrdinal(driver.percentile)} percentile)`;
}

/** `52 solved, CSAT 100%, median first reply 13 min`, leaving out what is unknown. */
function kpiWords(kpis: AgentEntryView['kpis'], csatLabel = 'CSAT'): string {
  const parts = [`${formatCount(kpis.ticketsSolved)} solved`];
  if (kpis.csatRate !== null) parts.push(`${csatLabel} ${formatPercent(kpis.csatRate)}`);
  if (kpis.firstReplyMedianMinutes !== null) parts.push(`median first reply ${formatDuration(kpis.firstReplyMedianMinutes)}`);
  return parts.join(', ');
}

function missingWords(missing: { solved: number; csatResponses: number }): string {
  const parts = [missing.solved > 0 ? `${countOf(missing.solved, 'more solved ticket')}` : null, missing.csatResponses > 0 ? `${countOf(missing.csatResponses, 'more CSAT rating')}` : null].filter((part): part is string => part !== null);
  return parts.length === 0 ? 'more data' : listInWords(parts);
}

/** agents.performance: the team's ranking, its ends, and the team figures; or the named agent's place in it. */
const describeAgentComparison = templateOf<AgentComparisonView>((data) => {
  if (data.agents.length === 0) return 'There are no agents in the team to compare.';
  const span = formatSpan(data.window.from, data.window.to);
  const highlighted = data.agents.find((agent) => agent.agentId === data.highlightedAgentId);
  if (highlighted) {
    if (highlighted.rank === null) return `${bold(highlighted.name)} has too little data to rank ${span}: ${missingWords(highlighted.missingSamples)} needed.`;
    return `${bold(highlighted.name)} ranks ${formatOrdinal(highlighted.rank)} of ${formatCount(data.team.agentsRanked)} ${span} with a composite of ${formatNumber(highlighted.composite ?? 0, 0)} (${kpiWords(highlighted.kpis)}).`;
  }
  const ranked = data.agents.filter((agent) => agent.rank !== null).sort((left, right) => (left.rank ?? 0) - (right.rank ?? 0));
  const unranked = data.team.agentsWithInsufficientData > 0 ? ` (${formatCount(data.team.agentsWithInsufficientData)} more with too little data)` : '';
  const best = ranked[0];
  const last = ranked[ranked.length - 1];
  const ends = best && last && best !== last ? `: ${bold(best.name)} leads with a composite of ${formatNumber(best.composite ?? 0, 0)} (${kpiWords(best.kpis)}); ${last.name} is last at ${formatNumber(last.composite ?? 0, 0)}` : best ? `: ${bold(best.name)} has a composite of ${formatNumber(best.composite ?? 0, 0)}` : '';
  // The agents' CSAT leaves out AI-resolved tickets, so it is named apart from the CSAT summary's figure.
  const team = kpiWords({ ticketsSolved: data.team.ticketsSolved, csatRate: data.team.csatRate, firstReplyMedianMinutes: data.team.firstReplyMedianMinutes }, 'agents’ CSAT');
  return `${countOf(data.team.agentsRanked, 'agent')} ranked ${span}${unranked}${ends}. Team: ${team}.`;
});

type Kpis = UnrankedConcernView['agent']['kpis'];
const orNa = (value: number | null, format: (value: number) => string) => (value === null ? 'n/a' : format(value));
// The superlative when the agent trails every ranked agent, else the comparative against the last ranked one.
const TRAILING_KPI_WORDS: Readonly<Record<UnrankedKpiKey, [worst: string, worse: string, figure: (kpis: Kpis) => string]>> = {
  firstReplySpeed: ['the slowest first reply', 'a slower first reply', (kpis) => `${orNa(kpis.firstReplyMedianMinutes, formatDuration)} median`],
  resolutionSpeed: ['the slowest resolution', 'a slower resolution', (kpis) => `${orNa(kpis.resolutionMedianMinutes, formatDuration)} median`],
  csat: ['the lowest CSAT', 'a lower CSAT', (kpis) => `${orNa(kpis.csatRate, (rate) => formatPercent(rate, 0))} on ${countOf(kpis.csatResponses, 'rating')}`],
  reopen: ['the most reopens', 'more reopens', (kpis) => `${orNa(kpis.reopenRate, (rate) => formatPercent(rate, 0))} of solves`],
  oneTouch: ['the fewest one-touch solves', 'fewer one-touch solves', (kpis) => orNa(kpis.oneTouchRate, (rate) => formatPercent(rate, 0))],
};

/** `Ana has too few solved tickets to rank, but the slowest first reply in the team: 5 h 22 min median`. */
function unrankedConcernWords({ agent, trailingKpis }: UnrankedConcernView, lowestRanked: string): string {
  const few = agent.missingSamples.solved > 0 ? 'solved tickets' : 'CSAT ratings';
  const kpis = trailingKpis.map(({ key, worstInTeam }) => {
    const [worst, worse, figure] = TRAILING_KPI_WORDS[key];
    return `${worstInTeam ? `${worst} in the team` : `${worse} than ${lowestRanked}`}: ${figure(agent.kpis)}`;
  });
  return `${bold(agent.name)} has too few ${few} to rank, but ${listInWords(kpis)}`;
}

/** agents.top / agents.lowest: the agent named, or why nobody is. */
const describeRankedAgent = templateOf<RankedAgentView>((data) => {
  const role = data.kind === 'top' ? 'top' : 'lowest';
  const candidate = data.candidate;
  if (data.outcome === 'insufficient_data' || !candidate || candidate.composite === null) return `Too few agents have enough solved tickets and ratings to name a ${role} performer yet.`;
  const next = data.runnersUp[0];
  const composite = formatNumber(candidate.composite, 0);
  const lead = data.leadPoints === null ? '' : `, ${formatNumber(data.leadPoints, 0)} points ${data.kind === 'top' ? 'ahead of' : 'behind'} ${next ? `${next.name} (${formatNumber(next.composite, 0)})` : 'the next agent'}`;
  if (data.outcome === 'named') {
    const wanted = data.kind === 'top' ? 'strength' : 'weakness';
    const drivers = data.drivers.filter((driver) => driver.direction === wanted).slice(0, 2).map(driverWords);
    const because = drivers.length > 0 ? ` ${data.kind === 'top' ? 'Strengths' : 'Weak spots'}: ${listInWords(drivers)}.` : '';
    return `${bold(candidate.name)} is the ${role} performer: composite ${composite}${lead}.${because}`;
  }
  if (data.unrankedConcerns.length > 0) {
    const concerns = data.unrankedConcerns.map((concern) => unrankedConcernWords(concern, candidate.name)).join('; ');
    return `No ${role} performer named: ${concerns}. Of the ranked agents, ${candidate.name} is last with a composite of ${composite}.`;
  }
  const why =
    data.leadPoints !== null && data.leadPoints < data.requiredLeadPoints
      ? `the lead is under the ${formatNumber(data.requiredLeadPoints, 0)} points needed`
      : data.candidateCsatWilson && data.teamMedianCsatRate !== null && !data.csatClearOfMedian
        ? `their CSAT interval ${formatPercent(data.candidateCsatWilson.lower, 0)}–${formatPercent(data.candidateCsatWilson.upper, 0)} overlaps the team median of ${formatPercent(data.teamMedianCsatRate, 0)}`
        : 'the margin is not conclusive';
  return `No clear ${role} performer: ${bold(candidate.name)} ranks ${data.kind === 'top' ? 'first' : 'last'} with a composite of ${composite}${lead}, but ${why}.`;
});

/** team.workload: open work against capacity, who is heaviest, and the SLA exposure. */
const describeWorkload = templateOf<WorkloadView>((data) => {
  if (data.agents.length === 0) return 'There are no agents in the team to show a workload for.';
  const agentWords = (agent: WorkloadView['agents'][number]) =>
    `${bold(agent.name)} at ${formatPercent(agent.load, 0)} of capacity (${formatCount(agent.openTickets)} open, capacity ${formatNumber(agent.capacity)}; ${formatCount(agent.ticketsAtRisk)} at risk, ${formatCount(agent.ticketsBreached)} breached${agent.oldestOpenTicketAgeMinutes === null ? '' : `; oldest open ${formatDuration(agent.oldestOpenTicketAgeMinutes)}`})`;
  const highlighted = data.agents.find((agent) => agent.agentId === data.highlightedAgentId);
  if (highlighted) return `${agentWords(highlighted)}: ${highlighted.level}.`;
  const { team } = data;
  const mean = team.meanLoad === null ? '' : `; mean load ${formatPercent(team.meanLoad, 0)} of capacity`;
  const lead = `${bold(countOf(team.openTickets, 'open ticket'))} across ${countOf(data.agents.length, 'agent')}${mean}: ${formatCount(team.overloadedAgents)} overloaded, ${formatCount(team.underloadedAgents)} underloaded; ${formatCount(team.ticketsAtRisk)} at risk and ${formatCount(team.ticketsBreached)} breached.`;
  const heaviest = [...data.agents].sort((left, right) => right.load - left.load)[0];
  return heaviest ? `${lead} Heaviest: ${agentWords(heaviest)}.` : lead;
});

/** team.rebalance: the proposed moves and what they do to the highest load; nothing moves without a yes. */
const describeReassignmentPlan = templateOf<ReassignmentPlanView>((data) => {
  const blocked = data.blockedTickets.reduce((sum, block) => sum + block.tickets, 0);
  const blockedWords = blocked > 0 ? ` ${countOf(blocked, 'ticket')} ${blocked === 1 ? 'was' : 'were'} kept in place by the guardrails.` : '';
  const highest = data.maxLoadBefore === null ? '' : ` (highest load ${formatPercent(data.maxLoadBefore, 0)})`;
  if (data.moves.length === 0) {
    if (data.stopReason === 'no_overloaded_agent') return `No reassignment needed: no agent is overloaded${highest}.`;
    return `No move would lower the highest load${highest}.${blockedWords}`;
  }
  const loads = data.maxLoadBefore !== null && data.maxLoadAfter !== null ? `, lowering the highest load from ${formatPercent(data.maxLoadBefore, 0)} to ${formatPercent(data.maxLoadAfter, 0)}` : '';
  const listed = data.moves.slice(0, 3).map((move) => `${move.ticketId} ${move.from.name} → ${move.to.name}`);
  const more = data.moves.length > listed.length ? ` and ${formatCount(data.moves.length - listed.length)} more` : '';
  const cap = data.stopReason === 'max_moves_reached' ? ` (capped at ${formatCount(data.thresholds.maxMoves)})` : '';
  return `${bold(countOf(data.moves.length, 'move'))} proposed${cap}${loads}: ${listed.join('; ')}${more}.${blockedWords} Nothing is reassigned until you confirm.`;
});

/** team.capacity: next week's demand against scheduled hours, and the staffing call. */
const describeCapacityForecast = templateOf<CapacityForecastView>((data) => {
  const { week, recommendation } = data;
  const scope = data.teamId === null ? ' across all teams' : '';
  if (recommendation.status === 'insufficient_data') return `Not enough history to forecast next week${scope}: ${countOf(data.history.weeksUsed, 'week')} of data.`;
  const span = formatSpan(data.nextWeek.from, data.nextWeek.to, data.timezone);
  const utilisation = week.utilisationRate === null ? '' : ` (${formatPercent(week.utilisationRate, 0)} utilisation)`;
  const lead = `Next week${scope} (${span.replace(/^from /, '')}): about ${countOf(Math.round(week.forecastTickets), 'ticket')} needing ${formatNumber(week.demandHours, 0)} agent-hours against ${formatNumber(week.capacityHours, 0)} scheduled${utilisation}.`;
  const days = countOf(recommendation.agentDays, 'agent-day');
  if (recommendation.status === 'understaffed') return `${lead} ${bold('Under-staffed')}: add about ${days} (${formatNumber(recommendation.hoursPerAgentDay)} h each).`;
  if (recommendation.status === 'overstaffed') return `${lead} ${bold('Over-staffed')}: about ${days} could be freed.`;
  return `${lead} Staffing looks balanced.`;
});

/** agent.dashboard: the agent's queue, what is due soon, the day so far and the next meeting. */
const describeAgentDashboard = templateOf<AgentDashboardView>((data) => {
  const { snapshot, dueSoon } = data;
  const within = `in the next ${countOf(dueSoon.withinHours, 'hour')}`;
  const first = dueSoon.clocks[0];
  const due = first ? `${countOf(dueSoon.clocks.length, 'SLA clock')} due ${within}, first ${ticketLabel(first.ticket)} (${slaMetricName(first.metric)} in ${formatDuration(first.minutesToDeadline)})` : `nothing due ${within}`;
  const queue = snapshot.openTickets === 0 ? 'You have no open tickets' : `You have ${bold(countOf(snapshot.openTickets, 'open ticket'))}: ${formatCount(snapshot.breachedTickets)} past SLA, ${formatCount(snapshot.atRiskTickets)} at risk`;
  const sentences = [`${queue}; ${due}.`];
  const csat = snapshot.csat.rate === null ? `no CSAT ratings in ${countOf(snapshot.csat.windowDays, 'day')}` : `CSAT ${formatPercent(snapshot.csat.rate)} over ${countOf(snapshot.csat.windowDays, 'day')} (${formatCount(snapshot.csat.good)} good, ${formatCount(snapshot.csat.bad)} bad)`;
  sentences.push(`${formatCount(snapshot.solvedToday)} solved today; ${csat}.`);
  if (data.meetingsToday.length > 0) {
    const next = data.meetingsToday.filter((meeting) => meeting.minutesUntilStart >= 0).sort((left, right) => left.minutesUntilStart - right.minutesUntilStart)[0];
    sentences.push(`${countOf(data.meetingsToday.length, 'meeting')} today; ${next ? `next: ${next.title} at ${formatTime(next.startsAt)}` : 'all have started'}.`);
  }
  return sentences.join(' ');
});

const KPI_NAMES: Readonly<Record<string, string>> = {
  ticketsSolved: 'tickets solved',
  csatRate: 'CSAT',
  firstReplyMedianMinutes: 'median first reply',
  resolutionMedianMinutes: 'median resolution',
};

function kpiValue(key: string, value: number): string {
  if (key.endsWith('Minutes')) return formatDuration(value);
  if (key.endsWith('Rate')) return formatPercent(value);
  return formatCount(value);
}

/** agent.myPerformance: the agent's composite, key KPIs against the team, and the biggest lever. */
const describeMyPerformance = templateOf<MyPerformanceView>((data) => {
  const span = formatSpan(data.window.from, data.window.to);
  if (data.status === 'insufficient_data' || data.composite === null) return `Not enough data to score you ${span} yet: ${missingWords(data.missingSamples)} needed.`;
  const lead = `Your composite score ${span} is ${bold(formatNumber(data.composite, 0))} of 100.`;
  const kpis = Object.keys(KPI_NAMES).flatMap((key) => {
    const kpi = data.kpis.find((candidate) => candidate.key === key);
    if (!kpi || kpi.agentValue === null) return [];
    const versus = data.comparison === 'team' && kpi.teamValue !== null ? ` (team ${kpiValue(key, kpi.teamValue)}${kpi.percentile === null ? '' : `, ${formatOrdinal(kpi.percentile)} percentile`})` : '';
    return [`${KPI_NAMES[key]} ${kpiValue(key, kpi.agentValue)}${versus}`];
  });
  const sentences = [lead];
  if (kpis.length > 0) sentences.push(`${kpis.slice(0, 3).join('; ')}.`.replace(/^./, (letter) => letter.toUpperCase()));
  const lever = data.drivers.find((driver) => driver.direction === 'weakness');
  if (lever) sentences.push(`Biggest lever: ${driverWords(lever)}.`);
  return sentences.join(' ');
});

export const TEAM_TEMPLATES: Readonly<Record<string, AnswerTemplate>> = {
  'agents.performance': describeAgentComparison,
  'agents.top': describeRankedAgent,
  'agents.lowest': describeRankedAgent,
  'team.workload': describeWorkload,
  'team.rebalance': describeReassignmentPlan,
  'team.capacity': describeCapacityForecast,
  'agent.dashboard': describeAgentDashboard,
  'agent.myPerformance': describeMyPerformance,
};
