import * as z from 'zod';
import { IsoDateSchema, IsoDateTimeSchema, PrioritySchema, TicketStatusSchema } from '../../contracts/common.js';
import { MeetingKindSchema } from '../../contracts/meeting.js';
import type { TalkingPointTopic } from '../../retrieval/index.js';
import { ProvenanceSchema } from './common.js';
import { HealthBandSchema, HealthDriverSchema, TrendArrowSchema } from './account-payloads.js';

// Keyed by the retrieval type, so a topic added there is a compile error here until listed.
const TOPICS: Record<TalkingPointTopic, true> = {
  escalations: true,
  slaBreaches: true,
  accountHealth: true,
  renewal: true,
  usageDecline: true,
  usageGrowth: true,
  csat: true,
  npsConcern: true,
  npsAdvocates: true,
  openTickets: true,
  recentResolved: true,
};
export const TalkingPointTopicSchema = z.enum(Object.keys(TOPICS) as [TalkingPointTopic, ...TalkingPointTopic[]]);

/** A ticket as call prep cites it (`ticket:<id>`), with its worst SLA level now. */
export const TicketFactSchema = z.object({
  factId: z.string(),
  ticketId: z.string(),
  subject: z.string(),
  status: TicketStatusSchema,
  priority: PrioritySchema,
  createdAt: IsoDateTimeSchema,
  escalated: z.boolean(),
  sla: z.object({ level: z.enum(['ok', 'at_risk', 'paused', 'breached', 'achieved']), breached: z.boolean(), nextDeadline: IsoDateTimeSchema.nullable() }).nullable(),
});

const UsageWindowSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  snapshots: z.number().int(),
  averageActiveUsers: z.number(),
  averageLogins: z.number(),
  averageLicences: z.number(),
  utilisationRate: z.number().nullable(),
});

/** call.prep (`call-prep`): facts about an account, each with an id, and talking points citing them. */
export const CallPrepPayloadSchema = z.object({
  accountId: z.string(),
  accountName: z.string(),
  /** How the account was chosen: named in the question, or the viewer's next customer meeting. */
  chosenBy: z.enum(['accountName', 'meeting']),
  meeting: z
    .object({ factId: z.string(), meetingId: z.string(), title: z.string(), startsAt: IsoDateTimeSchema, endsAt: IsoDateTimeSchema, kind: MeetingKindSchema, minutesUntilStart: z.number().int() })
    .nullable(),
  recentTickets: z.array(TicketFactSchema),
  openTickets: z.array(TicketFactSchema),
  escalations: z.array(TicketFactSchema),
  csat: z.object({ factId: z.literal('csat'), windowDays: z.number(), good: z.number().int(), bad: z.number().int(), rate: z.number().nullable() }),
  nps: z.object({
    factId: z.literal('nps'),
    windowDays: z.number(),
    responses: z.number().int(),
    promoters: z.number().int(),
    passives: z.number().int(),
    detractors: z.number().int(),
    score: z.number().nullable(),
    latest: z.object({ responseId: z.string(), score: z.number().int(), comment: z.string().nullable(), respondedAt: IsoDateTimeSchema }).nullable(),
  }),
  /** ARR is null for viewers who may not see revenue (agents). */
  renewal: z.object({ factId: z.literal('renewal'), renewalDate: IsoDateSchema, daysToRenewal: z.number().int(), arrCents: z.number().int().nullable(), currency: z.string().nullable() }),
  usage: z.object({
    factId: z.literal('usage'),
    windowDays: z.number(),
    recent: UsageWindowSchema.nullable(),
    prior: UsageWindowSchema.nullable(),
    activeUsersChangePercent: z.number().nullable(),
    loginsChangePercent: z.number().nullable(),
    activeUsersSlopePerSnapshot: z.number().nullable(),
  }),
  /** Null when the account has too little data for a score. */
  accountHealth: z
    .object({
      factId: z.literal('account-health'),
      score: z.number(),
      band: HealthBandSchema,
      coverageRate: z.number(),
      deltaPoints: z.number().nullable(),
      arrow: TrendArrowSchema.nullable(),
      drivers: z.array(HealthDriverSchema),
      configVersion: z.string(),
    })
    .nullable(),
  talkingPoints: z.array(z.object({ topic: TalkingPointTopicSchema, importance: z.enum(['high', 'medium', 'low']), reason: z.string(), factIds: z.array(z.string()) })),
  configVersion: z.string(),
  provenance: ProvenanceSchema,
});

export type CallPrepPayload = z.infer<typeof CallPrepPayloadSchema>;
