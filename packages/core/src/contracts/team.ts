import * as z from 'zod';
import { IdSchema } from './common.js';
import { createParser } from './parse.js';

/**
 * A support team, optionally with its own business calendar and SLA policy.
 * @example { id: 'team-billing', name: 'Billing', managerId: 'user-3', calendarId: 'cal-emea', slaPolicyId: 'sla-standard' }
 */
export const TeamSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'must be a non-empty name'),
  /** The user who manages the team (a `manager` viewer's `userId`). */
  managerId: IdSchema.optional(),
  /** The business calendar the team's SLA clocks run on. */
  calendarId: IdSchema.optional(),
  /** The SLA policy applied to the team's tickets. */
  slaPolicyId: IdSchema.optional(),
});

export type Team = z.infer<typeof TeamSchema>;

/** Parses a team at a boundary, throwing a `ContractError` that lists every bad field. */
export const parseTeam = createParser(TeamSchema, 'Team');
