import type { Agent } from '../../contracts/agent.js';
import type { BoardMetricsConfig } from './board-metrics-config.js';
import type { WindowFacts } from './window-facts.js';

/** Average handle time of a human-resolved ticket and where it came from. */
export interface HandleTimeEstimate {
  minutes: number | null;
  source: 'config' | 'replies' | 'none';
  /** Public replies per human-resolved ticket, when estimated from replies. */
  repliesPerTicket: number | null;
}

/** Measured handle time from config, else replies per human-resolved ticket × minutes per reply. */
export function estimateHandleTime(facts: WindowFacts, config: BoardMetricsConfig): HandleTimeEstimate {
  if (config.averageHandleMinutes !== null) return { minutes: config.averageHandleMinutes, source: 'config', repliesPerTicket: null };
  if (facts.humanResolved === 0) return { minutes: null, source: 'none', repliesPerTicket: null };
  const repliesPerTicket = facts.humanReplies / facts.humanResolved;
  return { minutes: repliesPerTicket * config.minutesPerReply, source: 'replies', repliesPerTicket };
}

/** The loaded cost of an agent hour: the mean hourly cost of active agents paid in the report currency. */
export interface LoadedHourlyCost {
  cents: number | null;
  agentsCounted: number;
  /** Agents left out because their cost is in another currency. */
  agentsInOtherCurrencies: number;
}

export function loadedHourlyCost(agents: readonly Agent[], currency: string): LoadedHourlyCost {
  let total = 0;
  let counted = 0;
  let otherCurrency = 0;
  for (const agent of agents) {
    if (agent.active === false) continue;
    if (agent.hourlyCost.currency !== currency) {
      otherCurrency += 1;
      continue;
    }
    total += agent.hourlyCost.amountCents;
    counted += 1;
  }
  return { cents: counted === 0 ? null : total / counted, agentsCounted: counted, agentsInOtherCurrencies: otherCurrency };
}
