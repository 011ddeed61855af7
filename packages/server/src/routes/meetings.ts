import { IdSchema, IsoDateTimeSchema, MeetingKindSchema } from '@supportai/core';
import * as z from 'zod';
import { scheduleMeeting } from '../actions/schedule-meeting.js';
import type { ViewerRoute } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';
import { parseBody } from './parse-body.js';

const MeetingSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'must not be empty').max(200),
    startsAt: IsoDateTimeSchema,
    endsAt: IsoDateTimeSchema,
    accountId: IdSchema.nullable().optional(),
    attendeeIds: z.array(IdSchema).max(50).optional(),
    kind: MeetingKindSchema,
  })
  .refine((meeting) => Date.parse(meeting.endsAt) > Date.parse(meeting.startsAt), { message: 'must be after startsAt', path: ['endsAt'] });

/** `POST /meetings`: books a slot the user picked from a `meetings.schedule` proposal, through the host. */
export const meetingsRoute: ViewerRoute = {
  method: 'POST',
  path: '/meetings',
  access: 'viewer',
  summary: 'Book a proposed slot ({ title, startsAt, endsAt, kind, accountId?, attendeeIds? }) through the host (501 if not wired).',
  handle: async (context) => {
    const body = await parseBody(context, MeetingSchema, 'Meeting');
    const attendeeIds = [...new Set([context.viewer.userId, ...(body.attendeeIds ?? [])])];
    const meeting = { title: body.title, startsAt: body.startsAt, endsAt: body.endsAt, accountId: body.accountId ?? null, attendeeIds, kind: body.kind };
    const booked = await scheduleMeeting({ viewer: context.viewer, meeting, server: context.server });
    return jsonResponse({ meetingId: booked.meetingId, meeting }, { status: 201 });
  },
};
