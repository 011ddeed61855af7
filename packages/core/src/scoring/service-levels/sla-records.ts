import { PRIORITIES, type Priority } from '../../contracts/common.js';
import { SLA_METRICS, type SlaMetric } from '../../contracts/sla-policy.js';
import type { Ticket } from '../../contracts/ticket.js';
import type { SupportData } from '../../data/support-data.js';
import { slaSetupOf, ticketClocks, type SlaSetup } from '../../data/ticket-sla.js';
import type { SlaInstance } from '../../sla/types.js';
import type { ReportWindow } from './report-window.js';
import { matchesSlaFilters, type SlaFilters } from './sla-dashboard-config.js';
import { ticketTimeIndex } from './ticket-time-index.js';

/** The data SLA reports read. */
export type SlaReportData = Pick<SupportData, 'tickets' | 'agents' | 'teams' | 'slaPolicies' | 'calendars'>;

/** How a clock counts toward compliance: breached wins, a closed clock achieved, a running one undecided. */
export const CLOCK_OUTCOMES = ['achieved', 'breached', 'excluded'] as const;
export type ClockOutcome = (typeof CLOCK_OUTCOMES)[number];

/**
 * SLA clocks as rows of typed columns (one row per clock): what the compliance counts read, about 20
 * bytes a clock. `ticketPosition` points into `tickets`; `clockIndex` is the clock's place among its
 * ticket's clocks, to read the rest of it (`clockInstance`).
 */
export interface SlaClockRows {
  count: number;
  tickets: readonly Ticket[];
  ticketPosition: Int32Array;
  clockIndex: Int32Array;
  /** Index into `SLA_METRICS`. */
  metric: Uint8Array;
  /** 0 for none, else the index into `PRIORITIES` plus one. */
  priority: Uint8Array;
  /** Index into `CLOCK_OUTCOMES`. */
  outcome: Uint8Array;
  /** When the clock started, epoch ms. */
  startedMs: Float64Array;
}

export function rowMetric(rows: SlaClockRows, row: number): SlaMetric {
  return SLA_METRICS[rows.metric[row]!]!;
}

export function rowPriority(rows: SlaClockRows, row: number): Priority | null {
  const code = rows.priority[row]!;
  return code === 0 ? null : PRIORITIES[code - 1]!;
}

export function rowTicket(rows: SlaClockRows, row: number): Ticket {
  return rows.tickets[rows.ticketPosition[row]!]!;
}

/** Collects rows one clock at a time. */
export class SlaClockRowsBuilder {
  private readonly ticketPositions: number[] = [];
  private readonly clockIndexes: number[] = [];
  private readonly metrics: number[] = [];
  private readonly priorities: number[] = [];
  private readonly outcomes: number[] = [];
  private readonly starts: number[] = [];

  push(ticketPosition: number, clockIndex: number, metric: SlaMetric, priority: Priority | null, outcome: ClockOutcome, startedMs: number): void {
    this.ticketPositions.push(ticketPosition);
    this.clockIndexes.push(clockIndex);
    this.metrics.push(SLA_METRICS.indexOf(metric));
    this.priorities.push(priority === null ? 0 : PRIORITIES.indexOf(priority) + 1);
    this.outcomes.push(CLOCK_OUTCOMES.indexOf(outcome));
    this.starts.push(startedMs);
  }

  build(tickets: readonly Ticket[]): SlaClockRows {
    return {
      count: this.starts.length,
      tickets,
      ticketPosition: Int32Array.from(this.ticketPositions),
      clockIndex: Int32Array.from(this.clockIndexes),
      metric: Uint8Array.from(this.metrics),
      priority: Uint8Array.from(this.priorities),
      outcome: Uint8Array.from(this.outcomes),
      startedMs: Float64Array.from(this.starts),
    };
  }
}

export interface SlaRecordScope {
  /** The clocks that started in the window, in ticket order then clock order. */
  rows: SlaClockRows;
  ticketsEvaluated: number;
  setup: SlaSetup;
}

/** A clock of the scope as the engine reports it (a new object). */
export function clockInstance(scope: SlaRecordScope, row: number, now: Date): SlaInstance {
  return ticketClocks(rowTicket(scope.rows, row), scope.setup, now).instance(scope.rows.clockIndex[row]!);
}

/**
 * The SLA clocks that started in the window, from the only tickets that can hold one: those created in
 * the window plus those still open (an older open ticket can start a next-reply clock in the window).
 * Solved tickets created before the window are not read, so a next-reply clock they started inside
 * it is missed; that trade keeps a quarter's report from evaluating all history. The scope is remembered
 * for the same tickets, policies, instant, window and filters; treat its rows as read-only.
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
  const rows = new SlaClockRowsBuilder();
  let ticketsEvaluated = 0;
  for (const position of positions) {
    const ticket = index.tickets[position]!;
    if (!matchesSlaFilters(ticket, filters)) continue;
    ticketsEvaluated += 1;
    const clocks = ticketClocks(ticket, setup, now);
    for (let clock = 0; clock < clocks.count; clock += 1) {
      const startedMs = clocks.startedAt(clock) * 1000;
      if (startedMs < window.fromMs || startedMs >= window.toMs) continue;
      const outcome = clocks.breached(clock) ? 'breached' : clocks.state(clock) === 'closed' ? 'achieved' : 'excluded';
      rows.push(position, clock, clocks.metric(clock), clocks.priorityApplied(clock), outcome, startedMs);
    }
  }
  return { rows: rows.build(index.tickets), ticketsEvaluated, setup };
}
