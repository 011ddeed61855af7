import type { AccountSegment } from '../../contracts/account.js';
import { median } from '../statistics.js';
import type { AccountSlices } from './account-index.js';
import type { HealthConfig } from './health-config.js';
import { DAY_MS } from './time-windows.js';

/** Portfolio-wide references some metrics are relative to. */
export interface HealthContext {
  /** Median tickets per 10 active users per segment (over accounts with active users). */
  segmentTicketLoadMedian: Partial<Record<AccountSegment, number | null>>;
  /** Good / rated over every account's CSAT in the window; the prior the account's CSAT is shrunk toward. */
  globalCsatRate: number | null;
}

/** Active users over the window: the largest count among snapshots whose last day falls in `(asOf − days, asOf]`. */
export function activeUsersInWindow(slices: AccountSlices, asOfMs: number, days: number): number | null {
  const from = asOfMs - days * DAY_MS;
  let activeUsers: number | null = null;
  for (let position = slices.usage.length - 1; position >= 0; position -= 1) {
    const entry = slices.usage[position]!;
    if (entry.endMs <= from) break;
    if (entry.endMs <= asOfMs) activeUsers = Math.max(activeUsers ?? 0, entry.snapshot.activeUsers);
  }
  return activeUsers;
}

/**
 * The segment medians of ticket load and the global CSAT rate at `asOfMs`, in one allocation-free pass
 * over the accounts (the same definitions as the ticket-load and CSAT metrics).
 */
export function healthContextAt(accounts: readonly AccountSlices[], asOfMs: number, config: HealthConfig): HealthContext {
  const loadFrom = asOfMs - config.windows.ticketLoadDays * DAY_MS;
  const csatFrom = asOfMs - config.windows.csatDays * DAY_MS;
  const loads = new Map<AccountSegment, number[]>();
  let good = 0;
  let rated = 0;
  for (const slices of accounts) {
    let tickets = 0;
    for (const entry of slices.tickets) {
      if (entry.createdAtMs > asOfMs) break;
      if (entry.createdAtMs > loadFrom) tickets += 1;
      if (entry.ratedAtMs !== null && entry.ratedAtMs > csatFrom && entry.ratedAtMs <= asOfMs) {
        rated += 1;
        if (entry.csatGood) good += 1;
      }
    }
    const activeUsers = activeUsersInWindow(slices, asOfMs, config.windows.activeUsersDays);
    if (!activeUsers) continue;
    const segment = slices.account.segment;
    const list = loads.get(segment);
    if (list) list.push((tickets * 10) / activeUsers);
    else loads.set(segment, [(tickets * 10) / activeUsers]);
  }
  const segmentTicketLoadMedian: HealthContext['segmentTicketLoadMedian'] = {};
  for (const [segment, values] of loads) segmentTicketLoadMedian[segment] = median(values);
  return { segmentTicketLoadMedian, globalCsatRate: rated === 0 ? null : good / rated };
}
