import type { Agent } from '../../contracts/agent.js';
import type { BusinessCalendar } from '../../contracts/business-calendar.js';
import type { SupportData } from '../../data/support-data.js';
import { businessSecondsBetween } from '../../sla/business-time.js';
import { median } from '../statistics.js';
import { agentCalendarResolver } from './agent-calendars.js';
import type { LocalDay } from './local-weeks.js';

/** Scheduled agent-hours per day of a week, summed over the agents. */
export interface AgentCapacityHours {
  hoursByDay: number[];
  /** Agents scheduled for any time that day. */
  agentsByDay: number[];
  /** Median hours of a scheduled agent-day (the unit of the staffing advice). */
  hoursPerAgentDay: number;
  /** Agents without any calendar, counted at the default hours Monday to Friday. */
  agentsWithoutCalendar: number;
}

const WORKDAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri']);

/**
 * Each agent's scheduled business hours per day from their calendar (their own, else their team's,
 * else the dataset's first) with `businessSecondsBetween`; holidays count as closed. Agents sharing a
 * calendar share one computation. With no calendar at all, `defaultHoursPerDay` Monday to Friday.
 */
export function agentCapacityHours(
  data: Pick<SupportData, 'teams' | 'calendars'>,
  agents: readonly Agent[],
  days: readonly LocalDay[],
  defaultHoursPerDay: number,
): AgentCapacityHours {
  const calendarOf = agentCalendarResolver(data);
  const perCalendar = new Map<BusinessCalendar, number[]>();
  const hoursByDay = days.map(() => 0);
  const agentsByDay = days.map(() => 0);
  const agentDayHours: number[] = [];
  let agentsWithoutCalendar = 0;
  for (const agent of agents) {
    const calendar = calendarOf(agent);
    let hours: number[];
    if (calendar) {
      hours = perCalendar.get(calendar) ?? days.map((day) => businessSecondsBetween(calendar, new Date(day.startMs), new Date(day.endMs)) / 3600);
      perCalendar.set(calendar, hours);
    } else {
      agentsWithoutCalendar += 1;
      hours = days.map((day) => (WORKDAYS.has(day.weekday) ? defaultHoursPerDay : 0));
    }
    hours.forEach((value, day) => {
      hoursByDay[day]! += value;
      if (value > 0) {
        agentsByDay[day]! += 1;
        agentDayHours.push(value);
      }
    });
  }
  return { hoursByDay, agentsByDay, hoursPerAgentDay: median(agentDayHours) ?? defaultHoursPerDay, agentsWithoutCalendar };
}
