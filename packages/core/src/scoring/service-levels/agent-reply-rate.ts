import type { BusinessCalendar } from '../../contracts/business-calendar.js';
import { businessSecondsBetween } from '../../sla/business-time.js';
import { DAY_MS } from './report-window.js';
import type { SlaReportData } from './sla-records.js';
import type { TicketTimeIndex } from './ticket-time-index.js';

/** How fast an agent has been answering lately. */
export interface AgentReplyRate {
  agentId: string;
  replies: number;
  businessHours: number;
  /** `replies / businessHours`; 0 without business hours. */
  repliesPerBusinessHour: number;
}

/**
 * Public replies per business hour of every agent over the last `days` days. A reply counts for its
 * `actorId`, else for the ticket's assignee; only tickets updated in the window are read. Business hours
 * come from the agent's calendar, else their team's, else the dataset's first, else
 * `fallbackHoursPerDay` per calendar day.
 */
export function agentReplyRates(data: SlaReportData, index: TicketTimeIndex, now: Date, days: number, fallbackHoursPerDay: number): Map<string, AgentReplyRate> {
  const fromMs = now.getTime() - days * DAY_MS;
  const toMs = now.getTime();
  const agentIds = new Set(data.agents.map((agent) => agent.id));
  const replies = new Map<string, number>();
  for (let position = 0; position < index.tickets.length; position += 1) {
    if (index.updatedMs(position) < fromMs) continue;
    const ticket = index.tickets[position]!;
    for (const event of ticket.events) {
      if (event.type !== 'agent_reply') continue;
      const agentId = event.actorId ?? ticket.assigneeId;
      if (agentId === null || !agentIds.has(agentId)) continue;
      const atMs = Date.parse(event.at);
      if (atMs >= fromMs && atMs < toMs) replies.set(agentId, (replies.get(agentId) ?? 0) + 1);
    }
  }
  const calendars = new Map(data.calendars.map((calendar) => [calendar.id, calendar]));
  const teams = new Map(data.teams.map((team) => [team.id, team]));
  const hoursByCalendar = new Map<BusinessCalendar | undefined, number>();
  const hoursOf = (calendar: BusinessCalendar | undefined): number => {
    let hours = hoursByCalendar.get(calendar);
    if (hours === undefined) {
      hours = calendar ? businessSecondsBetween(calendar, new Date(fromMs), new Date(toMs)) / 3600 : days * fallbackHoursPerDay;
      hoursByCalendar.set(calendar, hours);
    }
    return hours;
  };
  const rates = new Map<string, AgentReplyRate>();
  for (const agent of data.agents) {
    const calendar = calendars.get(agent.calendarId ?? '') ?? calendars.get(teams.get(agent.teamId)?.calendarId ?? '') ?? data.calendars[0];
    const businessHours = hoursOf(calendar);
    const count = replies.get(agent.id) ?? 0;
    rates.set(agent.id, { agentId: agent.id, replies: count, businessHours, repliesPerBusinessHour: businessHours > 0 ? count / businessHours : 0 });
  }
  return rates;
}
