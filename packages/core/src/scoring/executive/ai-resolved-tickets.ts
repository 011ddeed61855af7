import type { SupportData } from '../../data/support-data.js';
import {
  bucketIndexOf,
  describeWindow,
  resolveReportWindow,
  trendBuckets,
  trendGranularity,
  type ReportPeriod,
  type ReportPeriodInput,
  type TrendBucket,
  type TrendGranularity,
} from '../service-levels/report-window.js';
import { ticketTimeIndex } from '../service-levels/ticket-time-index.js';
import { aiResolutionOutcome } from './ai-resolution.js';
import { boardConfigOf, type BoardMetricsConfig } from './board-metrics-config.js';

export interface AiResolvedTicketsInput {
  data: Pick<SupportData, 'tickets'>;
  now: Date;
  /** @default the last 30 days ending at `now` */
  period?: ReportPeriodInput;
  /** Only tickets assigned to this agent ("for me"). */
  agentId?: string;
  teamId?: string;
  config?: Partial<Pick<BoardMetricsConfig, 'aiRecontactDays' | 'defaultPeriodDays'>>;
}

export interface AiResolvedTickets {
  configVersion: string;
  period: ReportPeriod;
  /** AI solves in the period without human recontact (verified + provisional). */
  count: number;
  verified: number;
  /** Still inside the recontact window, so they may yet drop out. */
  provisional: number;
  /** AI solves left out because a human was needed within the window. */
  recontactedExcluded: number;
  /** The counted tickets, latest solve first. */
  ticketIds: string[];
  /** Every ticket solved in the period (by AI or a human), with the same filters: the board's "tickets handled". */
  solvedCount: number;
  /** `count / solvedCount`: the AI's share of the solves (the board's AI resolution rate divides by tickets created instead); null when nothing was solved. */
  shareOfSolved: number | null;
  perBucket: { granularity: TrendGranularity; buckets: (TrendBucket & { count: number })[] };
  explanation: string;
}

/**
 * AI resolutions in a period, optionally for one assignee or team (intent `ai.resolved`: "how many tickets
 * did AI resolve for me today?"). Uses the board's rule: no customer message or agent reply within 7 days.
 * @example aiResolvedTickets({ data, now, agentId: 'agent-7', period: today }).count // 4
 */
export function aiResolvedTickets(input: AiResolvedTicketsInput): AiResolvedTickets {
  const config = boardConfigOf(input.config);
  const window = resolveReportWindow(input.period, input.now, config.defaultPeriodDays);
  const granularity = trendGranularity(window, 31);
  const { buckets, sizeMs } = trendBuckets(window, granularity);
  const counts = buckets.map(() => 0);
  const index = ticketTimeIndex(input.data.tickets);
  const counted: { ticketId: string; solvedMs: number }[] = [];
  let provisional = 0;
  let recontacted = 0;
  let solved = 0;
  for (let position = 0; position < index.tickets.length; position += 1) {
    const ticket = index.tickets[position]!;
    if (ticket.solvedAt === null || index.createdMs[position]! >= window.toMs) continue;
    if (input.agentId !== undefined && ticket.assigneeId !== input.agentId) continue;
    if (input.teamId !== undefined && ticket.teamId !== input.teamId) continue;
    const solvedMs = index.solvedMs(position);
    if (solvedMs === null || solvedMs < window.fromMs || solvedMs >= window.toMs) continue;
    solved += 1;
    if (ticket.resolvedBy !== 'ai') continue;
    const outcome = aiResolutionOutcome(ticket, solvedMs, input.now.getTime(), config.aiRecontactDays);
    if (outcome === 'recontacted') {
      recontacted += 1;
      continue;
    }
    if (outcome === 'provisional') provisional += 1;
    counted.push({ ticketId: ticket.id, solvedMs });
    counts[bucketIndexOf(window, sizeMs, solvedMs)]! += 1;
  }
  counted.sort((left, right) => right.solvedMs - left.solvedMs || left.ticketId.localeCompare(right.ticketId));
  const who = input.agentId === undefined ? '' : ` on tickets assigned to ${input.agentId}`;
  return {
    configVersion: config.version,
    period: describeWindow(window),
    count: counted.length,
    verified: counted.length - provisional,
    provisional,
    recontactedExcluded: recontacted,
    ticketIds: counted.map((entry) => entry.ticketId),
    solvedCount: solved,
    shareOfSolved: solved === 0 ? null : counted.length / solved,
    perBucket: { granularity, buckets: buckets.map((bucket, position) => ({ ...bucket, count: counts[position]! })) },
    explanation: `AI resolved ${counted.length} tickets${who} in the period (${provisional} still inside the ${config.aiRecontactDays}-day recontact window); ${recontacted} AI solves needed a human and are not counted.`,
  };
}
