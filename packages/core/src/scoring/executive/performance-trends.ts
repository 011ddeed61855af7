import type { Ticket } from '../../contracts/ticket.js';
import type { SupportData } from '../../data/support-data.js';
import { kendallTau, theilSenSlope } from '../statistics.js';
import { bucketIndexOf, describeWindow, previousWindow, resolveReportWindow, trendBuckets, type ReportPeriod, type ReportPeriodInput, type TrendBucket } from '../service-levels/report-window.js';
import { ticketTimeIndex } from '../service-levels/ticket-time-index.js';
import { escalationRootCauses, isEscalated, type EscalationRootCause } from './escalation-root-causes.js';
import { changeBetween, type MetricChange } from './metric-change.js';
import { DEFAULT_TRENDS_CONFIG, type TrendsConfig } from './trends-config.js';

export interface PerformanceTrendsInput {
  data: Pick<SupportData, 'tickets'>;
  now: Date;
  /** @default the last 91 days (13 weeks) ending at `now` */
  period?: ReportPeriodInput;
  filters?: { teamId?: string };
  config?: Partial<TrendsConfig>;
}

export interface PerformanceTrends {
  configVersion: string;
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  /** Weeks counted from the period start; the last may be partial. */
  weeks: TrendBucket[];
  escalations: {
    perWeek: number[];
    total: number;
    previousTotal: number;
    /** `total` against `previousTotal`. */
    change: MetricChange;
    /** Escalated share of the period's tickets, 0–1. */
    rate: number | null;
    /** Theil–Sen slope in escalations per week, over whole weeks. */
    slopePerWeek: number | null;
    kendallTau: number | null;
    direction: 'rising' | 'falling' | 'flat';
  };
  /** The busiest categories' tickets per week; the rest as `other`. */
  categoriesByWeek: { category: string; perWeek: number[]; total: number }[];
  topGrowingCategories: { category: string; current: number; previous: number; change: MetricChange }[];
  rootCauses: EscalationRootCause[];
  explanation: string;
}

/**
 * Escalation and category trends (intent `trends.performance`): escalations per week with a robust slope,
 * tickets per category and week, the fastest-growing categories and the likely root causes of escalations.
 * @example performanceTrends({ data, now }).escalations.direction // 'rising'
 */
export function performanceTrends(input: PerformanceTrendsInput): PerformanceTrends {
  const config: TrendsConfig = { ...DEFAULT_TRENDS_CONFIG, ...input.config };
  const window = resolveReportWindow(input.period, input.now, config.defaultPeriodDays);
  const before = previousWindow(window);
  const index = ticketTimeIndex(input.data.tickets);
  const { buckets: weeks, sizeMs } = trendBuckets(window, 'week');
  const keep = (position: number) => input.filters?.teamId === undefined || index.tickets[position]!.teamId === input.filters.teamId;
  const current = index.createdIn(window).filter(keep);
  const previous = index.createdIn(before).filter(keep);

  const escalationsPerWeek = weeks.map(() => 0);
  const categoryWeeks = new Map<string, number[]>();
  const escalatedNow: Ticket[] = [];
  for (const position of current) {
    const ticket = index.tickets[position]!;
    const week = bucketIndexOf(window, sizeMs, index.createdMs[position]!);
    let perWeek = categoryWeeks.get(ticket.category);
    if (!perWeek) categoryWeeks.set(ticket.category, (perWeek = weeks.map(() => 0)));
    perWeek[week]! += 1;
    if (isEscalated(ticket, config.escalationTags)) {
      escalationsPerWeek[week]! += 1;
      escalatedNow.push(ticket);
    }
  }
  const escalatedBefore = previous.map((position) => index.tickets[position]!).filter((ticket) => isEscalated(ticket, config.escalationTags));

  const wholeWeeks = escalationsPerWeek.filter((_, week) => !weeks[week]!.partial);
  const slopePerWeek = theilSenSlope(wholeWeeks);
  const tau = kendallTau(wholeWeeks);
  const direction = slopePerWeek === null || tau === null ? 'flat' : slopePerWeek > 0 && tau >= config.trendTauThreshold ? 'rising' : slopePerWeek < 0 && tau <= -config.trendTauThreshold ? 'falling' : 'flat';

  const previousByCategory = new Map<string, number>();
  for (const position of previous) previousByCategory.set(index.tickets[position]!.category, (previousByCategory.get(index.tickets[position]!.category) ?? 0) + 1);
  const totals = [...categoryWeeks]
    .map(([category, perWeek]) => ({ category, perWeek, total: perWeek.reduce((sum, count) => sum + count, 0) }))
    .sort((left, right) => right.total - left.total || left.category.localeCompare(right.category));

  const escalations = {
    perWeek: escalationsPerWeek,
    total: escalatedNow.length,
    previousTotal: escalatedBefore.length,
    change: changeBetween(escalatedNow.length, escalatedBefore.length),
    rate: current.length === 0 ? null : escalatedNow.length / current.length,
    slopePerWeek,
    kendallTau: tau,
    direction,
  } as const;
  const rootCauses = escalationRootCauses(escalatedNow, escalatedBefore, config);
  return {
    configVersion: config.version,
    period: describeWindow(window),
    previousPeriod: describeWindow(before),
    weeks,
    escalations,
    categoriesByWeek: withOther(totals, config.weeklyCategories, weeks.length),
    topGrowingCategories: totals
      .map(({ category, total }) => ({ category, current: total, previous: previousByCategory.get(category) ?? 0, change: changeBetween(total, previousByCategory.get(category) ?? 0) }))
      .filter((row) => row.current > row.previous)
      .sort((left, right) => right.change.absolute! - left.change.absolute! || relativeRise(right) - relativeRise(left) || left.category.localeCompare(right.category))
      .slice(0, config.growthLimit),
    rootCauses,
    explanation: explain(escalations, rootCauses[0]),
  };
}

/** A category new this period has no relative rise; rank it above every finite one. */
function relativeRise(row: { change: MetricChange }): number {
  return row.change.relative ?? Number.MAX_VALUE;
}

function withOther(totals: PerformanceTrends['categoriesByWeek'], limit: number, weekCount: number): PerformanceTrends['categoriesByWeek'] {
  if (totals.length <= limit) return totals;
  const other = { category: 'other', perWeek: Array<number>(weekCount).fill(0), total: 0 };
  for (const row of totals.slice(limit)) {
    row.perWeek.forEach((count, week) => (other.perWeek[week]! += count));
    other.total += row.total;
  }
  return [...totals.slice(0, limit), other];
}

function explain(escalations: PerformanceTrends['escalations'], topCause: EscalationRootCause | undefined): string {
  let sentence = `${escalations.total} escalations in the period (${escalations.previousTotal} in the previous one), ${escalations.direction}`;
  if (escalations.slopePerWeek !== null) sentence += ` at ${Math.round(escalations.slopePerWeek * 10) / 10} per week`;
  sentence += '.';
  if (topCause) {
    const what = topCause.kind === 'category' ? 'Category' : 'Tag';
    sentence += ` ${what} ${topCause.key} grew from ${Math.round(topCause.previousShare * 100)}% to ${Math.round(topCause.currentShare * 100)}% of escalations.`;
  }
  return sentence;
}
