import type { NpsResponse } from '../../contracts/nps-response.js';
import type { SupportData } from '../../data/support-data.js';
import type { GOAL_METRICS } from '../../data/support-settings.js';
import { reportMemo } from '../report-memo.js';
import { median } from '../statistics.js';
import type { ReportWindow } from '../service-levels/report-window.js';
import { OPEN_STATUSES, ticketTimeIndex } from '../service-levels/ticket-time-index.js';
import type { BoardMetrics } from './board-metrics.js';

export type GoalMetric = (typeof GOAL_METRICS)[number];
export type GoalMetricValues = Record<GoalMetric, number | null>;

/**
 * Every goal metric for the board's period and the one before. Rates are 0–1, cost in cents, medians
 * in calendar minutes; NPS −100…100 (the given value, else computed from the period's responses); backlog
 * is the tickets open at the end of each period, rebuilt from creation and solve dates (a ticket open
 * now counts as open since its creation); ARR at risk only as given.
 */
export function goalMetricValues(board: BoardMetrics, data: SupportData, nps: number | undefined): { current: GoalMetricValues; previous: GoalMetricValues } {
  const index = ticketTimeIndex(data.tickets);
  // A scan of every ticket, the same for every report asking about the same instant.
  const backlogAt = (instantMs: number): number =>
    backlogs(index.tickets, String(instantMs), [], () => {
      let open = 0;
      for (let position = 0; position < index.tickets.length; position += 1) {
        if (index.createdMs[position]! > instantMs) continue;
        const ticket = index.tickets[position]!;
        // Open now means open since creation; a solved ticket closed at its solve (or last update).
        const closedMs = OPEN_STATUSES.has(ticket.status) ? Number.POSITIVE_INFINITY : (index.solvedMs(position) ?? index.updatedMs(position));
        if (closedMs > instantMs) open += 1;
      }
      return open;
    });
  const of = (side: 'current' | 'previous', backlog: number, npsValue: number | null): GoalMetricValues => {
    const window = board[side];
    return {
      slaCompliance: window.values.slaCompliance,
      csat: window.values.csat,
      aiResolutionRate: window.values.aiResolutionRate,
      costPerTicket: window.values.costPerTicketCents,
      firstReplyMedianMinutes: rememberedMedian(window.facts.firstReplyMinutes),
      resolutionMedianMinutes: rememberedMedian(window.facts.resolutionMinutes),
      nps: npsValue,
      backlog,
      arrAtRisk: side === 'current' ? (board.arrAtRisk?.valueCents ?? null) : null,
    };
  };
  return {
    current: of('current', backlogAt(board.current.window.toMs), nps ?? npsOf(data.npsResponses, board.current.window)),
    previous: of('previous', backlogAt(board.previous.window.toMs), nps === undefined ? npsOf(data.npsResponses, board.previous.window) : null),
  };
}

const backlogs = reportMemo<number>();
const medians = new WeakMap<readonly number[], { length: number; value: number | null }>();

/** The median of a window's minutes, remembered per list (window facts are remembered per window). */
function rememberedMedian(values: readonly number[]): number | null {
  const remembered = medians.get(values);
  if (remembered && remembered.length === values.length) return remembered.value;
  const value = median(values);
  medians.set(values, { length: values.length, value });
  return value;
}

/** Net Promoter Score of the responses in a window: % promoters (9–10) − % detractors (0–6); null without any. */
export function npsOf(responses: readonly NpsResponse[], window: ReportWindow): number | null {
  return npsScores(responses, `${window.fromMs}|${window.toMs}`, [], () => countNps(responses, window));
}

const npsScores = reportMemo<number | null>();

function countNps(responses: readonly NpsResponse[], window: ReportWindow): number | null {
  let promoters = 0;
  let detractors = 0;
  let count = 0;
  for (const response of responses) {
    const respondedMs = Date.parse(response.respondedAt);
    if (respondedMs < window.fromMs || respondedMs >= window.toMs) continue;
    count += 1;
    if (response.score >= 9) promoters += 1;
    else if (response.score <= 6) detractors += 1;
  }
  return count === 0 ? null : (100 * (promoters - detractors)) / count;
}
