import type { Weekday } from '../../contracts/business-calendar.js';
import type { SupportData } from '../../data/support-data.js';
import { agentCapacityHours } from './capacity-hours.js';
import { demandHistory } from './demand-history.js';
import { forecastDemand } from './demand-forecast.js';
import { localDays, mondayOf } from './local-weeks.js';
import { recommendStaffing, ticketEffort, type StaffingRecommendation, type TicketEffort } from './staffing.js';
import { resolveTeamScoringConfig, type CapacityConfig } from './team-config.js';
import { teamScopeOf, type TeamQueryOptions } from './team-scope.js';
import { indexTickets } from './ticket-index.js';

/** One day of next week: expected demand against scheduled capacity, in agent-hours. */
export interface CapacityDay {
  date: string;
  weekday: Weekday;
  averageTickets: number;
  forecastTickets: number;
  demandHours: number;
  capacityHours: number;
  /** `demandHours − capacityHours`: positive is a shortfall. */
  gapHours: number;
  scheduledAgents: number;
}

/** Team capacity against forecast demand for next week (Monday to Sunday in the team's zone). */
export interface CapacityForecast {
  configVersion: string;
  teamId: string | null;
  asOf: string;
  timezone: string;
  nextWeek: { from: string; to: string };
  history: { weeksUsed: number; weekStarts: string[]; weeklyTicketTotals: number[] };
  trend: { slopeTicketsPerWeek: number | null; factor: number; bounded: boolean };
  effort: TicketEffort;
  days: CapacityDay[];
  week: { forecastTickets: number; demandHours: number; capacityHours: number; gapHours: number; utilisationRate: number | null };
  recommendation: StaffingRecommendation;
  thresholds: Pick<CapacityConfig, 'maxWeeks' | 'minWeeks' | 'trendBounds' | 'targetUtilisationRate' | 'overstaffedUtilisationRate'>;
}

/**
 * Next week's demand (seasonal-naive by weekday over the last 4–8 complete weeks, times a trend),
 * converted to agent-hours, against the agents' scheduled business hours from their calendars.
 * @example capacityForecast(data, { now, teamId: 'team-billing' }).recommendation // { status: 'understaffed', agentDays: 3, … }
 */
export function capacityForecast(data: SupportData, options: TeamQueryOptions): CapacityForecast {
  const config = resolveTeamScoringConfig(options.config);
  const settings = config.capacity;
  const scope = teamScopeOf(data, options.teamId);
  const index = indexTickets(data.tickets);
  const teamCalendarId = data.teams.find((team) => team.id === scope.teamId)?.calendarId;
  const timezone = (data.calendars.find((calendar) => calendar.id === teamCalendarId) ?? data.calendars[0])?.timezone ?? 'UTC';
  const history = demandHistory(index, scope, timezone, options.now.getTime(), settings.maxWeeks);
  const demand = forecastDemand(history.weeks, settings.trendBounds);
  const effort = ticketEffort(data, index, scope, options.now, config.performance.windowDays, settings);
  const nextDays = localDays(timezone, mondayOf(timezone, options.now.getTime()) + 7, 7);
  const capacity = agentCapacityHours(data, scope.agents, nextDays, settings.hoursPerAgentDay);
  const days = nextDays.map((day, weekday): CapacityDay => {
    const forecastTickets = demand.forecastByWeekday[weekday]!;
    const demandHours = (forecastTickets * effort.minutesPerTicket) / 60;
    const capacityHours = capacity.hoursByDay[weekday]!;
    const scheduledAgents = capacity.agentsByDay[weekday]!;
    const averageTickets = demand.averageByWeekday[weekday]!;
    return { date: day.date, weekday: day.weekday, averageTickets, forecastTickets, demandHours, capacityHours, gapHours: demandHours - capacityHours, scheduledAgents };
  });
  const total = (pick: (day: CapacityDay) => number) => days.reduce((sum, day) => sum + pick(day), 0);
  const demandHours = total((day) => day.demandHours);
  const capacityHours = total((day) => day.capacityHours);
  const week = {
    forecastTickets: total((day) => day.forecastTickets),
    demandHours,
    capacityHours,
    gapHours: demandHours - capacityHours,
    utilisationRate: capacityHours > 0 ? demandHours / capacityHours : null,
  };
  return {
    configVersion: config.version,
    teamId: scope.teamId,
    asOf: options.now.toISOString(),
    timezone,
    nextWeek: { from: new Date(nextDays[0]!.startMs).toISOString(), to: new Date(nextDays[6]!.endMs).toISOString() },
    history: { weeksUsed: history.weeksUsed, weekStarts: history.weekStarts, weeklyTicketTotals: demand.weeklyTotals },
    trend: { slopeTicketsPerWeek: demand.slopeTicketsPerWeek, factor: demand.trendFactor, bounded: demand.trendBounded },
    effort,
    days,
    week,
    recommendation: recommendStaffing(week, history.weeksUsed, capacity.hoursPerAgentDay, effort.minutesPerTicket, settings),
    thresholds: {
      maxWeeks: settings.maxWeeks,
      minWeeks: settings.minWeeks,
      trendBounds: settings.trendBounds,
      targetUtilisationRate: settings.targetUtilisationRate,
      overstaffedUtilisationRate: settings.overstaffedUtilisationRate,
    },
  };
}
