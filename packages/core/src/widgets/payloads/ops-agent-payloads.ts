import * as z from 'zod';
import { IsoDateTimeSchema } from '../../contracts/common.js';
import { SlaMetricSchema } from '../../contracts/sla-policy.js';
import { MeetingListPayloadSchema } from './assist-payloads.js';
import { ProvenanceSchema, TicketRowSchema } from './common.js';

/** agent.dashboard: the agent's queue, the clocks due soon, a snapshot of the day and today's meetings. */
export const AgentDashboardPayloadSchema = z.object({
  agentId: z.string().nullable(),
  asOf: IsoDateTimeSchema,
  /** The day "today" counts (UTC). */
  day: z.object({ from: IsoDateTimeSchema, to: IsoDateTimeSchema }),
  /** Open tickets, most urgent first, up to the limit. */
  queue: z.object({ rows: z.array(TicketRowSchema), total: z.number().int().nonnegative(), limit: z.number().int().positive() }),
  /** Running SLA clocks whose deadline falls within `withinHours`, soonest first. */
  dueSoon: z.object({
    withinHours: z.number().positive(),
    clocks: z.array(
      z.object({
        ticket: TicketRowSchema,
        metric: SlaMetricSchema,
        deadline: IsoDateTimeSchema,
        /** Wall-clock minutes until the deadline. */
        minutesToDeadline: z.number(),
        /** Target time left (business or calendar, as the target counts). */
        remainingMinutes: z.number(),
        targetMinutes: z.number(),
        businessHours: z.boolean(),
      }),
    ),
  }),
  snapshot: z.object({
    openTickets: z.number().int().nonnegative(),
    breachedTickets: z.number().int().nonnegative(),
    atRiskTickets: z.number().int().nonnegative(),
    /** Tickets of the agent solved by a human since the start of the day. */
    solvedToday: z.number().int().nonnegative(),
    /** Ratings of the agent's tickets over the last `windowDays`; rate 0–1 with its 95 % Wilson lower bound. */
    csat: z.object({ windowDays: z.number().positive(), good: z.number().int().nonnegative(), bad: z.number().int().nonnegative(), rate: z.number().nullable(), rateLowerBound: z.number().nullable() }),
  }),
  meetingsToday: MeetingListPayloadSchema.shape.meetings,
  provenance: ProvenanceSchema,
});

export type AgentDashboardPayload = z.infer<typeof AgentDashboardPayloadSchema>;
