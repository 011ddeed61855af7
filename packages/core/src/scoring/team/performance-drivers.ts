import type { PerformanceComponent, PerformanceComponentKey, RankedAgent } from './agent-ranking.js';
import { decimal, duration, ordinal, percent } from './format.js';

/** A component that moves an agent's composite, with the numbers and a sentence saying why. */
export interface PerformanceDriver {
  key: PerformanceComponentKey;
  direction: 'strength' | 'weakness';
  value: number | null;
  percentile: number | null;
  /** Points above (+) or below (−) an agent in the middle of the team: `weight × (percentile − 50) / 100`. */
  impactPoints: number;
  reason: string;
}

/** Which drivers to pick: the biggest gains (`top`), the biggest losses (`lowest`) or the largest either way. */
export type DriverFocus = 'top' | 'lowest' | 'any';

/** The `count` components driving an agent's rank, most influential first. */
export function driversOf(agent: RankedAgent, focus: DriverFocus, count = 3): PerformanceDriver[] {
  const impact = (part: PerformanceComponent) => (part.weight * ((part.percentile ?? 50) - 50)) / 100;
  const order = (left: PerformanceComponent, right: PerformanceComponent) =>
    focus === 'top' ? impact(right) - impact(left) : focus === 'lowest' ? impact(left) - impact(right) : Math.abs(impact(right)) - Math.abs(impact(left));
  return [...agent.components]
    .filter((part) => part.percentile !== null)
    .sort((left, right) => order(left, right) || right.weight - left.weight)
    .slice(0, count)
    .map((part) => ({
      key: part.key,
      direction: impact(part) >= 0 ? 'strength' : 'weakness',
      value: part.value,
      percentile: part.percentile,
      impactPoints: impact(part),
      reason: `${describeComponent(agent, part.key)}, ${ordinal(Math.round(part.percentile!))} percentile in the team`,
    }));
}

/** A human sentence fragment for one component of an agent, with its numbers. */
export function describeComponent(agent: RankedAgent, key: PerformanceComponentKey): string {
  const { metrics, adjusted } = agent;
  switch (key) {
    case 'csat':
      return `CSAT ${percent(metrics.csat.rate)} (${metrics.csat.successes} good of ${metrics.csat.total}; ${percent(adjusted.csatRate)} adjusted for ${metrics.csat.total} ratings)`;
    case 'reopen':
      return `reopen rate ${percent(adjusted.reopenRate)} (${metrics.reopen.successes} of ${metrics.reopen.total} solves reopened)`;
    case 'oneTouch':
      return `one-touch ${percent(adjusted.oneTouchRate)} (${metrics.oneTouch.successes} of ${metrics.oneTouch.total} replied tickets)`;
    case 'firstReplySpeed':
      return `first replies at ${decimal(metrics.firstReplySpeedIndex)}× the team's time on the same kind of ticket (median ${duration(metrics.firstReply.medianMinutes)})`;
    case 'resolutionSpeed':
      return `resolutions at ${decimal(metrics.resolutionSpeedIndex)}× the team's time on the same kind of ticket (median ${duration(metrics.resolution.medianMinutes)})`;
    case 'throughput':
      return metrics.weightedSolvedPerFteDay === null
        ? `${metrics.weightedTicketsSolved.toFixed(1)} complexity-weighted tickets solved (${metrics.ticketsSolved} tickets)`
        : `${metrics.weightedSolvedPerFteDay.toFixed(1)} complexity-weighted tickets per scheduled FTE-day (${metrics.ticketsSolved} solved)`;
  }
}
