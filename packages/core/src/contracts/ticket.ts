import * as z from 'zod';
import { IdSchema, IsoDateTimeSchema, PrioritySchema, TicketStatusSchema } from './common.js';
import { createParser } from './parse.js';
import { countSchema, HttpUrlSchema, whenFieldsValid } from './schema-helpers.js';
import { TicketEventSchema } from './ticket-event.js';

export const TICKET_CHANNELS = ['email', 'chat', 'phone', 'web', 'api', 'social'] as const;
/** How the customer reached support. */
export const TicketChannelSchema = z.enum(TICKET_CHANNELS);

export const ISSUE_TRACKERS = ['jira', 'github', 'linear', 'other'] as const;

/** A link from a ticket to an issue in an external tracker such as Jira. */
export const TicketLinkSchema = z.object({
  system: z.enum(ISSUE_TRACKERS),
  /** The tracker's own key, e.g. `ENG-42` or `acme/app#17`. */
  key: z.string().trim().min(1, 'must be the issue key, e.g. ENG-42'),
  url: HttpUrlSchema.optional(),
  /** The issue's status in the tracker, as the tracker names it. */
  status: z.string().optional(),
  title: z.string().optional(),
});

/**
 * The customer's satisfaction rating of a ticket, on the binary good/bad scale used for CSAT
 * (`good / (good + bad)`); `assigneeIdAtRating` credits the agent who held the ticket when it was rated.
 * @example { rating: 'good', ratedAt: '2026-03-02T10:00:00Z', assigneeIdAtRating: 'agent-7' }
 */
export const CsatSchema = z.object({
  rating: z.enum(['good', 'bad']),
  ratedAt: IsoDateTimeSchema,
  comment: z.string().optional(),
  /** `null` when the ticket was unassigned at rating time; absent when the source doesn't record it. */
  assigneeIdAtRating: IdSchema.nullable().optional(),
});

/** A support ticket with its timeline; a non-empty `events` list starts with the ticket's one `created` event. */
export const TicketSchema = z
  .object({
    /** Kept exactly as the source spells it: `TICK-001`, `DESK-1002`, `12345` (a string, never a number). */
    id: IdSchema,
    subject: z.string(),
    description: z.string(),
    status: TicketStatusSchema,
    priority: PrioritySchema,
    channel: TicketChannelSchema,
    category: z.string(),
    accountId: IdSchema,
    requesterId: IdSchema,
    assigneeId: IdSchema.nullable(),
    teamId: IdSchema.nullable(),
    tags: z.array(z.string()),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
    /** When the ticket was last solved; kept after a reopen, so any status may carry it. */
    solvedAt: IsoDateTimeSchema.nullable(),
    events: z.array(TicketEventSchema),
    links: z.array(TicketLinkSchema),
    /** Who resolved it: `ai` for an automated resolution, `null` while unresolved or unknown. */
    resolvedBy: z.enum(['human', 'ai']).nullable(),
    csat: CsatSchema.nullable(),
    escalated: z.boolean().optional(),
    /** Triage sentiment of the customer's messages, when the host's triage provides it. */
    sentiment: z.enum(['positive', 'neutral', 'negative', 'very_negative']).optional(),
    /** How the ticket was resolved, in a sentence or two (indexed for similar-ticket search). */
    resolutionSummary: z.string().optional(),
    /** How many times the ticket went from solved back to open. */
    reopens: countSchema('reopens').optional(),
  })
  .superRefine(
    (ticket, context) => {
      ticket.events.forEach((event, index) => {
        if (index === 0 && event.type !== 'created') {
          context.addIssue({
            code: 'custom',
            path: ['events', 0],
            message: `must be the "created" event: a ticket's events start with its creation, got "${event.type}"`,
          });
        } else if (index > 0 && event.type === 'created') {
          context.addIssue({
            code: 'custom',
            path: ['events', index],
            message: 'must not be a second "created" event: a ticket has exactly one, first',
          });
        }
      });
    },
    { when: whenFieldsValid('events') },
  );

export type TicketChannel = z.infer<typeof TicketChannelSchema>;
export type TicketLink = z.infer<typeof TicketLinkSchema>;
export type Csat = z.infer<typeof CsatSchema>;
export type Ticket = z.infer<typeof TicketSchema>;

/** Parses a ticket at a boundary, throwing a `ContractError` that lists every bad field. */
export const parseTicket = createParser(TicketSchema, 'Ticket');
