import { bold, capitalise, countOf, formatCount, formatDuration, formatHours, formatMoney, formatNumber, formatPercent, formatPeriod, formatPoints, formatSignedPercent, humanize, listInWords } from './format.js';
import { templateOf, type AnswerTemplate } from './template.js';

interface PeriodView {
  label: string | null;
  from: string;
  to: string;
}

interface ChangeView {
  absolute: number | null;
  relative: number | null;
}

type GoalStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';

export interface ExecutiveSummaryView {
  currency: string;
  period: PeriodView;
  tiles: { metricId: string; value: number | null; unit: string; previousValue: number | null; change: ChangeView; goal: { target: number; status: GoalStatus } | null }[];
  goalCounts: Partial<Record<GoalStatus, number>>;
  arrAtRisk: { valueCents: number } | null;
}

interface AiRoiView {
  aiResolved: number;
  netSavingsCents: number | null;
  roi: number | null;
  agentHoursSaved: number | null;
}

export interface BoardPackView {
  currency: string;
  period: PeriodView;
  metrics: { id: string; unit: string; value: number | null }[];
  aiRoi: { current: AiRoiView };
  arrAtRisk: { valueCents: number } | null;
  caveats: string[];
}

export interface GoalsProgressView {
  period: PeriodView;
  goals: { name: string; unit: string; currentValue: number | null; status: GoalStatus }[];
  counts: Partial<Record<GoalStatus, number>>;
}

interface CsatCountsView {
  good: number;
  bad: number;
  rate: number | null;
}

export interface CsatSummaryView {
  period: PeriodView;
  teamId: string | null;
  current: CsatCountsView;
  previous: CsatCountsView;
  byTeam: { key: string; teamName: string | null }[];
  worstCategories: (CsatCountsView & { key: string })[];
}

export interface PerformanceTrendsView {
  period: PeriodView;
  escalations: { total: number; previousTotal: number; change: ChangeView; rate: number | null; slopePerWeek: number | null; direction: 'rising' | 'falling' | 'flat' };
  topGrowingCategories: { category: string; current: number; previous: number; change: ChangeView }[];
  rootCauses: { kind: 'category' | 'tag'; key: string; currentShare: number; previousShare: number; shareChange: number }[];
}

export interface SupportCostsView {
  currency: string;
  period: PeriodView;
  coverage: 'organisation' | 'team';
  teamId: string | null;
  budget: { budgetCents: number | null; actualCents: number; utilizationRate: number | null; status: string };
  costPerTicketCents: number | null;
  byTeam: { teamId: string | null; teamName: string | null; handledTickets: number; shareOfCost: number | null }[];
  aiRoi: { current: AiRoiView };
}

/** Board metric ids in prose. */
const METRIC_NAMES: Readonly<Record<string, string>> = {
  ticketVolume: 'ticket volume',
  ticketsHandled: 'tickets handled',
  costPerTicketCents: 'cost per ticket',
  costPerHumanTicketCents: 'cost per human-resolved ticket',
  aiResolutionRate: 'AI resolution rate',
  aiResolvedTickets: 'AI-resolved tickets',
  aiInvolvementRate: 'AI involvement',
  aiContainmentRate: 'AI containment',
  deflectionRatio: 'self-service deflection',
  marginalCostPerHumanTicketCents: 'marginal cost per human ticket',
  grossAiSavingsCents: 'gross AI savings',
  aiCostCents: 'AI cost',
  netAiSavingsCents: 'net AI savings',
  aiRoi: 'AI ROI',
  agentHoursSaved: 'agent hours saved',
  csat: 'CSAT',
  slaCompliance: 'SLA compliance',
  arrAtRiskCents: 'ARR at risk',
};

const GOAL_STATUS_WORDS: Readonly<Record<GoalStatus, string>> = { on_track: 'on track', at_risk: 'at risk', off_track: 'off track', no_data: 'without data' };

/** A board figure in its unit: rates as percentages, cents as money, ROI as a percentage, deflection as `n:1`. */
function formatMetric(id: string, unit: string, value: number, currency: string): string {
  if (unit === 'rate') return formatPercent(value);
  if (unit === 'cents') return formatMoney(value, currency);
  if (unit === 'hours') return formatHours(value);
  if (unit === 'ratio') return id === 'aiRoi' ? formatPercent(value, 0) : `${formatNumber(value)}:1`;
  return formatCount(value);
}

/** A tile's change: points for rates, a relative change otherwise. */
function changeWords(unit: string, change: ChangeView): string | null {
  // A change that rounds to nothing reads as "flat", not as "+0 pts".
  if (unit === 'rate') return change.absolute === null ? null : Math.abs(change.absolute) < 0.0005 ? 'flat' : formatPoints(change.absolute * 100);
  return change.relative === null ? null : Math.abs(change.relative) < 0.0005 ? 'flat' : formatSignedPercent(change.relative);
}

/** `1 on track, 2 at risk and 2 off track`, leaving out empty statuses. */
function goalCountWords(counts: Partial<Record<GoalStatus, number>>): string {
  const parts = (Object.keys(GOAL_STATUS_WORDS) as GoalStatus[]).filter((status) => (counts[status] ?? 0) > 0).map((status) => `${formatCount(counts[status] ?? 0)} ${GOAL_STATUS_WORDS[status]}`);
  return listInWords(parts);
}

const SUMMARY_TILES = ['ticketVolume', 'slaCompliance', 'csat', 'costPerTicketCents', 'aiResolutionRate'];

/** executive.summary: the headline tiles with their change, the goals and the ARR at risk. */
const describeExecutiveSummary = templateOf<ExecutiveSummaryView>((data) => {
  const tiles = SUMMARY_TILES.flatMap((id) => {
    const tile = data.tiles.find((candidate) => candidate.metricId === id);
    if (!tile || tile.value === null) return [];
    const change = changeWords(tile.unit, tile.change);
    return [`${METRIC_NAMES[id] ?? humanize(id)} ${formatMetric(id, tile.unit, tile.value, data.currency)}${change ? ` (${change})` : ''}`];
  });
  const period = formatPeriod(data.period);
  const lead = tiles.length === 0 ? `No figures are available ${period}.` : `${capitalise(period)}: ${tiles.join(', ')}.`;
  const goals = goalCountWords(data.goalCounts);
  const tail = [goals ? `Goals: ${goals}` : null, data.arrAtRisk ? `ARR at risk: ${bold(formatMoney(data.arrAtRisk.valueCents, data.currency))}` : null].filter((part): part is string => part !== null);
  return tail.length === 0 ? lead : `${lead} ${tail.join('; ')}.`;
});

/** executive.boardMetrics: volume, unit cost, service levels and what AI saved. */
const describeBoardMetrics = templateOf<BoardPackView>((data) => {
  const value = (id: string): string | null => {
    const metric = data.metrics.find((candidate) => candidate.id === id);
    return metric && metric.value !== null ? formatMetric(id, metric.unit, metric.value, data.currency) : null;
  };
  const volume = [value('ticketVolume') && `${value('ticketVolume')} tickets in`, value('ticketsHandled') && `${value('ticketsHandled')} handled${value('costPerTicketCents') ? ` at ${value('costPerTicketCents')} each` : ''}`];
  const quality = [value('slaCompliance') && `SLA compliance ${value('slaCompliance')}`, value('csat') && `CSAT ${value('csat')}`];
  const lead = `Board metrics ${formatPeriod(data.period)}: ${[...volume, ...quality].filter(Boolean).join(', ') || 'no figures yet'}.`;
  const ai = data.aiRoi.current;
  const savings = [ai.agentHoursSaved !== null ? `${formatHours(ai.agentHoursSaved)} of agent time` : null, ai.netSavingsCents !== null ? `${bold(formatMoney(ai.netSavingsCents, data.currency))} net` : null].filter((part): part is string => part !== null);
  const rate = value('aiResolutionRate');
  const aiSentence = `AI resolved ${countOf(ai.aiResolved, 'ticket')}${rate ? ` (${rate})` : ''}${savings.length > 0 ? `, saving ${listInWords(savings)}` : ''}${ai.roi !== null ? ` (ROI ${formatPercent(ai.roi, 0)})` : ''}.`;
  const risk = data.arrAtRisk ? ` ARR at risk: ${formatMoney(data.arrAtRisk.valueCents, data.currency)}.` : '';
  const caveats = data.caveats.length > 0 ? ` ${countOf(data.caveats.length, 'caveat')} apply.` : '';
  return `${lead} ${aiSentence}${risk}${caveats}`;
});

/** A goal's current value in its own unit; money goals carry no currency, so they are not valued in text. */
function goalValue(unit: string, value: number): string | null {
  if (unit === 'rate') return formatPercent(value);
  if (unit === 'percent') return `${formatNumber(value)}%`;
  if (unit === 'minutes') return formatDuration(value);
  if (unit === 'count') return formatCount(value);
  if (unit === 'score') return formatNumber(value);
  return null;
}

/** executive.goals: how many goals are on track, and which ones are not. */
const describeGoals = templateOf<GoalsProgressView>((data) => {
  if (data.goals.length === 0) return 'No KPI goals are set yet.';
  const lead = `Of ${countOf(data.goals.length, 'goal')}, ${goalCountWords(data.counts)} ${formatPeriod(data.period)}.`;
  const behind = data.goals
    .filter((goal) => goal.status === 'off_track' || goal.status === 'at_risk')
    .sort((left, right) => (left.status === right.status ? 0 : left.status === 'off_track' ? -1 : 1))
    .slice(0, 3)
    .map((goal) => {
      const now = goal.currentValue === null ? null : goalValue(goal.unit, goal.currentValue);
      return `${bold(goal.name)} ${GOAL_STATUS_WORDS[goal.status]}${now ? ` (now ${now})` : ''}`;
    });
  return behind.length === 0 ? `${lead} Every goal with data is on track.` : `${lead} Needing attention: ${behind.join('; ')}.`;
});

/** csat.summary: the rate with its ratings, the change and the weakest category. */
const describeCsatSummary = templateOf<CsatSummaryView>((data) => {
  const team = data.teamId ? (data.byTeam.find((group) => group.key === data.teamId)?.teamName ?? data.teamId) : null;
  const subject = `CSAT${team ? ` for ${team}` : ''} ${formatPeriod(data.period)}`;
  const { current, previous } = data;
  if (current.rate === null) return `${subject}: no ratings were given.`;
  const ratings = current.good + current.bad;
  const versus = previous.rate === null ? ', with no ratings in the previous period to compare' : `, ${formatPoints((current.rate - previous.rate) * 100)} from ${formatPercent(previous.rate)} the period before`;
  const lead = `${subject} is ${bold(formatPercent(current.rate))} (${formatCount(current.good)} good of ${countOf(ratings, 'rating')})${versus}.`;
  const weakest = data.worstCategories[0];
  if (!weakest || weakest.rate === null) return lead;
  return `${lead} Weakest category: ${humanize(weakest.key)} at ${formatPercent(weakest.rate)} (${formatCount(weakest.good)} good of ${formatCount(weakest.good + weakest.bad)}).`;
});

/** trends.performance: escalations against the previous period, the trend, and what drives the change. */
const describePerformanceTrends = templateOf<PerformanceTrendsView>((data) => {
  const { escalations } = data;
  const change = escalations.change.relative === null ? '' : ` (${formatSignedPercent(escalations.change.relative)})`;
  const share = escalations.rate === null ? '' : `, ${formatPercent(escalations.rate)} of tickets`;
  const slope = escalations.slopePerWeek === null ? '' : ` at ${formatNumber(escalations.slopePerWeek)} per week`;
  const lead = `${bold(countOf(escalations.total, 'escalation'))} ${formatPeriod(data.period)} against ${formatCount(escalations.previousTotal)} in the previous period${change}${share}; the weekly trend is ${escalations.direction}${slope}.`;
  const sentences = [lead];
  const cause = [...data.rootCauses].sort((left, right) => right.shareChange - left.shareChange)[0];
  if (cause && cause.shareChange > 0) sentences.push(`Biggest shift: ${cause.kind} ${humanize(cause.key)}, now ${formatPercent(cause.currentShare)} of escalations (was ${formatPercent(cause.previousShare)}).`);
  const growing = data.topGrowingCategories[0];
  if (growing && growing.current > growing.previous) sentences.push(`Fastest-growing category: ${humanize(growing.category)}, ${countOf(growing.current, 'ticket')} (from ${formatCount(growing.previous)}).`);
  return sentences.join(' ');
});

const BUDGET_WORDS: Readonly<Record<string, string>> = { under_budget: 'under budget', on_budget: 'on budget', over_budget: 'over budget' };

/** support.costs: opex against budget, cost per ticket, and what AI saved. */
const describeSupportCosts = templateOf<SupportCostsView>((data) => {
  const { budget, currency } = data;
  const sentences: string[] = [];
  if (data.coverage === 'team') {
    const team = data.byTeam.find((row) => row.teamId === data.teamId);
    const name = team?.teamName ?? data.teamId ?? 'Your team';
    const perTicket = data.costPerTicketCents === null ? 'has no attributable cost per ticket' : `costs ${bold(formatMoney(data.costPerTicketCents, currency))} per ticket`;
    const handled = team ? ` (${countOf(team.handledTickets, 'ticket')} handled${team.shareOfCost === null ? '' : `, ${formatPercent(team.shareOfCost)} of support cost`})` : '';
    sentences.push(`${name} ${perTicket}${handled} ${formatPeriod(data.period)}.`);
  }
  const opex = `Support opex ${formatPeriod(data.period)} is ${data.coverage === 'team' ? formatMoney(budget.actualCents, currency) : bold(formatMoney(budget.actualCents, currency))}`;
  const usage = budget.utilizationRate === null ? '' : ` (${formatPercent(budget.utilizationRate)} used${BUDGET_WORDS[budget.status] ? `, ${BUDGET_WORDS[budget.status]}` : ''})`;
  const perTicket = data.coverage === 'organisation' && data.costPerTicketCents !== null ? `; ${formatMoney(data.costPerTicketCents, currency)} per ticket handled` : '';
  sentences.push(budget.budgetCents === null ? `${opex}, with no budget set${perTicket}.` : `${opex} against a ${formatMoney(budget.budgetCents, currency)} budget${usage}${perTicket}.`);
  const ai = data.aiRoi.current;
  const net = ai.netSavingsCents === null ? 'savings not estimable' : `net savings ${formatMoney(ai.netSavingsCents, currency)}${ai.roi === null ? '' : ` (ROI ${formatPercent(ai.roi, 0)})`}`;
  sentences.push(`AI resolved ${countOf(ai.aiResolved, 'ticket')}: ${net}.`);
  return sentences.join(' ');
});

export const EXECUTIVE_TEMPLATES: Readonly<Record<string, AnswerTemplate>> = {
  'executive.summary': describeExecutiveSummary,
  'executive.boardMetrics': describeBoardMetrics,
  'executive.goals': describeGoals,
  'csat.summary': describeCsatSummary,
  'trends.performance': describePerformanceTrends,
  'support.costs': describeSupportCosts,
};
