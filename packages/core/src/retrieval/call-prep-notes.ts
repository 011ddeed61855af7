import type { SupportData } from '../data/support-data.js';
import { slaSetupOf, type SlaSetup } from '../data/ticket-sla.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { DEFAULT_CALL_PREP_CONFIG, type CallPrepConfig } from './call-prep-config.js';
import { csatFact, isOpenTicket, npsFact, ticketFact } from './call-prep-facts.js';
import { byAccount, byId } from './lookup.js';
import { talkingPointsOf, type AccountHealthInput, type CallPrepFacts, type TalkingPoint } from './talking-points.js';
import { accountUsageTrend, dayNumber } from './usage-trend.js';

const DAY_MILLISECONDS = 86_400_000;

/** What call prep reads: an account (or a meeting with one) and the dataset. */
export interface CallPrepInput {
  /** The account; may be left out when `meetingId` names a meeting with an account. */
  accountId?: string;
  meetingId?: string;
  data: Pick<SupportData, 'tickets' | 'accounts' | 'usage' | 'npsResponses' | 'meetings' | 'teams' | 'slaPolicies' | 'calendars'>;
  now: Date;
  /**
   * The records the account's CSAT and NPS are counted over, when wider than `data` (a viewer's slice): the
   * account's feedback is then the same figure whoever prepares the call. @default data
   */
  feedback?: Pick<SupportData, 'tickets' | 'npsResponses'>;
  /** An account health score computed elsewhere, shown and talked about when given. */
  accountHealth?: AccountHealthInput;
  config?: Partial<CallPrepConfig>;
}

/** Notes for a customer call: the facts, each with an id, and talking points citing them. */
export interface CallPrepNotes extends CallPrepFacts {
  accountId: string;
  accountName: string;
  meeting: { factId: string; meetingId: string; title: string; startsAt: string; endsAt: string; kind: string; minutesUntilStart: number } | null;
  renewal: CallPrepFacts['renewal'] & { arrCents: number; currency: string };
  talkingPoints: TalkingPoint[];
  config: CallPrepConfig;
  configVersion: string;
}

/**
 * Call-prep notes for an account: recent and open tickets with their SLA state, escalations, CSAT
 * and NPS, renewal, usage trend, the health score when given, and talking points from those facts.
 * @throws SupportAIError `not_found` for an unknown account or meeting, `invalid_input` when neither identifies an account.
 * @example callPrepNotes({ meetingId: 'mtg-5', data, now: new Date('2026-03-02T09:00:00Z') })
 */
export function callPrepNotes(input: CallPrepInput): CallPrepNotes {
  const config = { ...DEFAULT_CALL_PREP_CONFIG, ...input.config };
  const { data, now } = input;
  const meeting = input.meetingId === undefined ? null : (byId(data.meetings).get(input.meetingId) ?? null);
  if (input.meetingId !== undefined && !meeting) throw new SupportAIError('not_found', `No meeting ${input.meetingId}`, [{ path: 'meetingId', message: `no meeting has the id "${input.meetingId}"` }]);
  const accountId = input.accountId ?? meeting?.accountId;
  if (accountId === undefined) throw new SupportAIError('invalid_input', 'No account to prepare for', [{ path: 'accountId', message: 'give an accountId or a meetingId of a meeting with an account' }]);
  const account = byId(data.accounts).get(accountId);
  if (!account) throw new SupportAIError('not_found', `No account ${accountId}`, [{ path: 'accountId', message: `no account has the id "${accountId}"` }]);

  // A dataset without an SLA policy still gets notes, just without SLA states.
  const setup: SlaSetup | null = data.slaPolicies.length > 0 ? slaSetupOf(data) : null;
  const recentSince = now.getTime() - config.recentTicketDays * DAY_MILLISECONDS;
  const accountTickets = byAccount(data.tickets).get(accountId) ?? [];
  const facts = new Map(
    accountTickets
      .filter((ticket) => isOpenTicket(ticket) || Date.parse(ticket.createdAt) > recentSince)
      .filter((ticket) => Date.parse(ticket.createdAt) <= now.getTime())
      .map((ticket) => [ticket.id, ticketFact(ticket, setup, now)]),
  );
  const newestFirst = [...facts.values()].sort((left, right) => right.createdAt.localeCompare(left.createdAt) || left.ticketId.localeCompare(right.ticketId));
  const recentTickets = newestFirst.filter((ticket) => Date.parse(ticket.createdAt) > recentSince);
  const openTickets = newestFirst.filter(isOpenTicket);
  const escalations = newestFirst.filter((ticket) => ticket.escalated);

  const notes: CallPrepFacts = {
    recentTickets,
    openTickets,
    escalations,
    csat: csatFact(input.feedback ? (byAccount(input.feedback.tickets).get(accountId) ?? []) : accountTickets, now, config.feedbackWindowDays),
    nps: npsFact(byAccount((input.feedback ?? data).npsResponses).get(accountId) ?? [], accountId, now, config.feedbackWindowDays),
    renewal: { factId: 'renewal', renewalDate: account.renewalDate, daysToRenewal: dayNumber(Date.parse(account.renewalDate)) - dayNumber(now.getTime()) },
    usage: { factId: 'usage', ...accountUsageTrend(byAccount(data.usage).get(accountId) ?? [], accountId, now, config.usageWindowDays) },
    accountHealth: input.accountHealth ? { factId: 'account-health', ...input.accountHealth } : null,
  };
  return {
    accountId,
    accountName: account.name,
    meeting: meeting
      ? {
          factId: `meeting:${meeting.id}`,
          meetingId: meeting.id,
          title: meeting.title,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          kind: meeting.kind,
          minutesUntilStart: Math.round((Date.parse(meeting.startsAt) - now.getTime()) / 60_000),
        }
      : null,
    ...notes,
    renewal: { ...notes.renewal, arrCents: account.arr.amountCents, currency: account.arr.currency },
    talkingPoints: talkingPointsOf(notes, config),
    config,
    configVersion: config.configVersion,
  };
}
