import * as z from 'zod';
import { IsoDateTimeSchema } from '../../contracts/common.js';
import { TicketEventSchema } from '../../contracts/ticket-event.js';
import { TicketLinkSchema } from '../../contracts/ticket.js';
import { SlaInstancePayloadSchema, TicketRowSchema } from './common.js';

/** tickets.list, tickets.mine, tickets.escalated: a filtered, sorted ticket table. */
export const TicketTablePayloadSchema = z.object({
  rows: z.array(TicketRowSchema),
  /** Rows matching before the limit. */
  total: z.number().int().nonnegative(),
  /** The filters applied, as structured values. */
  filters: z.object({
    statuses: z.array(z.string()),
    priority: z.string().nullable(),
    from: IsoDateTimeSchema.nullable(),
    to: IsoDateTimeSchema.nullable(),
    escalatedOnly: z.boolean(),
    assigneeId: z.string().nullable(),
  }),
  counts: z.object({ open: z.number().int(), breached: z.number().int(), atRisk: z.number().int() }),
});

/** tickets.byAccount: tickets grouped by customer, busiest first; one account's history when named. */
export const TicketsByAccountPayloadSchema = z.object({
  groups: z.array(
    z.object({
      accountId: z.string(),
      accountName: z.string(),
      openCount: z.number().int(),
      totalCount: z.number().int(),
      tickets: z.array(TicketRowSchema),
    }),
  ),
  /** The account the question named, when it was found in scope. */
  matchedAccountId: z.string().nullable(),
  minimumOpen: z.number().int(),
});

/** ticket.show: one ticket with its timeline and SLA clocks. */
export const TicketDetailPayloadSchema = z.object({
  ticket: TicketRowSchema.extend({ description: z.string(), tags: z.array(z.string()), csat: z.enum(['good', 'bad']).nullable(), resolvedBy: z.enum(['human', 'ai']).nullable() }),
  events: z.array(TicketEventSchema),
  links: z.array(TicketLinkSchema),
  sla: z.object({ instances: z.array(SlaInstancePayloadSchema), nextDeadline: IsoDateTimeSchema.nullable() }),
});

/** tickets.links: external issues linked to the viewer's tickets. */
export const LinkedIssuesPayloadSchema = z.object({
  items: z.array(z.object({ ticket: TicketRowSchema, links: z.array(TicketLinkSchema) })),
  byStatus: z.record(z.string(), z.number().int()),
});
