import type { UsageSnapshot } from '../contracts/usage-snapshot.js';
import type { DemoAccount } from './accounts.js';
import { DAY_MS, isoDate, utcDayStart } from './demo-time.js';
import type { SeededRandom } from './random.js';

/** Weeks of usage per account. */
export const USAGE_WEEKS = 16;

// Share of the base kept in each of the last 4 weeks: a sharp drop (declining) or a steeper fall (churn).
const DECLINE_STEPS = [0.72, 0.58, 0.5, 0.46];
const CHURN_STEPS = [0.6, 0.52, 0.46, 0.42];

/**
 * Weekly usage for the last 16 weeks, each week ending the day before `now` or earlier. Active users are a
 * share of licences that depends on the account's role: steady (60–85 %, flat), declining (healthy, then
 * −45 %), churn (half the seats, falling), upsell (saturating and growing past 95 %).
 */
export function generateUsage(accounts: readonly DemoAccount[], nowMs: number, random: SeededRandom): UsageSnapshot[] {
  const lastEnd = utcDayStart(nowMs) - DAY_MS;
  // Every account reports the same 16 weeks: one frozen period object per week, shared.
  const periods = Array.from({ length: USAGE_WEEKS }, (_, week) => {
    const end = lastEnd - (USAGE_WEEKS - 1 - week) * 7 * DAY_MS;
    return Object.freeze({ start: isoDate(end - 6 * DAY_MS), end: isoDate(end) });
  });
  const snapshots: UsageSnapshot[] = [];
  for (const demoAccount of accounts) {
    const shares = seatSharesOf(demoAccount, random);
    const features = featureHabitsOf(demoAccount, random);
    const licences = demoAccount.account.licences;
    shares.forEach((share, week) => {
      const activeUsers = Math.max(1, Math.round(share * licences));
      const featureUsage: Record<string, number> = {};
      for (const habit of features) {
        const used = habit.fromWeek <= week && week <= habit.untilWeek;
        featureUsage[habit.feature] = used ? Math.round(activeUsers * habit.usesPerUser * random.between(0.9, 1.1)) : 0;
      }
      // Frozen as they are made: cheaper than walking 80,000 snapshots afterwards.
      snapshots.push(
        Object.freeze({
          accountId: demoAccount.account.id,
          period: periods[week]!,
          activeUsers,
          licences,
          logins: Math.round(activeUsers * random.between(3.5, 5.5)),
          featureUsage: Object.freeze(featureUsage),
        }),
      );
    });
  }
  return snapshots;
}

function seatSharesOf(demoAccount: DemoAccount, random: SeededRandom): number[] {
  const weeks = Array.from({ length: USAGE_WEEKS }, (_, week) => week);
  const noise = (spread: number) => 1 + random.between(-spread, spread);
  switch (demoAccount.role) {
    case 'declining': {
      const base = random.between(0.84, 0.92);
      return weeks.map((week) => base * (DECLINE_STEPS[week - (USAGE_WEEKS - 4)] ?? 1) * noise(0.02));
    }
    case 'churn': {
      const base = random.between(0.5, 0.56);
      return weeks.map((week) => base * (CHURN_STEPS[week - (USAGE_WEEKS - 4)] ?? 1 - 0.012 * week) * noise(0.02));
    }
    case 'upsell':
      // Above 95 % of seats for the last 6 weeks and still growing about 3 % a week (overage counts).
      return weeks.map((week) => Math.min(1.15, 0.66 + 0.032 * week) * noise(0.01));
    default: {
      const base = random.between(0.6, 0.85);
      const slope = random.between(-0.002, 0.006);
      return weeks.map((week) => (base + slope * week) * noise(0.03));
    }
  }
}

interface FeatureHabit {
  feature: string;
  usesPerUser: number;
  fromWeek: number;
  untilWeek: number;
}

function featureHabitsOf(demoAccount: DemoAccount, random: SeededRandom): FeatureHabit[] {
  const entitled = demoAccount.account.entitledFeatures ?? [];
  const always = { fromWeek: 0, untilWeek: USAGE_WEEKS - 1 };
  const habit = (feature: string, span = always): FeatureHabit => ({ feature, usesPerUser: random.between(0.4, 2.5), ...span });
  switch (demoAccount.role) {
    case 'churn':
      // Two features left in use, and reports abandoned for the last two weeks.
      return [habit('dashboards'), habit('reports', { fromWeek: 0, untilWeek: USAGE_WEEKS - 3 })];
    case 'declining':
      return entitled.map((feature) => (feature === 'automations' ? habit(feature, { fromWeek: 0, untilWeek: USAGE_WEEKS - 3 }) : habit(feature)));
    case 'upsell':
      // Trying SSO, an Enterprise feature their Business plan does not include.
      return [...entitled.map((feature) => habit(feature)), { feature: 'sso', usesPerUser: 0.05, fromWeek: USAGE_WEEKS - 6, untilWeek: USAGE_WEEKS - 1 }];
    default:
      return entitled.filter(() => random.chance(0.8)).map((feature) => habit(feature));
  }
}
