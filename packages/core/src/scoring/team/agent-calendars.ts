import type { Agent } from '../../contracts/agent.js';
import type { BusinessCalendar } from '../../contracts/business-calendar.js';
import type { SupportData } from '../../data/support-data.js';
import { businessSecondsBetween } from '../../sla/business-time.js';

/** Finds each agent's working calendar: their own, else their team's, else the dataset's first. */
export function agentCalendarResolver(data: Pick<SupportData, 'teams' | 'calendars'>): (agent: Agent) => BusinessCalendar | null {
  const calendars = new Map(data.calendars.map((calendar) => [calendar.id, calendar]));
  const teams = new Map(data.teams.map((team) => [team.id, team]));
  const fallback = data.calendars[0] ?? null;
  return (agent) => calendars.get(agent.calendarId ?? '') ?? calendars.get(teams.get(agent.teamId)?.calendarId ?? '') ?? fallback;
}

/**
 * Scheduled business hours of each agent in `[fromMs, toMs)` from their calendar (null without one).
 * Agents sharing a calendar share one computation.
 */
export function scheduledHoursByAgent(
  agents: readonly Agent[],
  calendarOf: (agent: Agent) => BusinessCalendar | null,
  fromMs: number,
  toMs: number,
): Map<string, number | null> {
  const perCalendar = new Map<BusinessCalendar, number>();
  const hours = new Map<string, number | null>();
  for (const agent of agents) {
    const calendar = calendarOf(agent);
    if (!calendar) {
      hours.set(agent.id, null);
      continue;
    }
    let value = perCalendar.get(calendar);
    if (value === undefined) {
      value = businessSecondsBetween(calendar, new Date(fromMs), new Date(toMs)) / 3600;
      perCalendar.set(calendar, value);
    }
    hours.set(agent.id, value);
  }
  return hours;
}
