import type { SupportData } from '../../data/support-data.js';
import type { ReportWindow } from '../service-levels/report-window.js';
import { ticketTimeIndex } from '../service-levels/ticket-time-index.js';
import { aiResolutionOutcome } from './ai-resolution.js';
import type { BoardMetricsConfig } from './board-metrics-config.js';
import { reportMemo } from '../report-memo.js';
import { loadedHourlyCost } from './handle-time.js';

/** One team's share of the period's support cost. */
export interface TeamCost {
  /** Null for tickets without a team. */
  teamId: string | null;
  /** Tickets solved in the period. */
  handledTickets: number;
  humanResolvedTickets: number;
  /** Human work on them: measured handle time per ticket, else public replies × minutes per reply. */
  workHours: number;
  /** `workHours × the team's mean agent hourly cost` (the overall mean when the team has none). */
  laborCostCents: number;
  /** Opex split by the teams' labour cost (by handled tickets when no labour was recorded). */
  allocatedOpexCents: number;
  costPerTicketCents: number | null;
  /** This team's share of all labour cost, 0–1. */
  shareOfCost: number;
}

/**
 * Opex per team for a window: each team's labour (human work hours × its agents' mean hourly cost), then
 * the prorated opex split in proportion to labour, divided by the team's handled tickets.
 */
export function costsByTeam(data: SupportData, now: Date, window: ReportWindow, opexCents: number, config: BoardMetricsConfig): TeamCost[] {
  const key = [now.getTime(), window.fromMs, window.toMs, opexCents, config.aiRecontactDays, config.averageHandleMinutes, config.minutesPerReply].join('|');
  // Rows are copied out, so a caller changing its report cannot change the next one.
  return teamCosts(data.tickets, key, [data.agents, data.settings], () => computeCostsByTeam(data, now, window, opexCents, config)).map((row) => ({ ...row }));
}

const teamCosts = reportMemo<TeamCost[]>();

function computeCostsByTeam(data: SupportData, now: Date, window: ReportWindow, opexCents: number, config: BoardMetricsConfig): TeamCost[] {
  const currency = data.settings.costs.currency;
  const overallHourly = loadedHourlyCost(data.agents, currency).cents ?? 0;
  const rows = new Map<string | null, TeamCost>();
  const index = ticketTimeIndex(data.tickets);
  for (let position = 0; position < index.tickets.length; position += 1) {
    const ticket = index.tickets[position]!;
    if (ticket.solvedAt === null || index.createdMs[position]! >= window.toMs) continue;
    const solvedMs = index.solvedMs(position);
    if (solvedMs === null || solvedMs < window.fromMs || solvedMs >= window.toMs) continue;
    let row = rows.get(ticket.teamId);
    if (!row) {
      row = { teamId: ticket.teamId, handledTickets: 0, humanResolvedTickets: 0, workHours: 0, laborCostCents: 0, allocatedOpexCents: 0, costPerTicketCents: null, shareOfCost: 0 };
      rows.set(ticket.teamId, row);
    }
    row.handledTickets += 1;
    const aiOnly = ticket.resolvedBy === 'ai' && aiResolutionOutcome(ticket, solvedMs, now.getTime(), config.aiRecontactDays) !== 'recontacted';
    if (aiOnly) continue;
    row.humanResolvedTickets += 1;
    const replies = ticket.events.reduce((total, event) => total + (event.type === 'agent_reply' ? 1 : 0), 0);
    row.workHours += (config.averageHandleMinutes ?? replies * config.minutesPerReply) / 60;
  }
  const teamHourly = new Map<string | null, number>();
  for (const row of rows.values()) {
    const hourly = row.teamId === null ? null : loadedHourlyCost(data.agents.filter((agent) => agent.teamId === row.teamId), currency).cents;
    teamHourly.set(row.teamId, hourly ?? overallHourly);
    row.laborCostCents = row.workHours * teamHourly.get(row.teamId)!;
  }
  const list = [...rows.values()];
  const totalLabor = list.reduce((total, row) => total + row.laborCostCents, 0);
  const totalHandled = list.reduce((total, row) => total + row.handledTickets, 0);
  for (const row of list) {
    row.shareOfCost = totalLabor > 0 ? row.laborCostCents / totalLabor : row.handledTickets / totalHandled;
    row.allocatedOpexCents = opexCents * row.shareOfCost;
    row.costPerTicketCents = row.handledTickets === 0 ? null : row.allocatedOpexCents / row.handledTickets;
  }
  return list.sort((left, right) => right.allocatedOpexCents - left.allocatedOpexCents || String(left.teamId).localeCompare(String(right.teamId)));
}
