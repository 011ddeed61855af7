import type { AccountSlices, IndexedNps } from './account-index.js';
import type { HealthConfig } from './health-config.js';
import { dateStartMs, daysBetween, inLastDays } from './time-windows.js';
import { type MetricMeasurement, measurement, missingMeasurement } from './types.js';
import { countOf } from './wording.js';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** 9–10 promoter, 7–8 passive, 0–6 detractor. */
export function npsCategoryOf(score: number): NpsCategory {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** The latest answer of each contact within `lookbackDays` of `asOfMs` (answers without a contact count alone). */
export function latestNpsPerContact(nps: readonly IndexedNps[], asOfMs: number, lookbackDays: number): IndexedNps[] {
  const latest = new Map<string, IndexedNps>();
  // Sorted oldest first, so later answers overwrite earlier ones.
  for (const entry of nps) {
    if (entry.respondedAtMs > asOfMs) break;
    if (inLastDays(entry.respondedAtMs, asOfMs, lookbackDays)) latest.set(entry.response.contactId ?? `response:${entry.response.id}`, entry);
  }
  return [...latest.values()];
}

/** The voice-of-customer, relationship and commercial metrics of one account at `asOfMs` (SCORING §1.2); `explain` false skips the sentences. */
export function measureRelationship(slices: AccountSlices, asOfMs: number, config: HealthConfig, explain = true) {
  return {
    nps: measureNps(slices, asOfMs, config, explain),
    csmPulse: measureCsmPulse(slices, config, explain),
    touchpointRecency: measureTouchpoint(slices, asOfMs, explain),
    champion: measureChampion(slices, asOfMs, config, explain),
    invoices: measureInvoices(slices, config, explain),
    contractTrajectory: measureContract(slices, config, explain),
  };
}

function measureNps(slices: AccountSlices, asOfMs: number, config: HealthConfig, explain: boolean): MetricMeasurement {
  const latest = latestNpsPerContact(slices.nps, asOfMs, config.windows.npsLookbackDays);
  if (latest.length === 0) return missingMeasurement('score', explain ? 'no NPS answer' : null);
  const values = config.categorical.nps;
  const counts = { promoter: 0, passive: 0, detractor: 0 };
  for (const entry of latest) counts[npsCategoryOf(entry.response.score)] += 1;
  const average = (counts.promoter * values.promoter + counts.passive * values.passive + counts.detractor * values.detractor) / latest.length;
  return measurement(average, 'score', explain ? `${countOf(latest.length, 'contact')}: ${countOf(counts.promoter, 'promoter')}, ${countOf(counts.passive, 'passive')}, ${countOf(counts.detractor, 'detractor')}` : null, average);
}

function measureCsmPulse(slices: AccountSlices, config: HealthConfig, explain: boolean): MetricMeasurement {
  const pulse = slices.account.csmPulse;
  if (!pulse) return missingMeasurement('score', explain ? 'no CSM pulse' : null);
  const score = config.categorical.csmPulse[pulse];
  return measurement(score, 'score', explain ? `CSM pulse "${pulse}"` : null, score);
}

// Days since the last meeting, call or QBR: the account's recorded dates and its meetings up to asOf.
function measureTouchpoint(slices: AccountSlices, asOfMs: number, explain: boolean): MetricMeasurement {
  let lastMs = -Infinity;
  for (const at of [slices.account.lastTouchpointAt, slices.account.lastQbrAt]) {
    const ms = at === undefined ? NaN : Date.parse(at);
    if (ms <= asOfMs && ms > lastMs) lastMs = ms;
  }
  for (const entry of slices.meetings) {
    if (entry.startsAtMs > asOfMs) break;
    if (entry.startsAtMs > lastMs) lastMs = entry.startsAtMs;
  }
  if (lastMs === -Infinity) return missingMeasurement('days', explain ? 'no recorded touchpoint' : null);
  const days = Math.floor(daysBetween(lastMs, asOfMs));
  return measurement(days, 'days', explain ? `last touchpoint ${countOf(days, 'day')} ago` : null);
}

function measureChampion(slices: AccountSlices, asOfMs: number, config: HealthConfig, explain: boolean): MetricMeasurement {
  const champion = slices.account.champion;
  if (champion === undefined) return missingMeasurement('boolean', explain ? 'champion not recorded' : null);
  if (champion === null) return measurement(0, 'boolean', explain ? 'no champion known' : null, 0);
  const leftMs = champion.leftOn === undefined ? Infinity : dateStartMs(champion.leftOn);
  if (leftMs > asOfMs) return measurement(1, 'boolean', explain ? `champion ${champion.name} active` : null, 100);
  const daysGone = Math.floor(daysBetween(leftMs, asOfMs));
  const critical = daysGone > config.critical.championGoneDays;
  return measurement(0, 'boolean', explain ? `champion ${champion.name} left ${countOf(daysGone, 'day')} ago with no replacement` : null, 0, critical);
}

// Paid on time 100, overdue ≤ 30 d 50, more 0; critical past 60 d. Invoice state has no history, so past dates reuse it.
function measureInvoices(slices: AccountSlices, config: HealthConfig, explain: boolean): MetricMeasurement {
  const { invoiceStatus, invoiceDaysOverdue } = slices.account;
  if (invoiceStatus === undefined && invoiceDaysOverdue === undefined) return missingMeasurement('days', explain ? 'invoice status unknown' : null);
  const days = invoiceDaysOverdue ?? 0;
  const values = config.categorical.invoices;
  if (invoiceStatus !== 'overdue' && days === 0) return measurement(0, 'days', explain ? 'invoices paid on time' : null, values.current);
  const score = days <= 30 ? values.overdueWithin30Days : values.overdueOver30Days;
  return measurement(days, 'days', explain ? `invoice overdue ${countOf(days, 'day')}` : null, score, days > config.critical.invoiceOverdueDays);
}

function measureContract(slices: AccountSlices, config: HealthConfig, explain: boolean): MetricMeasurement {
  const trajectory = slices.account.contractTrajectory;
  if (!trajectory) return missingMeasurement('score', explain ? 'no contract change recorded' : null);
  const score = config.categorical.contractTrajectory[trajectory];
  return measurement(score, 'score', explain ? `last contract change: ${trajectory}` : null, score);
}
