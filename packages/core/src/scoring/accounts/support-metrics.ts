import type { SlaSetup } from '../../data/ticket-sla.js';
import { shrunkRate } from '../statistics.js';
import type { AccountSlices } from './account-index.js';
import type { HealthConfig } from './health-config.js';
import { isOpenStatus, isPastSla, statusAt } from './ticket-state.js';
import { DAY_MS, roundTo } from './time-windows.js';
import { type MetricMeasurement, measurement, missingMeasurement } from './types.js';
import { countOf } from './wording.js';

/** Support counts of one account at `asOf`, before the portfolio context (segment median, global CSAT) is known. */
export interface SupportFacts {
  /** Tickets created in the ticket-load window (90 d). */
  ticketsInLoadWindow: number;
  csatGood: number;
  csatBad: number;
  /** Open urgent/high tickets past SLA, plus escalated tickets created in the window, each counted once. */
  escalationCount: number;
  openPastSlaCount: number;
  escalatedCount: number;
}

export interface SupportMeasurements {
  facts: SupportFacts;
  escalations: MetricMeasurement;
  ticketSentiment: MetricMeasurement;
}

/**
 * Ticket counts, escalations and sentiment of one account at `asOfMs` in one pass over its tickets.
 * Only the account's open urgent/high tickets are run through the SLA engine. `explain` false skips the sentences.
 */
export function measureSupport(slices: AccountSlices, asOfMs: number, config: HealthConfig, slaSetup: SlaSetup | null, explain = true): SupportMeasurements {
  const { windows } = config;
  // Each window is (asOf − days, asOf]; tickets are sorted by creation, so later ones stop the loop.
  const loadFrom = asOfMs - windows.ticketLoadDays * DAY_MS;
  const csatFrom = asOfMs - windows.csatDays * DAY_MS;
  const escalationFrom = asOfMs - windows.escalationDays * DAY_MS;
  const sentimentFrom = asOfMs - windows.sentimentDays * DAY_MS;
  let ticketsInLoadWindow = 0;
  let csatGood = 0;
  let csatBad = 0;
  let openPastSlaCount = 0;
  let escalatedCount = 0;
  let sentimentTriaged = 0;
  let sentimentNegative = 0;
  for (const entry of slices.tickets) {
    const createdAtMs = entry.createdAtMs;
    if (createdAtMs > asOfMs) break;
    if (createdAtMs > loadFrom) ticketsInLoadWindow += 1;
    const ratedAtMs = entry.ratedAtMs;
    if (ratedAtMs !== null && ratedAtMs > csatFrom && ratedAtMs <= asOfMs) {
      if (entry.csatGood) csatGood += 1;
      else csatBad += 1;
    }
    if (createdAtMs > escalationFrom && entry.escalated) escalatedCount += 1;
    else if (slaSetup !== null && entry.urgentOrHigh && isOpenStatus(statusAt(entry, asOfMs)) && isPastSla(entry.ticket, slaSetup, asOfMs)) openPastSlaCount += 1;
    if (entry.negativeSentiment !== null && createdAtMs > sentimentFrom) {
      sentimentTriaged += 1;
      if (entry.negativeSentiment) sentimentNegative += 1;
    }
  }
  const escalationCount = openPastSlaCount + escalatedCount;
  const escalations = measurement(
    escalationCount,
    'count',
    explain ? `${countOf(openPastSlaCount, 'open urgent/high ticket')} past SLA and ${countOf(escalatedCount, 'escalation')} in ${windows.escalationDays} days${slaSetup ? '' : ' (no SLA policy: breaches not counted)'}` : null,
  );
  const ticketSentiment: MetricMeasurement =
    sentimentTriaged === 0
      ? missingMeasurement('rate', explain ? `no triaged ticket in ${windows.sentimentDays} days` : null)
      : measurement(sentimentNegative / sentimentTriaged, 'rate', explain ? `${sentimentNegative} of ${countOf(sentimentTriaged, 'ticket')} negative in ${windows.sentimentDays} days` : null);
  return { facts: { ticketsInLoadWindow, csatGood, csatBad, escalationCount, openPastSlaCount, escalatedCount }, escalations, ticketSentiment };
}

/** Tickets per 10 active users in the load window; null without active users. */
export function ticketsPerTenUsers(facts: SupportFacts, activeUsers: number | null): number | null {
  return activeUsers === null || activeUsers === 0 ? null : (facts.ticketsInLoadWindow * 10) / activeUsers;
}

/** Ticket load as a multiple of the segment median; missing when the median is 0 or unknown. */
export function measureTicketLoad(perTenUsers: number | null, segmentMedian: number | null, config: HealthConfig, explain = true): MetricMeasurement {
  if (perTenUsers === null) return missingMeasurement('ratio', explain ? 'no active users to normalise by' : null);
  if (segmentMedian === null || segmentMedian <= 0) return missingMeasurement('ratio', explain ? 'segment median ticket load is 0 or unknown' : null);
  const ratio = perTenUsers / segmentMedian;
  return measurement(ratio, 'ratio', explain ? `${roundTo(perTenUsers, 2)} tickets per 10 active users in ${config.windows.ticketLoadDays} days, ${roundTo(ratio, 2)}× the segment median` : null);
}

/** CSAT `good / (good + bad)` shrunk toward the global rate with strength m; missing without ratings. */
export function measureSupportCsat(facts: SupportFacts, globalRate: number | null, config: HealthConfig, explain = true): MetricMeasurement {
  const rated = facts.csatGood + facts.csatBad;
  if (rated === 0) return missingMeasurement('rate', explain ? `no CSAT rating in ${config.windows.csatDays} days` : null);
  const raw = facts.csatGood / rated;
  const adjusted = globalRate === null ? raw : shrunkRate(facts.csatGood, rated, globalRate, config.csatShrinkStrength);
  const detail = explain ? `${facts.csatGood} of ${countOf(rated, 'rating')} good (${Math.round(raw * 100)}%), ${Math.round(adjusted * 100)}% adjusted toward the ${Math.round((globalRate ?? raw) * 100)}% average` : null;
  return measurement(adjusted, 'rate', detail);
}
