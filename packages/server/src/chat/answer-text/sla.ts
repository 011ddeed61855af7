import type { TicketRow } from '@supportai/core';
import { bold, countOf, formatCount, formatDuration, formatHorizon, formatPercent, formatPeriod, humanize, listInWords, slaMetricName } from './format.js';
import { templateOf, type AnswerTemplate } from './template.js';
import { ticketLabel } from './tickets.js';

interface ComplianceView {
  achieved: number;
  breached: number;
  rate: number | null;
  targetRate: number;
}

export interface SlaDashboardView {
  period: { label: string | null; from: string; to: string };
  clocks: number;
  overall: ComplianceView;
  byMetric: (ComplianceView & { metric: string })[];
  byPriority: { key: string | null; overall: ComplianceView }[];
  byTeam: { key: string | null; name: string | null }[];
  filters: { teamId: string | null; priority: string | null };
  breachCount: number;
  causes: { cause: string; breaches: number; share: number }[];
}

export interface SlaAtRiskView {
  horizonHours: number;
  filters: { priority: string | null; ticketId: string | null };
  tickets: { ticket: TicketRow; metric: string; remainingCalendarMinutes: number; probability: number | null; basis: string }[];
  counts: { high: number; medium: number; low: number; unknown: number };
}

const CAUSE_WORDS: Readonly<Record<string, string>> = {
  unassigned: 'tickets left unassigned',
  waitingOnCustomer: 'waiting on the customer',
  onHold: 'tickets on hold',
  assigneeOverloaded: 'overloaded assignees',
  createdOutsideBusinessHours: 'tickets created outside business hours',
  unattributed: 'no single attributable cause',
};

/** sla.performance: compliance against target, by metric, with the breaches and where they fall. */
const describeSlaPerformance = templateOf<SlaDashboardView>((data) => {
  const { overall } = data;
  const team = data.filters.teamId ? (data.byTeam.find((group) => group.key === data.filters.teamId)?.name ?? data.filters.teamId) : null;
  const scope = [team, data.filters.priority ? `${data.filters.priority} priority` : null].filter((part): part is string => part !== null);
  const subject = `SLA compliance${scope.length > 0 ? ` for ${scope.join(', ')}` : ''} ${formatPeriod(data.period)}`;
  if (overall.rate === null) return `${subject}: no SLA clock was decided yet (${countOf(data.clocks, 'clock')} started), so there is no rate to report.`;
  const metrics = data.byMetric.filter((metric) => metric.rate !== null).map((metric) => `${slaMetricName(metric.metric)} ${formatPercent(metric.rate ?? 0)}`);
  const lead = `${subject} is ${bold(formatPercent(overall.rate))} against a ${formatPercent(overall.targetRate)} target${metrics.length > 0 ? ` (${metrics.join(', ')})` : ''}.`;
  if (data.breachCount === 0) return `${lead} No clock breached.`;
  const worstPriority = [...data.byPriority].sort((left, right) => right.overall.breached - left.overall.breached)[0];
  // Filtered to one priority, "most in urgent tickets" would only repeat the filter.
  const where = !data.filters.priority && worstPriority && worstPriority.key && worstPriority.overall.breached > 0 ? `, most in ${worstPriority.key}-priority tickets (${formatCount(worstPriority.overall.breached)})` : '';
  const topCause = [...data.causes].sort((left, right) => right.breaches - left.breaches)[0];
  const cause = topCause && topCause.breaches > 0 && topCause.cause !== 'unattributed' ? ` The leading cause is ${CAUSE_WORDS[topCause.cause] ?? humanize(topCause.cause)} (${formatPercent(topCause.share, 0)} of breaches).` : '';
  return `${lead} ${countOf(data.breachCount, 'breach', 'breaches')}${where}.${cause}`;
});

/** sla.atRisk: the open tickets whose SLA may breach within the horizon, riskiest first. */
const describeSlaAtRisk = templateOf<SlaAtRiskView>((data) => {
  const horizon = `in the next ${formatHorizon(data.horizonHours)}`;
  const priority = data.filters.priority ? `${data.filters.priority}-priority ` : '';
  if (data.tickets.length === 0) {
    return data.filters.ticketId ? `Ticket ${bold(data.filters.ticketId)} has no SLA clock due ${horizon}.` : `No ${priority}tickets are at risk of breaching ${horizon}.`;
  }
  const bands = [`${formatCount(data.counts.high)} high`, `${formatCount(data.counts.medium)} medium`, `${formatCount(data.counts.low)} low`];
  if (data.counts.unknown > 0) bands.push(`${formatCount(data.counts.unknown)} not yet estimable`);
  const lead = `${bold(countOf(data.tickets.length, `${priority}ticket`))} could breach SLA ${horizon}: ${listInWords(bands)} risk.`;
  const [riskiest] = data.tickets;
  if (!riskiest) return lead;
  const metric = slaMetricName(riskiest.metric);
  const timing = riskiest.basis === 'already_breached' || riskiest.remainingCalendarMinutes < 0 ? `${metric} already overdue by ${formatDuration(riskiest.remainingCalendarMinutes)}` : `${metric} due in ${formatDuration(riskiest.remainingCalendarMinutes)}`;
  const chance = riskiest.probability === null ? '' : `, ${formatPercent(riskiest.probability, 0)} chance of breach`;
  const owner = riskiest.ticket.assigneeName ? `, ${riskiest.ticket.assigneeName}` : ', unassigned';
  return `${lead} Riskiest: ${ticketLabel(riskiest.ticket)} (${timing}${chance}${owner}).`;
});

export const SLA_TEMPLATES: Readonly<Record<string, AnswerTemplate>> = {
  'sla.performance': describeSlaPerformance,
  'sla.atRisk': describeSlaAtRisk,
};
