import type { AccountSegment } from '../contracts/account.js';
import type { SeededRandom } from './random.js';

/** Key features, in the order plans unlock them (settings.keyFeatures). */
export const KEY_FEATURES = ['dashboards', 'reports', 'integrations', 'automations', 'api_access', 'sso'] as const;

/** Products and modules a customer can own (settings.productCatalogue). */
export const PRODUCT_CATALOGUE = ['Helpdesk', 'Knowledge Base', 'Live Chat', 'Analytics Pro', 'Workforce Management', 'AI Agent'] as const;

export type PlanName = 'Starter' | 'Business' | 'Enterprise';

const PLAN_FEATURE_COUNTS: Readonly<Record<PlanName, number>> = { Starter: 3, Business: 5, Enterprise: 6 };
const SEAT_PRICE_DOLLARS: Readonly<Record<PlanName, number>> = { Starter: 240, Business: 360, Enterprise: 480 };

/** The key features a plan entitles an account to. */
export function entitledFeaturesOf(plan: PlanName): string[] {
  return KEY_FEATURES.slice(0, PLAN_FEATURE_COUNTS[plan]);
}

/** Usual plan of a segment. */
export function planOf(segment: AccountSegment, random: SeededRandom): PlanName {
  if (segment === 'enterprise') return 'Enterprise';
  if (segment === 'mid_market') return random.chance(0.2) ? 'Enterprise' : 'Business';
  return random.chance(0.3) ? 'Business' : 'Starter';
}

/** Licensed seats typical of a segment. */
export function licencesOf(segment: AccountSegment, random: SeededRandom): number {
  if (segment === 'enterprise') return random.int(250, 1200);
  if (segment === 'mid_market') return random.int(60, 250);
  return random.int(10, 50);
}

/** ARR in cents: seats × the plan's list price per seat, less a negotiated discount, to the nearest $100. */
export function arrCentsOf(plan: PlanName, licences: number, random: SeededRandom): number {
  const dollars = licences * SEAT_PRICE_DOLLARS[plan] * random.between(0.82, 1);
  return Math.round(dollars / 100) * 10_000;
}

/** Products owned: always the helpdesk, other modules more often for bigger customers. */
export function productsOf(segment: AccountSegment, random: SeededRandom): string[] {
  const odds: Readonly<Record<string, Readonly<Record<AccountSegment, number>>>> = {
    'Knowledge Base': { enterprise: 0.85, mid_market: 0.7, smb: 0.5 },
    'Live Chat': { enterprise: 0.6, mid_market: 0.5, smb: 0.35 },
    'Analytics Pro': { enterprise: 0.6, mid_market: 0.3, smb: 0.1 },
    'Workforce Management': { enterprise: 0.4, mid_market: 0.1, smb: 0 },
    'AI Agent': { enterprise: 0.45, mid_market: 0.35, smb: 0.2 },
  };
  return ['Helpdesk', ...PRODUCT_CATALOGUE.slice(1).filter((product) => random.chance(odds[product]![segment]))];
}

/** Share of steady accounts per segment. */
export const SEGMENT_WEIGHTS: Readonly<Record<AccountSegment, number>> = { enterprise: 20, mid_market: 40, smb: 40 };
