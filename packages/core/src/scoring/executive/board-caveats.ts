import type { BoardMetricsConfig } from './board-metrics-config.js';
import type { LoadedHourlyCost } from './handle-time.js';
import type { WindowMetrics } from './window-metrics.js';

/** The caveats SCORING §6 asks to print on the board page, then notes about this period's data. */
export function boardCaveats(current: WindowMetrics, hourly: LoadedHourlyCost, config: BoardMetricsConfig, arrAtRisk: { method: string } | null): string[] {
  const caveats = [
    `AI resolutions count only with no human recontact within ${config.aiRecontactDays} days, stricter than vendor defaults of 24–72 h.`,
    'Deflection is not resolution: ROI uses auto-resolution; the deflection ratio is a funnel metric only.',
    'Read cost per ticket together with CSAT: cost and satisfaction are the two foundation metrics.',
    `Monthly opex is prorated to the ${round(current.days)}-day period; gross AI savings use the marginal cost of a human ticket, not the average, because fixed costs do not go away.`,
  ];
  const { facts, roi } = current;
  if (facts.aiResolvedProvisional > 0) {
    caveats.push(`${facts.aiResolvedProvisional} of ${facts.aiResolved} AI resolutions are provisional: their ${config.aiRecontactDays}-day recontact window is still open.`);
  }
  if (facts.aiRecontacted > 0) caveats.push(`${facts.aiRecontacted} AI solves were excluded because the customer came back or an agent replied within ${config.aiRecontactDays} days.`);
  if (roi.handleTimeSource === 'replies') {
    caveats.push(`Handle time is estimated at ${config.minutesPerReply} min per public reply (${round(roi.repliesPerHumanTicket ?? 0)} replies per human-resolved ticket); set averageHandleMinutes to use measured work time.`);
  }
  if (roi.handleTimeSource === 'none') caveats.push('No human-resolved ticket in the period to estimate handle time from, so AI savings are not computed.');
  if (hourly.agentsInOtherCurrencies > 0) caveats.push(`${hourly.agentsInOtherCurrencies} agents with an hourly cost in another currency were left out of the loaded hourly cost.`);
  if (arrAtRisk) caveats.push(`ARR at risk comes from the accounts scores: ${arrAtRisk.method}.`);
  return caveats;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
