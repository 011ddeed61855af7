import type { Account } from '../../contracts/account.js';
import { theilSenSlope, median } from '../statistics.js';
import type { AccountHealth } from './account-health.js';
import { calendarDaysUntil, DAY_MS } from './time-windows.js';
import { presentValues } from './weekly-usage.js';

/** The named features a Stage 1 churn model can use (SCORING §2.2 feature table); null when unknown. */
export const CHURN_FEATURE_NAMES = [
  'healthScore',
  'seatUtilisationRate',
  'usageMomentumRate',
  'featureBreadthRate',
  'usageSlopePercentPerWeek',
  'ticketLoadRatio',
  'escalationCount',
  'supportCsatRate',
  'negativeSentimentRate',
  'npsScore',
  'touchpointRecencyDays',
  'championDeparted',
  'invoiceDaysOverdue',
  'contractionLastChange',
  'discountRequested',
  'daysToRenewal',
  'tenureDays',
] as const;
export type ChurnFeatureName = (typeof CHURN_FEATURE_NAMES)[number];

/** Feature values of one account, frozen at `health.asOf` (the model's snapshot date, so no leakage). */
export function churnFeaturesOf(account: Account, health: AccountHealth): Record<ChurnFeatureName, number | null> {
  const asOfMs = Date.parse(health.asOf);
  const raw = (key: string) => health.components.find((component) => component.key === key)?.rawValue ?? null;
  const weekly = presentValues(health.facts.weeklyActiveUsers);
  const slope = weekly.length >= 2 ? theilSenSlope(weekly) : null;
  const seriesMedian = median(weekly);
  const champion = account.champion;
  const createdMs = account.createdAt ? Date.parse(account.createdAt) : NaN;
  return {
    healthScore: health.score,
    seatUtilisationRate: raw('seatUtilisation'),
    usageMomentumRate: raw('usageMomentum'),
    featureBreadthRate: raw('featureBreadth'),
    usageSlopePercentPerWeek: slope === null || !seriesMedian ? null : (100 * slope) / seriesMedian,
    ticketLoadRatio: raw('ticketLoad'),
    escalationCount: health.facts.escalationCount,
    supportCsatRate: raw('supportCsat'),
    negativeSentimentRate: raw('ticketSentiment'),
    npsScore: raw('nps'),
    touchpointRecencyDays: raw('touchpointRecency'),
    championDeparted: champion === undefined ? null : champion !== null && champion.leftOn !== undefined && Date.parse(champion.leftOn) <= asOfMs ? 1 : 0,
    invoiceDaysOverdue: account.invoiceStatus === undefined && account.invoiceDaysOverdue === undefined ? null : (account.invoiceDaysOverdue ?? 0),
    contractionLastChange: account.contractTrajectory === undefined ? null : account.contractTrajectory === 'contraction' ? 1 : 0,
    discountRequested: account.discountRequested === undefined ? null : Number(account.discountRequested),
    daysToRenewal: calendarDaysUntil(account.renewalDate, asOfMs),
    tenureDays: Number.isNaN(createdMs) ? null : Math.floor((asOfMs - createdMs) / DAY_MS),
  };
}
