import type { Meeting } from '../../contracts/meeting.js';
import { SupportAIError } from '../../errors/supportai-error.js';
import { callPrepNotes } from '../../retrieval/index.js';
import type { HealthMetricKey } from '../../scoring/accounts/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { CallPrepPayload } from '../payloads/retrieval-call-prep-payloads.js';
import { explainedReportsOf } from './account-analytics.js';
import { healthDriverPayload, namedAccountOf } from './account-shapes.js';

const DAY_MS = 86_400_000;
/** @default 3 — health drivers shown and talked about. */
export const CALL_PREP_DRIVER_COUNT = 3;
/** Health metrics about money: their drivers are left out for viewers who may not see revenue. */
const COMMERCIAL_METRICS: ReadonlySet<HealthMetricKey> = new Set(['invoices', 'contractTrajectory']);

/**
 * The viewer's customer meetings not over yet in the asked period (default: the rest of today, UTC), earliest
 * first, with an account in scope.
 */
export function upcomingCustomerMeetingsOf(context: AnswerContext): Meeting[] {
  const { scope, params, now } = context;
  const from = params.period ? Date.parse(params.period.from) : now.getTime();
  const to = params.period ? Date.parse(params.period.to) : Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS;
  const attendee = new Set([scope.viewer.userId, ...(scope.viewer.agentId ? [scope.viewer.agentId] : [])]);
  return scope.meetings
    .filter((meeting) => meeting.accountId !== undefined && scope.accountById.has(meeting.accountId) && meeting.attendeeIds.some((id) => attendee.has(id)))
    .filter((meeting) => Date.parse(meeting.endsAt) > Math.max(from, now.getTime()) && Date.parse(meeting.startsAt) < to)
    .sort((left, right) => left.startsAt.localeCompare(right.startsAt) || left.id.localeCompare(right.id));
}

/**
 * call.prep: notes for a call with the named account (in scope), else with the account of the viewer's next
 * customer meeting today: recent and open tickets with SLA state, escalations, CSAT, NPS, renewal, usage
 * trend, account health, and talking points citing those facts. For agents, ARR and the commercial health
 * drivers are left out.
 * @throws NotFoundError for a named account outside the scope; SupportAIError `not_found` when nothing is named and no meeting is left.
 */
export function buildCallPrep(context: AnswerContext): CallPrepPayload {
  const { scope, now } = context;
  const named = namedAccountOf(context);
  const meetings = upcomingCustomerMeetingsOf(context);
  const meeting = named ? (meetings.find((candidate) => candidate.accountId === named.id) ?? null) : (meetings[0] ?? null);
  if (!named && !meeting) {
    throw new SupportAIError('not_found', 'No customer meeting left in the period to prepare for', [{ path: 'accountName', message: 'name the account to prepare a call with' }]);
  }
  const accountId = named?.id ?? meeting!.accountId!;
  // The account's health as every account widget shows it (scored on all its records), explained.
  const report = explainedReportsOf(context, [accountId]).get(accountId) ?? null;
  // Critical flags first (they cap the score), then by points lost; money matters only for viewers who see revenue.
  const visible = (report?.drivers ?? []).filter((driver) => scope.canSeeRevenue || !COMMERCIAL_METRICS.has(driver.key as HealthMetricKey));
  const isFlag = (driver: (typeof visible)[number]) => driver.critical && driver.score === 0;
  const drivers = [...visible.filter(isFlag), ...visible.filter((driver) => !isFlag(driver))].slice(0, CALL_PREP_DRIVER_COUNT);
  const health = report && report.score !== null ? { score: report.score, band: report.band, drivers, configVersion: report.configVersion } : undefined;
  // The account's CSAT and NPS over all its records, as its health is; its tickets listed are the viewer's.
  const notes = callPrepNotes({ accountId, ...(meeting ? { meetingId: meeting.id } : {}), data: scope, feedback: context.organisation, now, ...(health ? { accountHealth: health } : {}) });
  return {
    accountId,
    accountName: notes.accountName,
    chosenBy: named ? 'accountName' : 'meeting',
    meeting: notes.meeting && { ...notes.meeting, kind: meeting!.kind },
    recentTickets: notes.recentTickets,
    openTickets: notes.openTickets,
    escalations: notes.escalations,
    csat: notes.csat,
    nps: notes.nps,
    renewal: {
      factId: 'renewal',
      renewalDate: notes.renewal.renewalDate,
      daysToRenewal: notes.renewal.daysToRenewal,
      arrCents: scope.canSeeRevenue ? notes.renewal.arrCents : null,
      currency: scope.canSeeRevenue ? notes.renewal.currency : null,
    },
    usage: notes.usage,
    accountHealth:
      report && health
        ? { factId: 'account-health', score: health.score, band: report.band, coverageRate: report.coverageRate, deltaPoints: report.trend.deltaPoints, arrow: report.trend.arrow, drivers: drivers.map(healthDriverPayload), configVersion: report.configVersion }
        : null,
    talkingPoints: notes.talkingPoints,
    configVersion: notes.configVersion,
    provenance: {
      computedBy: 'callPrepNotes',
      inputs: { accountId, meetingId: meeting?.id ?? null, asOf: now.toISOString(), healthComputedBy: 'scorePortfolioHealth', ticketsInScope: scope.tickets.length },
    },
  };
}
