import type { Ticket } from '../../contracts/ticket.js';
import type { SupportData } from '../../data/support-data.js';
import { slaSetupOf, type SlaSetup } from '../../data/ticket-sla.js';
import { evaluateTicketAt } from './evaluation-cache.js';
import type { SlaComplianceRecord } from '../../sla/compliance.js';
import type { SlaInstance } from '../../sla/types.js';
import type { ReportWindow } from './report-window.js';
import { matchesSlaFilters, type SlaFilters } from './sla-dashboard-config.js';
import { ticketTimeIndex } from './ticket-time-index.js';

/** The data SLA reports read. */
export type SlaReportData = Pick<SupportData, 'tickets' | 'agents' | 'teams' | 'slaPolicies' | 'calendars'>;

/** An SLA clock with the ticket it belongs to, groupable by `slaComplianceBy`. */
export interface SlaTicketRecord extends SlaComplianceRecord {
  ticket: Ticket;
  instance: SlaInstance;
  /** `instance.startedAt` in epoch ms. */
  startedMs: number;
}

export interface SlaRecordScope {
  records: SlaTicketRecord[];
  ticketsEvaluated: number;
  setup: SlaSetup;
}

/**
 * The SLA clocks that started in the window, from the only tickets that can hold one: those created in
 * the window plus those still open (an older open ticket can start a next-reply clock in the window).
 * Solved tickets created before the window are not read, so a next-reply clock they started inside
 * it is missed; that trade keeps a quarter's report from evaluating all history. The scope is remembered
 * for the same tickets, policies, instant, window and filters; treat its records as read-only.
 */
export function collectSlaRecords(data: SlaReportData, now: Date, window: ReportWindow, filters?: SlaFilters): SlaRecordScope {
  const key = [now.getTime(), window.fromMs, window.toMs, filters?.teamId, filters?.priority, filters?.agentId].join('|');
  const recent = recentScopes.get(data.tickets) ?? [];
  const hit = recent.find((entry) => entry.key === key && entry.policies === data.slaPolicies && entry.calendars === data.calendars && entry.teams === data.teams);
  if (hit) return hit.scope;
  const scope = collect(data, now, window, filters);
  recent.unshift({ key, policies: data.slaPolicies, calendars: data.calendars, teams: data.teams, scope });
  recentScopes.set(data.tickets, recent.slice(0, RECENT_SCOPES));
  return scope;
}

/** How many scopes to remember per ticket list: a dashboard asks for a few periods at one instant. */
const RECENT_SCOPES = 8;

interface RememberedScope {
  key: string;
  policies: SlaReportData['slaPolicies'];
  calendars: SlaReportData['calendars'];
  teams: SlaReportData['teams'];
  scope: SlaRecordScope;
}

/** The last scopes built per ticket list, so reports run together (board, summary, goals) share them. */
const recentScopes = new WeakMap<readonly Ticket[], RememberedScope[]>();

function collect(data: SlaReportData, now: Date, window: ReportWindow, filters: SlaFilters | undefined): SlaRecordScope {
  const setup = slaSetupOf(data);
  const index = ticketTimeIndex(data.tickets);
  const positions = index.createdIn(window);
  const seen = new Set(positions);
  for (const position of index.openPositions) {
    if (!seen.has(position) && index.createdMs[position]! < window.toMs) positions.push(position);
  }
  const records: SlaTicketRecord[] = [];
  let ticketsEvaluated = 0;
  for (const position of positions) {
    const ticket = index.tickets[position]!;
    if (!matchesSlaFilters(ticket, filters)) continue;
    ticketsEvaluated += 1;
    for (const instance of evaluateTicketAt(ticket, setup, now).instances) {
      const startedMs = Date.parse(instance.startedAt);
      if (startedMs < window.fromMs || startedMs >= window.toMs) continue;
      records.push({ ticket, instance, startedMs, teamId: ticket.teamId, agentId: ticket.assigneeId });
    }
  }
  return { records, ticketsEvaluated, setup };
}
