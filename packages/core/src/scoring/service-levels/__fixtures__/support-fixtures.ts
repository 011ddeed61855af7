// Tiny builders for the SLA and executive report tests. Not exported from the package.
import type { Agent } from '../../../contracts/agent.js';
import type { BusinessCalendar } from '../../../contracts/business-calendar.js';
import type { SlaPolicy } from '../../../contracts/sla-policy.js';
import type { Team } from '../../../contracts/team.js';
import type { Ticket } from '../../../contracts/ticket.js';
import type { TicketEvent } from '../../../contracts/ticket-event.js';
import type { SupportData } from '../../../data/support-data.js';
import type { SupportSettings } from '../../../data/support-settings.js';

/** Monday 2026-03-02 00:00 UTC: hour 0 of every fixture. */
export const T0_MS = Date.UTC(2026, 2, 2);

/** The ISO instant `hours` after T0 (negative for before). */
export function at(hours: number): string {
  return new Date(T0_MS + hours * 3_600_000).toISOString();
}

export function atDate(hours: number): Date {
  return new Date(T0_MS + hours * 3_600_000);
}

export const ALWAYS_OPEN: BusinessCalendar & { id: string } = {
  id: 'cal-24x7',
  timezone: 'UTC',
  weekly: Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => [day, [['00:00', '24:00']]])),
};

export const NINE_TO_FIVE: BusinessCalendar & { id: string } = {
  id: 'cal-9-5',
  timezone: 'UTC',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [['09:00', '17:00']]])),
};

/** First reply in 60 calendar minutes, resolution in 24 h, for every priority. */
export const BASIC_POLICY: SlaPolicy & { id: string } = {
  id: 'sla-basic',
  targets: [
    { metric: 'firstReply', targetMinutes: 60 },
    { metric: 'resolution', targetMinutes: 1440 },
  ],
};

/** A ticket event placed `hour` hours after the ticket's creation. */
export type EventAtHour = TicketEvent extends infer Event ? (Event extends TicketEvent ? Omit<Event, 'at'> & { hour: number } : never) : never;

export interface TicketSpec extends Partial<Omit<Ticket, 'events' | 'createdAt' | 'solvedAt'>> {
  /** Hours after T0. */
  createdHour: number;
  /** Hours after creation of each public agent reply. */
  replyHours?: number[];
  /** Hours after creation of each customer message. */
  customerHours?: number[];
  /** Hours after creation of the solve (adds a `solved` status event and `solvedAt`). */
  solvedHour?: number;
  /** Extra events, `at` in hours after creation. */
  extraEvents?: EventAtHour[];
  replyActorId?: string;
}

/** A ticket whose timeline is written in hours after its creation. */
export function makeTicket(id: string, spec: TicketSpec): Ticket {
  const { createdHour, replyHours = [], customerHours = [], solvedHour, extraEvents = [], replyActorId, ...fields } = spec;
  const offset = (hours: number) => at(createdHour + hours);
  const later: TicketEvent[] = [
    ...replyHours.map((hours): TicketEvent => ({ type: 'agent_reply', at: offset(hours), ...(replyActorId ? { actorId: replyActorId } : {}) })),
    ...customerHours.map((hours): TicketEvent => ({ type: 'customer_message', at: offset(hours) })),
    ...extraEvents.map(({ hour, ...event }) => ({ ...event, at: offset(hour) }) as TicketEvent),
    ...(solvedHour === undefined ? [] : [{ type: 'status', at: offset(solvedHour), to: 'solved' } as TicketEvent]),
  ].sort((left, right) => Date.parse(left.at) - Date.parse(right.at));
  const events: TicketEvent[] = [{ type: 'created', at: at(createdHour), by: 'customer' }, ...later];
  return {
    id,
    subject: `Subject ${id}`,
    description: '',
    status: solvedHour === undefined ? 'open' : 'solved',
    priority: 'normal',
    channel: 'email',
    category: 'general',
    accountId: 'acc-1',
    requesterId: `req-${id}`,
    assigneeId: null,
    teamId: null,
    tags: [],
    createdAt: at(createdHour),
    updatedAt: events[events.length - 1]!.at,
    solvedAt: solvedHour === undefined ? null : offset(solvedHour),
    links: [],
    resolvedBy: solvedHour === undefined ? null : 'human',
    csat: null,
    ...fields,
    events,
  };
}

export function makeAgent(id: string, fields: Partial<Agent> = {}): Agent {
  return { id, name: `Agent ${id}`, teamId: 'team-1', skills: [], capacity: 5, timezone: 'UTC', hourlyCost: { amountCents: 4000, currency: 'USD' }, ...fields };
}

export const DEFAULT_SETTINGS: SupportSettings = {
  costs: { currency: 'USD', monthlyOpexCents: 3_043_750, aiPricePerResolutionCents: 100, aiPlatformFeeMonthlyCents: 0 },
  goals: [],
};

/** A dataset with a 24/7 calendar, the basic policy and one team unless given. */
export function makeData(fields: Partial<SupportData> & { tickets: Ticket[] }): SupportData {
  const teams: Team[] = [{ id: 'team-1', name: 'Team one' }];
  return {
    agents: [],
    teams,
    accounts: [],
    usage: [],
    npsResponses: [],
    kbArticles: [],
    calendars: [ALWAYS_OPEN],
    slaPolicies: [BASIC_POLICY],
    meetings: [],
    settings: DEFAULT_SETTINGS,
    ...fields,
  };
}
