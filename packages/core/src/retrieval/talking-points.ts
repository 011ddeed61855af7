import type { CallPrepConfig } from './call-prep-config.js';
import type { CsatFact, NpsFact, TicketFact } from './call-prep-facts.js';
import type { UsageTrend } from './usage-trend.js';

/** An account health score computed elsewhere, passed in to be shown and talked about. */
export interface AccountHealthInput {
  /** 0–100. */
  score: number;
  band: string;
  /** Reasons behind the score, most important first. */
  drivers: readonly { reason: string }[];
  configVersion?: string;
}

/** The facts talking points are drawn from. */
export interface CallPrepFacts {
  recentTickets: TicketFact[];
  openTickets: TicketFact[];
  escalations: TicketFact[];
  csat: CsatFact;
  nps: NpsFact;
  renewal: { factId: 'renewal'; renewalDate: string; daysToRenewal: number };
  usage: UsageTrend & { factId: 'usage' };
  accountHealth: (AccountHealthInput & { factId: 'account-health' }) | null;
}

export type TalkingPointTopic =
  | 'escalations'
  | 'slaBreaches'
  | 'accountHealth'
  | 'renewal'
  | 'usageDecline'
  | 'usageGrowth'
  | 'csat'
  | 'npsConcern'
  | 'npsAdvocates'
  | 'openTickets'
  | 'recentResolved';

/** Something to raise on the call, with the facts it rests on. */
export interface TalkingPoint {
  topic: TalkingPointTopic;
  importance: 'high' | 'medium' | 'low';
  reason: string;
  /** Ids of the facts it comes from: `ticket:<id>`, `renewal`, `usage`, `csat`, `nps`, `account-health`. */
  factIds: string[];
}

const IMPORTANCE_ORDER = { high: 0, medium: 1, low: 2 } as const;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Talking points from call-prep facts, most important first (ties in the order the rules run). */
export function talkingPointsOf(facts: CallPrepFacts, config: CallPrepConfig): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  const { openTickets, escalations, csat, nps, renewal, usage, accountHealth } = facts;
  const openEscalations = escalations.filter((ticket) => ticket.status !== 'solved' && ticket.status !== 'closed');
  if (openEscalations.length > 0) {
    points.push({ topic: 'escalations', importance: 'high', reason: `${plural(openEscalations.length, 'escalated ticket')} still open: acknowledge and give a status and an owner.`, factIds: openEscalations.map((ticket) => ticket.factId) });
  }
  const breached = openTickets.filter((ticket) => ticket.sla?.breached);
  if (breached.length > 0) {
    points.push({ topic: 'slaBreaches', importance: 'high', reason: `${plural(breached.length, 'open ticket')} past SLA: apologise and share when each will be resolved.`, factIds: breached.map((ticket) => ticket.factId) });
  }
  if (accountHealth && config.concerningHealthBands.some((band) => band.toLowerCase() === accountHealth.band.toLowerCase())) {
    const drivers = accountHealth.drivers.slice(0, 2).map((driver) => driver.reason.replace(/[.\s]+$/, ''));
    points.push({ topic: 'accountHealth', importance: 'high', reason: `Health ${round(accountHealth.score)} (${accountHealth.band})${drivers.length > 0 ? `: ${drivers.join('; ')}` : ''}.`, factIds: ['account-health'] });
  }
  if (renewal.daysToRenewal >= 0 && renewal.daysToRenewal <= config.renewalSoonDays) {
    points.push({
      topic: 'renewal',
      importance: renewal.daysToRenewal <= config.renewalUrgentDays ? 'high' : 'medium',
      reason: `Renewal in ${plural(renewal.daysToRenewal, 'day')} (${renewal.renewalDate}): confirm decision makers, timeline and any open concerns.`,
      factIds: accountHealth ? ['renewal', 'account-health'] : ['renewal'],
    });
  }
  const change = usage.activeUsersChangePercent;
  if (change !== null && usage.recent && usage.prior && Math.abs(change) >= config.usageChangePercent) {
    const numbers = `${round(usage.prior.averageActiveUsers, 1)} → ${round(usage.recent.averageActiveUsers, 1)} average active users`;
    points.push(
      change < 0
        ? { topic: 'usageDecline', importance: 'medium', reason: `Active users down ${round(-change)}% over the last ${usage.windowDays} days (${numbers}): ask what changed and offer enablement.`, factIds: ['usage'] }
        : { topic: 'usageGrowth', importance: 'low', reason: `Active users up ${round(change)}% over the last ${usage.windowDays} days (${numbers}): explore more seats or features.`, factIds: ['usage'] },
    );
  }
  if (csat.rate !== null && csat.good + csat.bad >= config.minCsatRatings && csat.rate < config.csatConcernRate) {
    points.push({ topic: 'csat', importance: 'medium', reason: `CSAT ${round(csat.rate * 100)}% over the last ${csat.windowDays} days (${csat.bad} of ${csat.good + csat.bad} ratings bad): ask about their support experience.`, factIds: ['csat'] });
  }
  if (nps.score !== null && nps.score < config.npsConcernScore) {
    points.push({ topic: 'npsConcern', importance: 'medium', reason: `NPS ${round(nps.score)} from ${plural(nps.responses, 'answer')} (${nps.detractors} detractors): follow up on their feedback.`, factIds: ['nps'] });
  } else if (nps.score !== null && nps.score >= config.npsAdvocateScore) {
    points.push({ topic: 'npsAdvocates', importance: 'low', reason: `NPS ${round(nps.score)} from ${plural(nps.responses, 'answer')}: a good moment to ask for a reference or case study.`, factIds: ['nps'] });
  }
  const otherOpen = openTickets.filter((ticket) => !ticket.sla?.breached && !ticket.escalated);
  if (otherOpen.length > 0) {
    points.push({ topic: 'openTickets', importance: 'low', reason: `${plural(otherOpen.length, 'other open ticket')}: give a quick status.`, factIds: otherOpen.map((ticket) => ticket.factId) });
  }
  const resolved = facts.recentTickets.filter((ticket) => ticket.status === 'solved' || ticket.status === 'closed');
  if (resolved.length > 0) {
    points.push({ topic: 'recentResolved', importance: 'low', reason: `${plural(resolved.length, 'ticket')} resolved in the last ${config.recentTicketDays} days: check the fixes held.`, factIds: resolved.map((ticket) => ticket.factId) });
  }
  // Sort is stable: within an importance, the rule order above stands.
  return points.sort((left, right) => IMPORTANCE_ORDER[left.importance] - IMPORTANCE_ORDER[right.importance]).slice(0, config.maxTalkingPoints);
}
