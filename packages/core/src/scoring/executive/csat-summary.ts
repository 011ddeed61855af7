import type { SupportData } from '../../data/support-data.js';
import { shrunkRate, wilsonInterval } from '../statistics.js';
import { describeWindow, isInWindow, previousWindow, resolveReportWindow, type ReportPeriod, type ReportPeriodInput } from '../service-levels/report-window.js';
import { ticketTimeIndex } from '../service-levels/ticket-time-index.js';
import { creditedAgentIdOf } from '../team/csat-credits.js';
import { changeBetween, percentOf, type MetricChange } from './metric-change.js';

/**
 * Defaults of the CSAT summary. Worst categories need `worstCategoryMinRatings` (5) ratings and are
 * ranked by their rate shrunk toward the period's overall rate with `shrinkageStrength` (10) pseudo-ratings,
 * so one bad rating does not top the list (SCORING §3.2).
 */
export const DEFAULT_CSAT_SUMMARY_CONFIG = {
  version: 'csat-summary/1',
  /** @default 30 */
  defaultPeriodDays: 30,
  /** @default 5 */
  worstCategoriesLimit: 5,
  /** @default 5 */
  worstCategoryMinRatings: 5,
  /** @default 10 */
  shrinkageStrength: 10,
  /** @default 10 */
  recentCommentsLimit: 10,
};

export type CsatSummaryConfig = typeof DEFAULT_CSAT_SUMMARY_CONFIG;

const SENTIMENTS = ['positive', 'neutral', 'negative', 'very_negative', 'unknown'] as const;

export interface CsatCounts {
  good: number;
  bad: number;
  /** `good / (good + bad)`; null without ratings. */
  rate: number | null;
  /** Lower bound of the 95 % Wilson interval of the rate. */
  rateLowerBound: number | null;
}

export interface CsatGroup extends CsatCounts {
  key: string;
}

export interface CsatSummaryInput {
  data: Pick<SupportData, 'tickets'>;
  now: Date;
  /** @default the last 30 days ending at `now` */
  period?: ReportPeriodInput;
  /** Only ratings of one team's or one agent's (assignee at rating, else current assignee) tickets. */
  filters?: { teamId?: string; agentId?: string };
  config?: Partial<CsatSummaryConfig>;
}

export interface CsatSummary {
  configVersion: string;
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  current: CsatCounts;
  previous: CsatCounts;
  change: MetricChange;
  byChannel: CsatGroup[];
  byCategory: CsatGroup[];
  byTeam: CsatGroup[];
  worstCategories: (CsatGroup & { shrunkRate: number })[];
  /** Tickets created in the period by triage sentiment, in a fixed order (`unknown` when none was recorded). */
  sentiment: { sentiment: (typeof SENTIMENTS)[number]; tickets: number; share: number }[];
  recentBadComments: { ticketId: string; ratedAt: string; comment: string; category: string; assigneeId: string | null }[];
  explanation: string;
}

/**
 * Customer satisfaction for a period (intent `csat.summary`): good/bad counts by rating date, compared with
 * the previous period, by channel, category and team, the worst categories, sentiment and recent bad comments.
 * @example csatSummary({ data, now }).current.rate // 0.91
 */
export function csatSummary(input: CsatSummaryInput): CsatSummary {
  const config: CsatSummaryConfig = { ...DEFAULT_CSAT_SUMMARY_CONFIG, ...input.config };
  const window = resolveReportWindow(input.period, input.now, config.defaultPeriodDays);
  const before = previousWindow(window);
  const index = ticketTimeIndex(input.data.tickets);
  const filters = input.filters ?? {};
  const current = tally();
  const previous = tally();
  const groups = { channel: new Map<string, CsatCounts>(), category: new Map<string, CsatCounts>(), team: new Map<string, CsatCounts>() };
  const badComments: CsatSummary['recentBadComments'] = [];
  const sentimentCounts = new Map<string, number>();
  let inbound = 0;

  for (let position = 0; position < index.tickets.length; position += 1) {
    const ticket = index.tickets[position]!;
    if (filters.teamId !== undefined && ticket.teamId !== filters.teamId) continue;
    if (filters.agentId !== undefined && creditedAgentIdOf(ticket) !== filters.agentId) continue;
    if (index.createdMs[position]! >= window.toMs) continue;
    if (isInWindow(window, index.createdMs[position]!)) {
      inbound += 1;
      const sentiment = ticket.sentiment ?? 'unknown';
      sentimentCounts.set(sentiment, (sentimentCounts.get(sentiment) ?? 0) + 1);
    }
    const csat = ticket.csat;
    if (!csat) continue;
    const ratedMs = index.ratedMs(position);
    if (isInWindow(before, ratedMs)) count(previous, csat.rating);
    if (!isInWindow(window, ratedMs)) continue;
    count(current, csat.rating);
    count(groupOf(groups.channel, ticket.channel), csat.rating);
    count(groupOf(groups.category, ticket.category), csat.rating);
    count(groupOf(groups.team, ticket.teamId ?? 'none'), csat.rating);
    if (csat.rating === 'bad' && csat.comment) {
      badComments.push({ ticketId: ticket.id, ratedAt: csat.ratedAt, comment: csat.comment, category: ticket.category, assigneeId: creditedAgentIdOf(ticket) });
    }
  }

  for (const counts of [current, previous, ...groups.channel.values(), ...groups.category.values(), ...groups.team.values()]) finish(counts);
  const byCategory = listed(groups.category);
  const prior = current.rate ?? 0.5;
  const worstCategories = byCategory
    .filter((group) => group.good + group.bad >= config.worstCategoryMinRatings)
    .map((group) => ({ ...group, shrunkRate: shrunkRate(group.good, group.good + group.bad, prior, config.shrinkageStrength) }))
    .sort((left, right) => left.shrunkRate - right.shrunkRate || right.bad - left.bad)
    .slice(0, config.worstCategoriesLimit);

  return {
    configVersion: config.version,
    period: describeWindow(window),
    previousPeriod: describeWindow(before),
    current,
    previous,
    change: changeBetween(current.rate, previous.rate),
    byChannel: listed(groups.channel),
    byCategory,
    byTeam: listed(groups.team),
    worstCategories,
    sentiment: inbound === 0 ? [] : SENTIMENTS.map((sentiment) => ({ sentiment, tickets: sentimentCounts.get(sentiment) ?? 0, share: (sentimentCounts.get(sentiment) ?? 0) / inbound })),
    recentBadComments: badComments.sort((left, right) => Date.parse(right.ratedAt) - Date.parse(left.ratedAt)).slice(0, config.recentCommentsLimit),
    explanation: explain(current, previous, worstCategories[0]),
  };
}

function tally(): CsatCounts {
  return { good: 0, bad: 0, rate: null, rateLowerBound: null };
}

function count(counts: CsatCounts, rating: 'good' | 'bad'): void {
  counts[rating] += 1;
}

function groupOf(groups: Map<string, CsatCounts>, key: string): CsatCounts {
  let counts = groups.get(key);
  if (!counts) groups.set(key, (counts = tally()));
  return counts;
}

function finish(counts: CsatCounts): void {
  const total = counts.good + counts.bad;
  counts.rate = total === 0 ? null : counts.good / total;
  counts.rateLowerBound = wilsonInterval(counts.good, total)?.lower ?? null;
}

/** Groups with the most ratings first. */
function listed(groups: Map<string, CsatCounts>): CsatGroup[] {
  return [...groups].map(([key, counts]) => ({ key, ...counts })).sort((left, right) => right.good + right.bad - (left.good + left.bad) || left.key.localeCompare(right.key));
}

function explain(current: CsatCounts, previous: CsatCounts, worst: CsatGroup | undefined): string {
  if (current.rate === null) return 'No satisfaction ratings were given in this period.';
  let sentence = `CSAT was ${percentOf(current.rate)}% (${current.good} good of ${current.good + current.bad} ratings)`;
  sentence += previous.rate === null ? '.' : `, against ${percentOf(previous.rate)}% in the previous period.`;
  if (worst) sentence += ` The weakest category is ${worst.key} at ${percentOf(worst.rate!)}% over ${worst.good + worst.bad} ratings.`;
  return sentence;
}
