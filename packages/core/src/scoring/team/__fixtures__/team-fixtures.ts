// Small hand-built datasets for the team analytics tests. Not exported from the package.
import type { Agent } from '../../../contracts/agent.js';
import type { BusinessCalendar } from '../../../contracts/business-calendar.js';
import type { Priority, TicketStatus } from '../../../contracts/common.js';
import type { SlaPolicy } from '../../../contracts/sla-policy.js';
import type { Ticket } from '../../../contracts/ticket.js';
import type { TicketEvent } from '../../../contracts/ticket-event.js';
import type { SupportData } from '../../../data/support-data.js';

/** Monday 2026-03-16 12:00 UTC: the `now` of every test unless it says otherwise. */
export const NOW = new Date('2026-03-16T12:00:00Z');

/** An instant `minutes` after (or before, when negative) another. */
export function plus(instant: string | Date, minutes: number): string {
  return new Date(new Date(instant).getTime() + minutes * 60_000).toISOString();
}

/** An instant `days` (fractional allowed) before `NOW`. */
export function daysAgo(days: number): string {
  return plus(NOW, -days * 1440);
}

export function agent(id: string, extra: Partial<Agent> = {}): Agent {
  return { id, name: id.replace(/^agent-/, '').replace(/^./, (letter) => letter.toUpperCase()), teamId: 'team-a', skills: [], capacity: 10, timezone: 'UTC', hourlyCost: { amountCents: 4000, currency: 'USD' }, ...extra };
}

/** 09:00–17:00 UTC Monday to Friday. */
export const NINE_TO_FIVE: BusinessCalendar & { id: string } = {
  id: 'cal-utc',
  timezone: 'UTC',
  weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
};

/** Calendar-time first reply (60 min) and resolution (1 day) for every priority. */
export const CALENDAR_POLICY: SlaPolicy & { id: string } = {
  id: 'sla-calendar',
  targets: [
    { metric: 'firstReply', targetMinutes: 60 },
    { metric: 'resolution', targetMinutes: 1440 },
  ],
};

export interface TicketSpec {
  id: string;
  createdAt: string;
  assigneeId?: string | null;
  teamId?: string | null;
  priority?: Priority;
  channel?: Ticket['channel'];
  category?: string;
  status?: TicketStatus;
  /** Minutes after creation of each public agent reply (by the assignee). */
  replies?: number[];
  /** Minutes after creation of each customer follow-up. */
  customerMessages?: number[];
  /** Minutes after creation of the solve; the ticket is solved when given. */
  solvedAfter?: number;
  /** Minutes after creation when the solved ticket was reopened (then solved again at `solvedAfter`). */
  reopenedAt?: { solvedAt: number; reopenedAt: number };
  csat?: 'good' | 'bad';
  csatAssigneeId?: string | null;
  tags?: string[];
  escalated?: boolean;
  resolvedBy?: Ticket['resolvedBy'];
  /** Extra events appended as given. */
  extraEvents?: TicketEvent[];
  /** Leave out the timeline entirely (fields only). */
  noEvents?: boolean;
}

/** A ticket with a consistent timeline: created, assigned, replies, optional reopen, solve. */
export function ticket(spec: TicketSpec): Ticket {
  const assigneeId = spec.assigneeId === undefined ? 'agent-ann' : spec.assigneeId;
  const at = (minutes: number) => plus(spec.createdAt, minutes);
  const events: TicketEvent[] = [{ type: 'created', at: spec.createdAt, by: 'customer' }];
  if (assigneeId) events.push({ type: 'assignment', at: spec.createdAt, assigneeId });
  for (const minutes of spec.replies ?? []) events.push({ type: 'agent_reply', at: at(minutes), ...(assigneeId ? { actorId: assigneeId } : {}) });
  for (const minutes of spec.customerMessages ?? []) events.push({ type: 'customer_message', at: at(minutes) });
  if (spec.reopenedAt) {
    events.push({ type: 'status', at: at(spec.reopenedAt.solvedAt), to: 'solved' });
    events.push({ type: 'status', at: at(spec.reopenedAt.reopenedAt), to: 'open' });
  }
  if (spec.solvedAfter !== undefined) events.push({ type: 'status', at: at(spec.solvedAfter), to: 'solved' });
  events.push(...(spec.extraEvents ?? []));
  events.sort((left, right) => Date.parse(left.at) - Date.parse(right.at));
  const solved = spec.solvedAfter !== undefined;
  const solvedAt = solved ? at(spec.solvedAfter!) : null;
  return {
    id: spec.id,
    subject: `Ticket ${spec.id}`,
    description: '',
    status: spec.status ?? (solved ? 'solved' : 'open'),
    priority: spec.priority ?? 'normal',
    channel: spec.channel ?? 'email',
    category: spec.category ?? 'general',
    accountId: 'account-1',
    requesterId: 'customer-1',
    assigneeId,
    teamId: spec.teamId === undefined ? 'team-a' : spec.teamId,
    tags: spec.tags ?? [],
    createdAt: spec.createdAt,
    updatedAt: solvedAt ?? spec.createdAt,
    solvedAt,
    events: spec.noEvents ? [] : events,
    links: [],
    resolvedBy: solved ? (spec.resolvedBy ?? 'human') : null,
    csat: spec.csat && solvedAt ? { rating: spec.csat, ratedAt: plus(solvedAt, 60), ...(spec.csatAssigneeId !== undefined ? { assigneeIdAtRating: spec.csatAssigneeId } : {}) } : null,
    ...(spec.escalated !== undefined ? { escalated: spec.escalated } : {}),
  };
}

/** A dataset around the given tickets and agents, with one team on the given calendar and policy. */
export function dataset(parts: { tickets: Ticket[]; agents: Agent[]; calendars?: SupportData['calendars']; slaPolicies?: SupportData['slaPolicies']; teams?: SupportData['teams'] }): SupportData {
  const calendars = parts.calendars ?? [NINE_TO_FIVE];
  const slaPolicies = parts.slaPolicies ?? [CALENDAR_POLICY];
  return {
    tickets: parts.tickets,
    agents: parts.agents,
    teams: parts.teams ?? [{ id: 'team-a', name: 'Team A', ...(calendars[0] ? { calendarId: calendars[0].id } : {}), ...(slaPolicies[0] ? { slaPolicyId: slaPolicies[0].id } : {}) }],
    accounts: [],
    usage: [],
    npsResponses: [],
    kbArticles: [],
    calendars,
    slaPolicies,
    meetings: [],
    settings: { costs: { currency: 'USD', monthlyOpexCents: 0, aiPricePerResolutionCents: 0, aiPlatformFeeMonthlyCents: 0 }, goals: [] },
  };
}
