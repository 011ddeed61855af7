import type { SupportSettings } from '../data/support-settings.js';
import { KEY_FEATURES, PRODUCT_CATALOGUE } from './account-terms.js';
import type { DemoScale } from './demo-scale.js';

// The support operation's cost per ticket (salaries, leads, tools, facilities), a B2B SaaS order of
// magnitude; the demo's agents spend the rest of their time on queues the dataset leaves out.
const OPEX_PER_TICKET_CENTS = 3_600;
// AI platform fee per 500 tickets a month.
const AI_FEE_PER_500_TICKETS_CENTS = 50_000;

/** Costs in USD cents scaled to the ticket volume, KPI goals for the executive view, help-center traffic. */
export function buildSettings(scale: DemoScale): SupportSettings {
  const ticketsPerMonth = scale.tickets / 6;
  const monthlyOpexCents = Math.round((ticketsPerMonth * OPEX_PER_TICKET_CENTS) / 10_000) * 10_000;
  return {
    costs: {
      currency: 'USD',
      monthlyOpexCents,
      humanShareOfOpex: 0.82,
      aiPricePerResolutionCents: 99,
      aiPlatformFeeMonthlyCents: Math.round(ticketsPerMonth / 500) * AI_FEE_PER_500_TICKETS_CENTS,
      monthlyBudgetCents: Math.round((monthlyOpexCents * 1.04) / 10_000) * 10_000,
    },
    goals: [
      { id: 'goal-sla', name: 'SLA compliance of 92 %', metric: 'slaCompliance', target: 0.92, direction: 'atLeast', baseline: 0.86, dueDate: '2026-12-31' },
      { id: 'goal-csat', name: 'CSAT of 90 %', metric: 'csat', target: 0.9, direction: 'atLeast', baseline: 0.84, dueDate: '2027-03-31' },
      { id: 'goal-ai', name: 'AI resolves 20 % of conversations', metric: 'aiResolutionRate', target: 0.2, direction: 'atLeast', baseline: 0.1, dueDate: '2027-03-31' },
      { id: 'goal-first-reply', name: 'Median first reply under 1 hour', metric: 'firstReplyMedianMinutes', target: 60, direction: 'atMost', baseline: 95, dueDate: '2026-12-31' },
      { id: 'goal-nps', name: 'NPS of 40', metric: 'nps', target: 40, direction: 'atLeast', baseline: 28, dueDate: '2027-06-30' },
    ],
    // About 22 help-center sessions per ticket.
    helpCenterSessionsPerMonth: Math.round((scale.tickets / 6) * 22),
    keyFeatures: [...KEY_FEATURES],
    productCatalogue: [...PRODUCT_CATALOGUE],
  };
}
