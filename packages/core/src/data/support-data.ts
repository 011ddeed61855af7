import * as z from 'zod';
import { AccountSchema } from '../contracts/account.js';
import { AgentSchema } from '../contracts/agent.js';
import { BusinessCalendarSchema } from '../contracts/business-calendar.js';
import { IdSchema } from '../contracts/common.js';
import { KbArticleSchema } from '../contracts/kb-article.js';
import { MeetingSchema } from '../contracts/meeting.js';
import { NpsResponseSchema } from '../contracts/nps-response.js';
import { createParser } from '../contracts/parse.js';
import { SlaPolicySchema } from '../contracts/sla-policy.js';
import { TeamSchema } from '../contracts/team.js';
import { TicketSchema } from '../contracts/ticket.js';
import { UsageSnapshotSchema } from '../contracts/usage-snapshot.js';
import { SupportSettingsSchema } from './support-settings.js';

/** A calendar or policy as stored: with the id teams and agents refer to it by. */
const WithId = z.object({ id: IdSchema });

/**
 * Everything the analytics read, in memory: the shape `answerIntent` and every scoring function take.
 * Data sources build it (or the slices a question needs); the demo generator returns one.
 */
export const SupportDataSchema = z.object({
  tickets: z.array(TicketSchema),
  agents: z.array(AgentSchema),
  teams: z.array(TeamSchema),
  accounts: z.array(AccountSchema),
  usage: z.array(UsageSnapshotSchema),
  npsResponses: z.array(NpsResponseSchema),
  kbArticles: z.array(KbArticleSchema),
  calendars: z.array(z.intersection(BusinessCalendarSchema, WithId)),
  slaPolicies: z.array(z.intersection(SlaPolicySchema, WithId)),
  meetings: z.array(MeetingSchema),
  settings: SupportSettingsSchema,
});

export type SupportData = z.infer<typeof SupportDataSchema>;

/** Parses a whole dataset, naming every bad field (`tickets.12.events.3.at`). */
export const parseSupportData = createParser(SupportDataSchema, 'SupportData');
