import type { AccountSlices, IndexedUsage } from './account-index.js';
import type { HealthConfig } from './health-config.js';
import { activeUsersInWindow } from './health-context.js';
import { DAY_MS, roundTo } from './time-windows.js';
import { type MetricMeasurement, measurement, missingMeasurement } from './types.js';
import { meanOfPresent, type WeeklyUsage, weeklyUsage } from './weekly-usage.js';
import { formatSignedPercent } from './wording.js';

/** Usage facts other scores reuse (ticket load, expansion, declining adoption). */
export interface AdoptionFacts {
  /** Active users over the last 28 days: the largest snapshot count in the window. */
  activeUsers: number | null;
  licences: number | null;
  /** 12 (or 2 × momentum) weeks of active users ending at `asOf`, without feature series. */
  weekly: WeeklyUsage;
}

export interface AdoptionMeasurements {
  facts: AdoptionFacts;
  seatUtilisation: MetricMeasurement;
  usageMomentum: MetricMeasurement;
  featureBreadth: MetricMeasurement;
  setupMilestones: MetricMeasurement;
}

/** Seat utilisation, usage momentum, feature breadth and setup milestones of one account at `asOfMs` (SCORING §1.2). */
export function measureAdoption(slices: AccountSlices, asOfMs: number, config: HealthConfig, keyFeatures: readonly string[] | undefined, explain = true): AdoptionMeasurements {
  const { account } = slices;
  const windowDays = config.windows.activeUsersDays;
  const from = asOfMs - windowDays * DAY_MS;
  const recent: IndexedUsage[] = [];
  for (const entry of slices.usage) {
    if (entry.endMs > asOfMs) break;
    if (entry.endMs > from) recent.push(entry);
  }
  const activeUsers = activeUsersInWindow(slices, asOfMs, windowDays);
  const latest = recent[recent.length - 1];
  // The snapshot's seat count is the one in force; the account record is the fallback.
  const licences = latest && latest.snapshot.licences > 0 ? latest.snapshot.licences : account.licences > 0 ? account.licences : null;
  const weekly = weeklyUsage(slices.usage, asOfMs, Math.max(12, 2 * config.windows.momentumWeeks), false);

  const seatUtilisation: MetricMeasurement =
    activeUsers === null || licences === null
      ? missingMeasurement('rate', explain ? (activeUsers === null ? `no usage snapshot in the last ${windowDays} days` : 'no licensed seats') : null)
      : measurement(activeUsers / licences, 'rate', explain ? `${activeUsers} of ${licences} seats active in the last ${windowDays} days` : null);

  return {
    facts: { activeUsers, licences, weekly },
    seatUtilisation,
    usageMomentum: momentumOf(weekly, config.windows.momentumWeeks, explain),
    featureBreadth: breadthOf(slices, recent, keyFeatures, windowDays, explain),
    setupMilestones: milestonesOf(slices, explain),
  };
}

// (mean weekly actives, last w weeks) / (prior w weeks) − 1; weeks without a snapshot are skipped.
function momentumOf(weekly: WeeklyUsage, weeks: number, explain: boolean): MetricMeasurement {
  const series = weekly.activeUsers;
  const last = meanOfPresent(series, series.length - weeks);
  const prior = meanOfPresent(series, series.length - 2 * weeks, series.length - weeks);
  if (last === null || prior === null || prior === 0) return missingMeasurement('rate', explain ? `needs weekly active users in both of the last two ${weeks}-week spans` : null);
  const change = last / prior - 1;
  return measurement(change, 'rate', explain ? `weekly active users ${roundTo(last, 1)} vs ${roundTo(prior, 1)} the ${weeks} weeks before (${formatSignedPercent(change)})` : null);
}

// Key features used in the window / key features the account is entitled to (settings.keyFeatures ∩ entitledFeatures).
function breadthOf(slices: AccountSlices, recent: readonly IndexedUsage[], keyFeatures: readonly string[] | undefined, windowDays: number, explain: boolean): MetricMeasurement {
  if (!keyFeatures || keyFeatures.length === 0) return missingMeasurement('rate', explain ? 'no key features configured' : null);
  const entitled = slices.account.entitledFeatures;
  const candidates = entitled ? keyFeatures.filter((feature) => entitled.includes(feature)) : keyFeatures;
  if (candidates.length === 0) return missingMeasurement('rate', explain ? 'entitled to no key feature' : null);
  if (recent.length === 0) return missingMeasurement('rate', explain ? `no usage snapshot in the last ${windowDays} days` : null);
  let used = 0;
  for (const feature of candidates) {
    if (recent.some((entry) => (entry.snapshot.featureUsage[feature] ?? 0) > 0)) used += 1;
  }
  return measurement(used / candidates.length, 'rate', explain ? `${used} of ${candidates.length} key features used in the last ${windowDays} days` : null);
}

function milestonesOf(slices: AccountSlices, explain: boolean): MetricMeasurement {
  const milestones = slices.account.setupMilestones;
  if (!milestones || milestones.total === 0) return missingMeasurement('rate');
  return measurement(milestones.completed / milestones.total, 'rate', explain ? `${milestones.completed} of ${milestones.total} setup milestones completed` : null);
}
