import type * as z from 'zod';
import { addBusinessSeconds, businessSecondsBetween } from '../../sla/business-time.js';
import type { BusinessCalendar } from '../../contracts/business-calendar.js';
import type { AnswerContext } from '../answer-context.js';
import type { MeetingListPayloadSchema, MeetingProposalPayloadSchema } from '../payloads/assist-payloads.js';
import { findByName } from './find-by-name.js';

const DAY = 86_400_000;

/** meetings.today: the viewer's meetings in the asked period, by default the rest of today (UTC day). */
export function buildMeetingsToday(context: AnswerContext): z.infer<typeof MeetingListPayloadSchema> {
  const from = context.params.period ? new Date(context.params.period.from) : new Date(Math.floor(context.now.getTime() / DAY) * DAY);
  const to = context.params.period ? new Date(context.params.period.to) : new Date(from.getTime() + DAY);
  const meetings = context.scope.meetings
    .filter((meeting) => Date.parse(meeting.startsAt) >= from.getTime() && Date.parse(meeting.startsAt) < to.getTime())
    .sort((left, right) => left.startsAt.localeCompare(right.startsAt))
    .map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      accountId: meeting.accountId ?? null,
      accountName: meeting.accountId ? (context.scope.accountById.get(meeting.accountId)?.name ?? null) : null,
      attendeeIds: meeting.attendeeIds,
      minutesUntilStart: Math.round((Date.parse(meeting.startsAt) - context.now.getTime()) / 60_000),
    }));
  return { from: from.toISOString(), to: to.toISOString(), meetings };
}

/** Lead times: a 1-on-1 from tomorrow; business reviews at least 21 days out (exec calendars, SCORING §7). */
export const MEETING_DEFAULTS = { oneOnOneMinutes: 30, reviewMinutes: 60, callMinutes: 30, reviewLeadDays: 21, slotCount: 3 } as const;

/**
 * meetings.schedule: proposes free slots inside business hours (the team calendar) that clash with none
 * of the attendees' meetings. Nothing is booked: the answer waits for a confirmation.
 */
export function buildMeetingsSchedule(context: AnswerContext, reviewCandidates: (context: AnswerContext) => { accountId: string; reasons: string[] }[] = () => []): z.infer<typeof MeetingProposalPayloadSchema> {
  const { scope, params } = context;
  const agent = findByName(scope.agents, params.agentName);
  const named = findByName(scope.accounts, params.accountName);
  const isReview = !agent && !named;
  const kind = agent ? 'one_on_one' : isReview ? 'qbr' : 'call';
  const durationMinutes = agent ? MEETING_DEFAULTS.oneOnOneMinutes : isReview ? MEETING_DEFAULTS.reviewMinutes : MEETING_DEFAULTS.callMinutes;
  const accounts = named
    ? [{ accountId: named.id, accountName: named.name, reasons: ['named in the request'] }]
    : isReview
      ? reviewCandidates(context)
          .slice(0, params.limit ?? 5)
          .map((candidate) => ({ accountId: candidate.accountId, accountName: scope.accountById.get(candidate.accountId)?.name ?? candidate.accountId, reasons: candidate.reasons }))
      : [];
  const calendar = calendarFor(context, agent?.teamId ?? scope.viewer.teamId);
  const leadDays = isReview ? MEETING_DEFAULTS.reviewLeadDays : 1;
  const earliest = new Date(context.now.getTime() + leadDays * DAY);
  const attendees = new Set([scope.viewer.userId, ...(agent ? [agent.id] : [])]);
  const busy = scope.meetings.filter((meeting) => meeting.attendeeIds.some((id) => attendees.has(id))).map((meeting) => [Date.parse(meeting.startsAt), Date.parse(meeting.endsAt)] as const);
  return {
    kind,
    durationMinutes,
    agentId: agent?.id ?? null,
    accounts,
    proposedSlots: freeSlots(calendar, earliest, durationMinutes, busy),
    earliestStart: earliest.toISOString(),
    timezone: calendar.timezone,
    requiresConfirmation: true,
  };
}

function calendarFor(context: AnswerContext, teamId: string | undefined): BusinessCalendar {
  const team = context.scope.teams.find((candidate) => candidate.id === teamId);
  return context.scope.calendars.find((calendar) => calendar.id === team?.calendarId) ?? context.scope.calendars[0] ?? { timezone: 'UTC', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] } };
}

/** Up to three slots on different days: the first open half hour where the whole meeting fits and nobody is busy. */
function freeSlots(calendar: BusinessCalendar, earliest: Date, minutes: number, busy: readonly (readonly [number, number])[]) {
  const slots: { startsAt: string; endsAt: string }[] = [];
  const step = 30 * 60_000;
  let cursor = Math.ceil(earliest.getTime() / step) * step;
  for (let attempt = 0; attempt < 400 && slots.length < MEETING_DEFAULTS.slotCount; attempt += 1) {
    const start = addBusinessSeconds(calendar, new Date(cursor), 0).getTime();
    const end = start + minutes * 60_000;
    const fits = businessSecondsBetween(calendar, new Date(start), new Date(end)) === minutes * 60;
    const free = busy.every(([busyStart, busyEnd]) => end <= busyStart || start >= busyEnd);
    if (fits && free) {
      slots.push({ startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() });
      cursor = start + DAY; // next proposal on another day
    } else cursor = Math.max(start, cursor) + step;
  }
  return slots;
}
