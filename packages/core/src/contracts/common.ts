import * as z from 'zod';

/** Any non-empty identifier: `TICK-001`, `DESK-1002`, `12345`. Kept as typed, never truncated. */
export const IdSchema = z.string().trim().min(1, 'must be a non-empty id');

/** An ISO-8601 date-time with an offset (`2026-03-01T09:00:00Z`, `2026-03-01T10:00:00+01:00`). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time with offset' });

/** A local calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** An instant given as an ISO-8601 string with offset or a valid `Date`. */
export const InstantInputSchema = z.union([
  IsoDateTimeSchema,
  z.date({ message: 'must be an ISO-8601 date-time with offset or a Date' }).refine((date) => !Number.isNaN(date.getTime()), 'must be a valid Date'),
]);

/** Money as integer minor units (cents) with an ISO-4217 currency code. */
export const MoneySchema = z.object({
  amountCents: z.number().int('must be whole cents'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO-4217 code'),
});

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const PrioritySchema = z.enum(PRIORITIES);

export const TICKET_STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export const TicketStatusSchema = z.enum(TICKET_STATUSES);

export const PERSONAS = ['executive', 'manager', 'agent', 'csm'] as const;
export const PersonaSchema = z.enum(PERSONAS);

export type Id = z.infer<typeof IdSchema>;
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;
export type IsoDate = z.infer<typeof IsoDateSchema>;
export type InstantInput = string | Date;
export type Money = z.infer<typeof MoneySchema>;
export type Priority = z.infer<typeof PrioritySchema>;
export type TicketStatus = z.infer<typeof TicketStatusSchema>;
export type Persona = z.infer<typeof PersonaSchema>;
