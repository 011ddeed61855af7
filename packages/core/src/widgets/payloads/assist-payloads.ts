import * as z from 'zod';
import { IsoDateTimeSchema, PersonaSchema } from '../../contracts/common.js';
import { MeetingKindSchema } from '../../contracts/meeting.js';
import { TicketRowSchema } from './common.js';

/** meetings.today: the viewer's meetings in a period (default today). */
export const MeetingListPayloadSchema = z.object({
  from: IsoDateTimeSchema,
  to: IsoDateTimeSchema,
  meetings: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: MeetingKindSchema,
      startsAt: IsoDateTimeSchema,
      endsAt: IsoDateTimeSchema,
      accountId: z.string().nullable(),
      accountName: z.string().nullable(),
      attendeeIds: z.array(z.string()),
      minutesUntilStart: z.number(),
    }),
  ),
});

/** meetings.schedule: proposed slots that wait for a confirmation before the host books one. */
export const MeetingProposalPayloadSchema = z.object({
  kind: MeetingKindSchema,
  durationMinutes: z.number().int().positive(),
  /** Who the meeting is with: an agent (1-on-1) or accounts (calls, business reviews). */
  agentId: z.string().nullable(),
  accounts: z.array(z.object({ accountId: z.string(), accountName: z.string(), reasons: z.array(z.string()) })),
  proposedSlots: z.array(z.object({ startsAt: IsoDateTimeSchema, endsAt: IsoDateTimeSchema })),
  /** Earliest start considered: business reviews are proposed at least 21 days out. */
  earliestStart: IsoDateTimeSchema,
  timezone: z.string(),
  requiresConfirmation: z.literal(true),
});

/** help: what this persona can ask. */
export const HelpPayloadSchema = z.object({
  persona: PersonaSchema,
  quickActions: z.array(z.object({ intent: z.string(), title: z.string(), description: z.string(), example: z.string() })),
});

/** message.draft: an outbound message to an account, written from a template with its facts. */
export const MessageDraftPayloadSchema = z.object({
  method: z.literal('template'),
  accountId: z.string().nullable(),
  accountName: z.string().nullable(),
  topic: z.string().nullable(),
  tone: z.string(),
  subject: z.string(),
  greeting: z.string(),
  paragraphs: z.array(z.string()),
  signOff: z.string(),
  /** The tickets the message refers to. */
  relatedTickets: z.array(TicketRowSchema),
});

/** ai.resolved: tickets the AI resolved in a period, counted and listed. */
export const AiResolvedPayloadSchema = z.object({
  from: IsoDateTimeSchema,
  to: IsoDateTimeSchema,
  aiResolvedCount: z.number().int(),
  solvedCount: z.number().int(),
  /** AI-resolved share of tickets solved in the period (0–1), null when none were solved. */
  aiShareOfSolved: z.number().nullable(),
  tickets: z.array(TicketRowSchema),
});
