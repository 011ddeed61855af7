import type { SupportData } from '../../data/support-data.js';
import { median } from '../statistics.js';
import { decimal } from './format.js';
import { presorted } from './presort.js';
import { measureSolvedTicket } from './solved-ticket-measures.js';
import type { CapacityConfig } from './team-config.js';
import { DAY_MS, optionalSlaSetup, ticketInScope, type TeamScope } from './team-scope.js';
import type { TicketIndex } from './ticket-index.js';

/** Agent minutes one ticket takes, and where the figure came from. */
export interface TicketEffort {
  minutesPerTicket: number;
  basis: 'configured' | 'median_handle_over_capacity' | 'none';
  medianHandleMinutes: number | null;
  medianCapacity: number | null;
}

export type StaffingStatus = 'understaffed' | 'overstaffed' | 'balanced' | 'insufficient_data';

export interface StaffingRecommendation {
  status: StaffingStatus;
  /** Agent-days to add (under-staffed) or that could go to other work (over-staffed); 0 otherwise. */
  agentDays: number;
  hoursPerAgentDay: number;
  reason: string;
}

/**
 * Agent minutes per ticket: `handleMinutesPerTicket` when configured, else the median handle time
 * (agent work time) of the scope's tickets solved in the last `windowDays`, divided by the median
 * concurrent capacity: a ticket occupies one of an agent's `capacity` slots while it is worked.
 */
export function ticketEffort(data: SupportData, index: TicketIndex, scope: TeamScope, now: Date, windowDays: number, settings: CapacityConfig): TicketEffort {
  const medianCapacity = median(scope.agents.map((agent) => agent.capacity));
  if (settings.handleMinutesPerTicket !== undefined) {
    return { minutesPerTicket: settings.handleMinutesPerTicket, basis: 'configured', medianHandleMinutes: null, medianCapacity };
  }
  const setup = optionalSlaSetup(data);
  const handles: number[] = [];
  const [first, end] = index.solvedByTime.range(now.getTime() - windowDays * DAY_MS, now.getTime());
  for (let rank = first; rank < end; rank += 1) {
    const ticket = index.solvedByTime.ticket(rank);
    if (ticket.resolvedBy === 'ai' || !ticketInScope(ticket, scope)) continue;
    const handle = measureSolvedTicket(ticket, setup, now)?.handleMinutes;
    if (handle !== null && handle !== undefined) handles.push(handle);
  }
  const medianHandleMinutes = median(presorted(handles));
  if (medianHandleMinutes === null || medianCapacity === null) return { minutesPerTicket: 0, basis: 'none', medianHandleMinutes, medianCapacity };
  return { minutesPerTicket: medianHandleMinutes / medianCapacity, basis: 'median_handle_over_capacity', medianHandleMinutes, medianCapacity };
}

/**
 * Under-staffed when demand needs more than the schedule at the target utilisation (add
 * `ceil(shortfall / hoursPerAgentDay)` agent-days); over-staffed when demand fills less than the
 * over-staffed share of it (`floor(spare / hoursPerAgentDay)` agent-days could go elsewhere).
 */
export function recommendStaffing(
  week: { forecastTickets: number; demandHours: number; capacityHours: number },
  weeksUsed: number,
  hoursPerAgentDay: number,
  minutesPerTicket: number,
  settings: CapacityConfig,
): StaffingRecommendation {
  const summary =
    `about ${Math.round(week.forecastTickets)} tickets expected next week, needing ${Math.round(week.demandHours)} agent-hours ` +
    `at ${decimal(minutesPerTicket, 0)} min per ticket, against ${Math.round(week.capacityHours)} scheduled hours`;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (weeksUsed < settings.minWeeks) {
    const reason = `Only ${plural(weeksUsed, 'complete week')} of history (need ${settings.minWeeks}); ${summary}.`;
    return { status: 'insufficient_data', agentDays: 0, hoursPerAgentDay, reason };
  }
  const requiredHours = week.demandHours / settings.targetUtilisationRate;
  if (requiredHours > week.capacityHours) {
    const agentDays = Math.ceil((requiredHours - week.capacityHours) / hoursPerAgentDay);
    const reason = `Under-staffed: ${summary}; add about ${plural(agentDays, 'agent-day')} to stay under ${Math.round(settings.targetUtilisationRate * 100)}% utilisation.`;
    return { status: 'understaffed', agentDays, hoursPerAgentDay, reason };
  }
  const agentDays = Math.floor((week.capacityHours - requiredHours) / hoursPerAgentDay);
  if (week.demandHours < week.capacityHours * settings.overstaffedUtilisationRate && agentDays > 0) {
    return { status: 'overstaffed', agentDays, hoursPerAgentDay, reason: `Over-staffed: ${summary}; about ${plural(agentDays, 'agent-day')} could go to other work.` };
  }
  return { status: 'balanced', agentDays: 0, hoursPerAgentDay, reason: `Balanced: ${summary}.` };
}
