import type { SlaSetup } from '../../data/ticket-sla.js';
import type { AccountHealth } from './account-health.js';
import type { AccountSlices } from './account-index.js';
import { assessAdoptionTrend } from './declining-adoption.js';
import type { ExpansionAssessment } from './expansion-score.js';
import { isPastSla } from './ticket-state.js';
import { inLastDays } from './time-windows.js';
import { weeklyUsage } from './weekly-usage.js';

/** One agenda section of a business review. */
export interface AgendaItem {
  topic: 'health' | 'adoption' | 'support' | 'expansion' | 'renewal';
  title: string;
  points: string[];
}

/** The account's support over the last `days`: volume, SLA breaches (via the SLA engine) and CSAT. */
export interface SupportSummary {
  ticketCount: number;
  slaBreachedCount: number;
  csatGood: number;
  csatRated: number;
}

/** Counts tickets, SLA breaches and CSAT in the window; run only for review candidates, so the SLA cost stays small. */
export function supportSummaryOf(slices: AccountSlices, nowMs: number, days: number, slaSetup: SlaSetup | null): SupportSummary {
  let ticketCount = 0;
  let slaBreachedCount = 0;
  let csatGood = 0;
  let csatRated = 0;
  for (const entry of slices.tickets) {
    if (!inLastDays(entry.createdAtMs, nowMs, days)) continue;
    ticketCount += 1;
    if (slaSetup && isPastSla(entry.ticket, slaSetup, nowMs)) slaBreachedCount += 1;
    if (entry.ticket.csat) {
      csatRated += 1;
      if (entry.ticket.csat.rating === 'good') csatGood += 1;
    }
  }
  return { ticketCount, slaBreachedCount, csatGood, csatRated };
}

/** An agenda from the health drivers, adoption trend, support summary, expansion signals and renewal. */
export function reviewAgendaOf(input: {
  slices: AccountSlices;
  health: AccountHealth;
  expansion: ExpansionAssessment | null;
  support: SupportSummary;
  supportDays: number;
  daysToRenewal: number;
  driverCount: number;
  nowMs: number;
}): AgendaItem[] {
  const { health, expansion, support } = input;
  const agenda: AgendaItem[] = [];
  const drivers = health.drivers.slice(0, input.driverCount).map((driver) => driver.reason);
  agenda.push({ topic: 'health', title: `Health ${health.score ?? 'unknown'} (${health.band})`, points: drivers.length > 0 ? drivers : ['no metric is costing points'] });
  const adoption = assessAdoptionTrend(weeklyUsage(input.slices.usage, input.nowMs, 12));
  const adoptionPoints = [
    ...(adoption.recentMeanUsers === null ? ['no recent usage data'] : [`${Math.round(adoption.recentMeanUsers)} weekly active users over the last 4 weeks`]),
    ...adoption.reasons,
  ];
  agenda.push({ topic: 'adoption', title: adoption.declining ? 'Adoption is declining' : 'Adoption', points: adoptionPoints });
  agenda.push({
    topic: 'support',
    title: `Support in the last ${input.supportDays} days`,
    points: [
      `${support.ticketCount} tickets, ${support.slaBreachedCount} with an SLA breach`,
      support.csatRated === 0 ? 'no CSAT ratings' : `CSAT ${Math.round((100 * support.csatGood) / support.csatRated)}% (${support.csatGood} of ${support.csatRated} good)`,
    ],
  });
  if (expansion?.eligible && expansion.score !== null) {
    agenda.push({ topic: 'expansion', title: `Expansion score ${expansion.score}${expansion.csql ? ' (CSQL)' : ''}`, points: expansion.signals.slice(0, 3).map((signal) => signal.reason) });
  }
  if (input.daysToRenewal >= 0 && input.daysToRenewal <= 180) agenda.push({ topic: 'renewal', title: `Renewal in ${input.daysToRenewal} days`, points: [`confirm renewal plan for ${input.slices.account.renewalDate}`] });
  return agenda;
}
