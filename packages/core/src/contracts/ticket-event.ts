import * as z from 'zod';
import { IdSchema, InstantInputSchema, IsoDateTimeSchema, PrioritySchema, TicketStatusSchema } from './common.js';

/**
 * Builds the ticket-event union around a schema for `at`, so the stored contract (ISO strings)
 * and the SLA engine's input (ISO strings or `Date`) share one definition.
 */
export function buildTicketEventSchema<At extends z.ZodType>(at: At) {
  const base = { at, actorId: IdSchema.optional() };
  return z.discriminatedUnion('type', [
    z.object({
      type: z.literal('created'),
      ...base,
      /** Who opened the ticket; an agent-created ticket's opening comment is not a first reply. */
      by: z.enum(['customer', 'agent']),
      /** Whether the opening comment is public. @default true */
      public: z.boolean().optional(),
      status: TicketStatusSchema.optional(),
      priority: PrioritySchema.optional(),
      body: z.string().optional(),
    }),
    z.object({ type: z.literal('customer_message'), ...base, body: z.string().optional() }),
    z.object({ type: z.literal('agent_reply'), ...base, body: z.string().optional() }),
    z.object({ type: z.literal('agent_note'), ...base, body: z.string().optional() }),
    z.object({ type: z.literal('status'), ...base, to: TicketStatusSchema }),
    z.object({ type: z.literal('priority'), ...base, to: PrioritySchema }),
    z.object({
      type: z.literal('assignment'),
      ...base,
      assigneeId: IdSchema.nullable(),
      teamId: IdSchema.nullable().optional(),
      /** Why it moved, when a person or a plan said so (a reassignment plan's one-line reason). */
      reason: z.string().max(500, 'must be at most 500 characters').optional(),
    }),
  ]);
}

/** One thing that happened on a ticket, as stored and sent over the wire (`at` is an ISO string). */
export const TicketEventSchema = buildTicketEventSchema(IsoDateTimeSchema);

/** The same events as accepted by the SLA engine, where `at` may also be a `Date`. */
export const TicketEventInputSchema = buildTicketEventSchema(InstantInputSchema);

export const TICKET_EVENT_TYPES = ['created', 'customer_message', 'agent_reply', 'agent_note', 'status', 'priority', 'assignment'] as const;

export type TicketEvent = z.infer<typeof TicketEventSchema>;
export type TicketEventInput = z.input<typeof TicketEventInputSchema>;
export type TicketEventType = TicketEvent['type'];
