import type { Priority } from '../../contracts/common.js';
import type { SlaMetric } from '../../contracts/sla-policy.js';

/**
 * Defaults of the SLA dashboard. Override any field per call.
 * - `defaultTargetRate` 0.9: the compliance a metric should reach when `targetRates` names none for it
 *   (90 % is a common starting SLA attainment goal; set your contract's figure).
 * - `dailyTrendUpToDays` 31: periods up to a month trend by day, longer ones by week.
 * - `overloadThreshold` 1.0: an assignee whose open tickets exceed their capacity counts as overloaded
 *   when attributing breach causes (SCORING §4.2 `load > 1`).
 */
export const DEFAULT_SLA_DASHBOARD_CONFIG = {
  version: 'sla-dashboard/1',
  /** @default 30 */
  defaultPeriodDays: 30,
  /** @default 0.9 */
  defaultTargetRate: 0.9,
  /** Target compliance per metric, 0–1. @default {} */
  targetRates: {} as Partial<Record<SlaMetric, number>>,
  /** @default 10 */
  topBreachesLimit: 10,
  /** @default 31 */
  dailyTrendUpToDays: 31,
  /** @default 1 */
  overloadThreshold: 1,
};

export type SlaDashboardConfig = typeof DEFAULT_SLA_DASHBOARD_CONFIG;

/** Narrow a report to one team, one priority (the ticket's current one) or one assignee. */
export interface SlaFilters {
  teamId?: string;
  priority?: Priority;
  agentId?: string;
}

/** Whether a ticket passes the filters. */
export function matchesSlaFilters(ticket: { teamId: string | null; priority: Priority; assigneeId: string | null }, filters: SlaFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.teamId !== undefined && ticket.teamId !== filters.teamId) return false;
  if (filters.priority !== undefined && ticket.priority !== filters.priority) return false;
  if (filters.agentId !== undefined && ticket.assigneeId !== filters.agentId) return false;
  return true;
}
