import * as z from 'zod';
import { IdSchema, IsoDateTimeSchema } from './common.js';
import { createParser } from './parse.js';
import { whenFieldsValid } from './schema-helpers.js';

export const MEETING_KINDS = ['call', 'qbr', 'one_on_one', 'other'] as const;
export const MeetingKindSchema = z.enum(MEETING_KINDS);

/**
 * A scheduled or past meeting, used for call preparation, touchpoint recency and business reviews.
 * @example { id: 'mtg-5', title: 'Acme QBR', startsAt: '2026-04-02T15:00:00Z', endsAt: '2026-04-02T16:00:00Z', accountId: 'acc-42', attendeeIds: ['csm-2'], kind: 'qbr' }
 */
export const MeetingSchema = z
  .object({
    id: IdSchema,
    title: z.string().trim().min(1, 'must be a non-empty title'),
    startsAt: IsoDateTimeSchema,
    endsAt: IsoDateTimeSchema,
    /** The customer account the meeting is with; absent for internal meetings. */
    accountId: IdSchema.optional(),
    attendeeIds: z.array(IdSchema),
    kind: MeetingKindSchema,
    notes: z.string().optional(),
  })
  .superRefine(
    (meeting, context) => {
      // Compare instants, not strings: the two ends may carry different offsets.
      if (Date.parse(meeting.endsAt) <= Date.parse(meeting.startsAt)) {
        context.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
      }
    },
    { when: whenFieldsValid('startsAt', 'endsAt') },
  );

export type MeetingKind = z.infer<typeof MeetingKindSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;

/** Parses a meeting at a boundary, throwing a `ContractError` that lists every bad field. */
export const parseMeeting = createParser(MeetingSchema, 'Meeting');
