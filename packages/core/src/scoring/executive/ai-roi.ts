import type { SupportCosts } from '../../data/support-settings.js';
import type { BoardMetricsConfig } from './board-metrics-config.js';
import { estimateHandleTime, type HandleTimeEstimate, type LoadedHourlyCost } from './handle-time.js';
import { moneyOf, ratioOrNull } from './metric-change.js';
import type { WindowFacts } from './window-facts.js';

/** What AI resolutions saved and cost in a period (SCORING §6), with the inputs behind it. */
export interface AiRoi {
  aiResolved: number;
  handleMinutes: number | null;
  handleTimeSource: HandleTimeEstimate['source'];
  repliesPerHumanTicket: number | null;
  loadedHourlyCostCents: number | null;
  /** `handle hours × loaded hourly cost`: what one more human ticket costs (fixed costs stay). */
  marginalCostPerHumanTicketCents: number | null;
  /** `aiResolved × marginal`. */
  grossSavingsCents: number | null;
  /** `aiResolved × price per resolution + platform fee prorated`. */
  aiCostCents: number;
  /** `gross − AI cost`. */
  netSavingsCents: number | null;
  /** `net / AI cost`; null without AI cost. */
  roi: number | null;
  /** `aiResolved × handle hours`. */
  agentHoursSaved: number | null;
  explanation: string;
}

export function computeAiRoi(facts: WindowFacts, periodDays: number, costs: SupportCosts, hourly: LoadedHourlyCost, config: BoardMetricsConfig): AiRoi {
  const handle = estimateHandleTime(facts, config);
  const handleHours = handle.minutes === null ? null : handle.minutes / 60;
  const marginal = handleHours === null || hourly.cents === null ? null : handleHours * hourly.cents;
  const gross = marginal === null ? null : facts.aiResolved * marginal;
  const aiCost = facts.aiResolved * costs.aiPricePerResolutionCents + (costs.aiPlatformFeeMonthlyCents * periodDays) / config.daysPerMonth;
  const net = gross === null ? null : gross - aiCost;
  const hoursSaved = handleHours === null ? null : facts.aiResolved * handleHours;
  return {
    aiResolved: facts.aiResolved,
    handleMinutes: handle.minutes,
    handleTimeSource: handle.source,
    repliesPerHumanTicket: handle.repliesPerTicket,
    loadedHourlyCostCents: hourly.cents,
    marginalCostPerHumanTicketCents: marginal,
    grossSavingsCents: gross,
    aiCostCents: aiCost,
    netSavingsCents: net,
    roi: ratioOrNull(net, aiCost),
    agentHoursSaved: hoursSaved,
    explanation: explainRoi(facts.aiResolved, marginal, gross, aiCost, net, costs.currency),
  };
}

function explainRoi(aiResolved: number, marginal: number | null, gross: number | null, aiCost: number, net: number | null, currency: string): string {
  if (marginal === null || gross === null || net === null) return `AI resolved ${aiResolved} tickets; savings need a handle time and agent hourly costs in ${currency}.`;
  const money = (cents: number) => moneyOf(cents, currency);
  return `AI resolved ${aiResolved} tickets at a marginal human cost of ${money(marginal)} each: ${money(gross)} gross savings minus ${money(aiCost)} AI cost = ${money(net)} net.`;
}
