import type { UsageSnapshot } from '../contracts/usage-snapshot.js';
import { mean, theilSenSlope } from '../scoring/statistics.js';

const DAY_MILLISECONDS = 86_400_000;

/** Usage over one window of snapshots, averaged per snapshot so a missing week does not read as a drop. */
export interface UsageWindow {
  /** First and last day of the window (YYYY-MM-DD), both included. */
  from: string;
  to: string;
  snapshots: number;
  averageActiveUsers: number;
  averageLogins: number;
  averageLicences: number;
  /** Average active users over average licences, 0–1 (null without licences). */
  utilisationRate: number | null;
}

/** Recent usage against the window before it. */
export interface UsageTrend {
  windowDays: number;
  recent: UsageWindow | null;
  prior: UsageWindow | null;
  /** `(recent − prior) / prior · 100` of average active users; null when either window is empty or prior is 0. */
  activeUsersChangePercent: number | null;
  loginsChangePercent: number | null;
  /** Theil–Sen slope of active users across both windows' snapshots, in users per snapshot (per week for weekly snapshots). */
  activeUsersSlopePerSnapshot: number | null;
}

/** The UTC day number of a `YYYY-MM-DD` date or an instant. */
export function dayNumber(epochMilliseconds: number): number {
  return Math.floor(epochMilliseconds / DAY_MILLISECONDS);
}

function isoDay(day: number): string {
  return new Date(day * DAY_MILLISECONDS).toISOString().slice(0, 10);
}

function windowOf(snapshots: readonly UsageSnapshot[], fromDay: number, toDay: number): UsageWindow | null {
  if (snapshots.length === 0) return null;
  const averageActiveUsers = mean(snapshots.map((snapshot) => snapshot.activeUsers))!;
  const averageLicences = mean(snapshots.map((snapshot) => snapshot.licences))!;
  return {
    from: isoDay(fromDay),
    to: isoDay(toDay),
    snapshots: snapshots.length,
    averageActiveUsers,
    averageLogins: mean(snapshots.map((snapshot) => snapshot.logins))!,
    averageLicences,
    utilisationRate: averageLicences > 0 ? averageActiveUsers / averageLicences : null,
  };
}

function changePercent(recent: number | undefined, prior: number | undefined): number | null {
  if (recent === undefined || prior === undefined || prior === 0) return null;
  return ((recent - prior) / prior) * 100;
}

/**
 * An account's usage in the last `windowDays` (by the day each snapshot's period ends, today
 * included) against the `windowDays` before. @default windowDays 28 (4 weeks)
 */
export function accountUsageTrend(snapshots: readonly UsageSnapshot[], accountId: string, now: Date, windowDays = 28): UsageTrend {
  const today = dayNumber(now.getTime());
  const recent: UsageSnapshot[] = [];
  const prior: UsageSnapshot[] = [];
  for (const snapshot of snapshots) {
    if (snapshot.accountId !== accountId) continue;
    const endDay = dayNumber(Date.parse(snapshot.period.end));
    if (endDay > today || endDay <= today - 2 * windowDays) continue;
    (endDay > today - windowDays ? recent : prior).push(snapshot);
  }
  const recentWindow = windowOf(recent, today - windowDays + 1, today);
  const priorWindow = windowOf(prior, today - 2 * windowDays + 1, today - windowDays);
  const ordered = [...prior, ...recent].sort((left, right) => left.period.end.localeCompare(right.period.end));
  return {
    windowDays,
    recent: recentWindow,
    prior: priorWindow,
    activeUsersChangePercent: changePercent(recentWindow?.averageActiveUsers, priorWindow?.averageActiveUsers),
    loginsChangePercent: changePercent(recentWindow?.averageLogins, priorWindow?.averageLogins),
    activeUsersSlopePerSnapshot: theilSenSlope(ordered.map((snapshot) => snapshot.activeUsers)),
  };
}
