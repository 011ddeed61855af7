import type { AccountSegment } from '../../contracts/account.js';
import { type AccountDataIndex, type AccountScoringData, type AccountSlices, indexAccountData } from './account-index.js';
import { type AgendaItem, reviewAgendaOf, supportSummaryOf } from './business-review-agenda.js';
import { type ExpansionOpportunities, findExpansionOpportunities } from './expansion-opportunities.js';
import type { HealthConfigOverrides } from './health-config.js';
import { lastQbrMs, nextQbrMs } from './meeting-history.js';
import type { ExpansionAssessment } from './expansion-score.js';
import { type AccountHealthReport, type PortfolioHealth, scorePortfolioHealth } from './portfolio-health.js';
import { proposeReviewSlots, type ReviewSlot, type ReviewSlotOptions } from './review-slots.js';
import { calendarDaysUntil, DAY_MS } from './time-windows.js';
import type { HealthBand } from './types.js';

/** When a business review (QBR/EBR) is recommended (SCORING §7.2 "QBR/EBR scheduling"). */
export interface BusinessReviewConfig {
  version: string;
  /** Review cadence by segment. @default enterprise 90, mid-market 180, SMB 365 days */
  cadenceDays: Record<AccountSegment, number>;
  /** Cadence is due from `cadence − dueAheadDays` days after the last review. @default 14 */
  dueAheadDays: number;
  /** Renewal within this many days … @default 120 */
  renewalWithinDays: number;
  /** … and no review in this many days. @default 90 */
  recentReviewDays: number;
  /** Health change that calls for a review. @default -10 */
  decliningDeltaPoints: number;
  /** Expansion score that calls for a review. @default 70 */
  expansionThreshold: number;
  agendaDriverCount: number;
  supportSummaryDays: number;
  /** Slots: 21+ days out, 3 business days at 10:00 in the CSM's time zone (or `timeZone` when the CSM is unknown). */
  slots: Omit<ReviewSlotOptions, 'holidays' | 'busy'>;
}

export const DEFAULT_BUSINESS_REVIEW_CONFIG: BusinessReviewConfig = {
  version: 'business-review-2026.1',
  cadenceDays: { enterprise: 90, mid_market: 180, smb: 365 },
  dueAheadDays: 14,
  renewalWithinDays: 120,
  recentReviewDays: 90,
  decliningDeltaPoints: -10,
  expansionThreshold: 70,
  agendaDriverCount: 3,
  supportSummaryDays: 90,
  slots: { minimumLeadDays: 21, slotCount: 3, localTime: '10:00', durationMinutes: 60, timeZone: 'UTC' },
};

export type ReviewReasonKind = 'cadence_due' | 'renewal_without_recent_review' | 'health_red' | 'health_declining' | 'expansion_ready';

/** An account that should get a business review, with why, when and what to discuss. */
export interface BusinessReviewCandidate {
  accountId: string;
  accountName: string;
  segment: AccountSegment;
  csmId: string | null;
  arrCents: number;
  reasons: { kind: ReviewReasonKind; reason: string }[];
  lastReviewAt: string | null;
  daysSinceLastReview: number | null;
  daysToRenewal: number;
  healthScore: number | null;
  healthBand: HealthBand;
  healthDeltaPoints: number | null;
  expansionScore: number | null;
  proposedSlots: ReviewSlot[];
  agenda: AgendaItem[];
}

export interface BusinessReviewOptions {
  config?: Partial<BusinessReviewConfig>;
  healthConfig?: HealthConfigOverrides;
  health?: PortfolioHealth;
  expansion?: ExpansionOpportunities;
  index?: AccountDataIndex;
  /** Return at most this many candidates (most reasons, then ARR, first). @default 50 */
  limit?: number;
}

/**
 * Accounts due a business review: cadence by segment, renewal within 120 days without a review in 90, Red or
 * falling health, or an expansion score ≥ 70. Accounts with a review already on the calendar are left out.
 */
export function businessReviewCandidates(data: AccountScoringData, now: Date, options: BusinessReviewOptions = {}): { configVersion: string; asOf: string; totalCandidates: number; candidates: BusinessReviewCandidate[] } {
  const config = { ...DEFAULT_BUSINESS_REVIEW_CONFIG, ...options.config };
  const nowMs = now.getTime();
  const index = options.index ?? indexAccountData(data);
  const health = options.health ?? scorePortfolioHealth(data, now, { config: options.healthConfig, index });
  const expansion = new Map((options.expansion ?? findExpansionOpportunities(data, now, { health, index })).accounts.map((entry) => [entry.accountId, entry]));
  const calendars = new Map(data.calendars.map((calendar) => [calendar.id, calendar]));
  const pending: { slices: AccountSlices; report: AccountHealthReport; assessment: ExpansionAssessment | null; reasons: BusinessReviewCandidate['reasons']; lastMs: number | null; daysSince: number | null; daysToRenewal: number }[] = [];
  for (const report of health.accounts) {
    const slices = index.byAccountId.get(report.accountId);
    if (!slices || nextQbrMs(slices, nowMs) !== null) continue;
    const assessment = expansion.get(report.accountId) ?? null;
    const { reasons, lastMs, daysSince, daysToRenewal } = reviewReasonsOf(slices, report, assessment, nowMs, config);
    if (reasons.length > 0) pending.push({ slices, report, assessment, reasons, lastMs, daysSince, daysToRenewal });
  }
  pending.sort((left, right) => right.reasons.length - left.reasons.length || right.slices.account.arr.amountCents - left.slices.account.arr.amountCents || left.slices.account.id.localeCompare(right.slices.account.id));
  // Slots and agendas (which run the SLA engine) only for the candidates returned.
  const busy = busyTimesByAttendee(data, nowMs);
  const candidates = pending.slice(0, options.limit ?? 50).map(({ slices, report, assessment, reasons, lastMs, daysSince, daysToRenewal }): BusinessReviewCandidate => {
    const { account } = slices;
    const csm = account.csmId ? index.agentsById.get(account.csmId) : undefined;
    const holidays = csm?.calendarId ? calendars.get(csm.calendarId)?.holidays : undefined;
    return {
      accountId: account.id,
      accountName: account.name,
      segment: account.segment,
      csmId: account.csmId,
      arrCents: account.arr.amountCents,
      reasons,
      lastReviewAt: lastMs === null ? null : new Date(lastMs).toISOString(),
      daysSinceLastReview: daysSince,
      daysToRenewal,
      healthScore: report.score,
      healthBand: report.band,
      healthDeltaPoints: report.trend.deltaPoints,
      expansionScore: assessment?.score ?? null,
      proposedSlots: proposeReviewSlots(nowMs, { ...config.slots, timeZone: csm?.timezone ?? config.slots.timeZone, holidays, busy: account.csmId ? busy.get(account.csmId) : undefined }),
      agenda: reviewAgendaOf({ slices, health: report, expansion: assessment, support: supportSummaryOf(slices, nowMs, config.supportSummaryDays, index.slaSetup), supportDays: config.supportSummaryDays, daysToRenewal, driverCount: config.agendaDriverCount, nowMs }),
    };
  });
  return { configVersion: config.version, asOf: now.toISOString(), totalCandidates: pending.length, candidates };
}

/** Which review triggers hold for one account, with the dates they were judged on. */
function reviewReasonsOf(slices: AccountSlices, report: AccountHealthReport, assessment: ExpansionAssessment | null, nowMs: number, config: BusinessReviewConfig) {
  const { account } = slices;
  const lastMs = lastQbrMs(slices, nowMs);
  const daysSince = lastMs === null ? null : Math.floor((nowMs - lastMs) / DAY_MS);
  const daysToRenewal = calendarDaysUntil(account.renewalDate, nowMs);
  const reasons: BusinessReviewCandidate['reasons'] = [];
  const cadence = config.cadenceDays[account.segment];
  const tenureDays = account.createdAt ? Math.floor((nowMs - Date.parse(account.createdAt)) / DAY_MS) : null;
  if (daysSince !== null ? daysSince >= cadence - config.dueAheadDays : tenureDays === null || tenureDays >= cadence - config.dueAheadDays) {
    reasons.push({ kind: 'cadence_due', reason: daysSince === null ? `no review on record; ${account.segment.replace('_', '-')} accounts meet every ${cadence} days` : `last review ${daysSince} days ago; ${account.segment.replace('_', '-')} cadence is ${cadence} days` });
  }
  if (daysToRenewal >= 0 && daysToRenewal <= config.renewalWithinDays && (daysSince === null || daysSince > config.recentReviewDays)) {
    reasons.push({ kind: 'renewal_without_recent_review', reason: `renews in ${daysToRenewal} days with no review in the last ${config.recentReviewDays} days` });
  }
  if (report.band === 'red') reasons.push({ kind: 'health_red', reason: `health is red (${report.score})` });
  const delta = report.trend.deltaPoints;
  if (report.trend.comparable && delta !== null && delta <= config.decliningDeltaPoints) reasons.push({ kind: 'health_declining', reason: `health fell ${-delta} points in ${report.trend.lookbackDays} days` });
  if (assessment?.score != null && assessment.score >= config.expansionThreshold) reasons.push({ kind: 'expansion_ready', reason: `expansion score ${assessment.score}` });
  return { reasons, lastMs, daysSince, daysToRenewal };
}

// Future meetings per attendee, in one pass, so slots avoid the CSM's booked times.
function busyTimesByAttendee(data: AccountScoringData, nowMs: number): Map<string, { startMs: number; endMs: number }[]> {
  const busy = new Map<string, { startMs: number; endMs: number }[]>();
  for (const meeting of data.meetings) {
    const endMs = Date.parse(meeting.endsAt);
    if (endMs <= nowMs) continue;
    const interval = { startMs: Date.parse(meeting.startsAt), endMs };
    for (const attendee of meeting.attendeeIds) {
      const list = busy.get(attendee);
      if (list) list.push(interval);
      else busy.set(attendee, [interval]);
    }
  }
  return busy;
}
