import * as z from 'zod';
import { IsoDateTimeSchema, PrioritySchema, TicketStatusSchema } from '../../contracts/common.js';
import { SlaMetricSchema } from '../../contracts/sla-policy.js';
import { TicketChannelSchema } from '../../contracts/ticket.js';

/** An SLA clock as a widget shows it (the SLA engine's `SlaInstance`). */
export const SlaInstancePayloadSchema = z.object({
  metric: SlaMetricSchema,
  priorityApplied: PrioritySchema.nullable(),
  targetMinutes: z.number(),
  businessHours: z.boolean(),
  startedAt: IsoDateTimeSchema,
  fulfilledAt: IsoDateTimeSchema.nullable(),
  state: z.enum(['active', 'paused', 'closed']),
  breached: z.boolean(),
  deadline: IsoDateTimeSchema.nullable(),
  elapsedSeconds: z.number(),
  elapsedMinutes: z.number(),
  remainingMinutes: z.number(),
  remainingCalendarMinutes: z.number().nullable(),
  diffMinutes: z.number(),
  level: z.enum(['ok', 'at_risk', 'paused', 'breached', 'achieved']),
});

/** One row of a ticket table: ids and numbers, no display strings. */
export const TicketRowSchema = z.object({
  id: z.string(),
  subject: z.string(),
  status: TicketStatusSchema,
  priority: PrioritySchema,
  channel: TicketChannelSchema,
  category: z.string(),
  accountId: z.string(),
  accountName: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  teamId: z.string().nullable(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  ageMinutes: z.number(),
  escalated: z.boolean(),
  /** Worst SLA level among the ticket's clocks now. */
  slaLevel: z.enum(['ok', 'at_risk', 'paused', 'breached', 'achieved']).nullable(),
  /** Earliest deadline of a running clock. */
  nextSlaDeadline: IsoDateTimeSchema.nullable(),
  minutesToNextDeadline: z.number().nullable(),
});

/** Where a number comes from: the function and its inputs, so any figure can be traced. */
export const ProvenanceSchema = z.object({
  /** The `@supportai/core` function that computed the figures. */
  computedBy: z.string(),
  /** The inputs it read: ids, counts, period. */
  inputs: z.record(z.string(), z.unknown()),
});

export type TicketRow = z.infer<typeof TicketRowSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
