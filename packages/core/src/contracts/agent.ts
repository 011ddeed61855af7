import * as z from 'zod';
import { isKnownTimeZone } from './business-calendar.js';
import { IdSchema } from './common.js';
import { createParser } from './parse.js';
import { NonNegativeMoneySchema } from './schema-helpers.js';

const capacityMessage = 'must be a whole number of concurrent tickets, 1 or more';

/** An IANA time-zone name the runtime knows, e.g. `Europe/Paris`. */
export const TimeZoneSchema = z
  .string({ message: 'must be an IANA time zone such as Europe/Paris' })
  .refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Paris');

/**
 * A support agent: who they are, what they can take on, where they work and what an hour of their time costs.
 * @example { id: 'agent-7', name: 'Ana Ruiz', teamId: 'team-billing', skills: ['billing'], capacity: 8, timezone: 'Europe/Madrid', hourlyCost: { amountCents: 4200, currency: 'EUR' } }
 */
export const AgentSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'must be a non-empty name'),
  email: z.email({ message: 'must be an email address' }).optional(),
  teamId: IdSchema,
  /** Skill tags used for routing, e.g. `billing`, `api`, `spanish`. */
  skills: z.array(z.string().trim().min(1, 'must be a non-empty skill')),
  /** How many tickets the agent can work on at once. */
  capacity: z.number({ message: capacityMessage }).int(capacityMessage).positive(capacityMessage),
  timezone: TimeZoneSchema,
  /** The business calendar of the agent's working hours; falls back to the team's when absent. */
  calendarId: IdSchema.optional(),
  /** Fully loaded cost of one hour of the agent's time (salary, benefits, tooling). */
  hourlyCost: NonNegativeMoneySchema,
  /** Whether the agent is still on the roster. @default true */
  active: z.boolean().optional(),
});

export type Agent = z.infer<typeof AgentSchema>;

/** Parses an agent at a boundary, throwing a `ContractError` that lists every bad field. */
export const parseAgent = createParser(AgentSchema, 'Agent');
