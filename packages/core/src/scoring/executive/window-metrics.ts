import type { SupportData } from '../../data/support-data.js';
import { windowDays, type ReportWindow } from '../service-levels/report-window.js';
import { slaComplianceOverview, type SlaComplianceOverview } from '../service-levels/sla-compliance-overview.js';
import { ticketTimeIndex } from '../service-levels/ticket-time-index.js';
import { computeAiRoi, type AiRoi } from './ai-roi.js';
import type { BoardMetricId } from './board-metric-catalogue.js';
import type { BoardMetricsConfig } from './board-metrics-config.js';
import type { LoadedHourlyCost } from './handle-time.js';
import { ratioOrNull } from './metric-change.js';
import { collectWindowFacts, type WindowFacts } from './window-facts.js';

/** Every board figure of one window and the facts and sub-results behind them. */
export interface WindowMetrics {
  window: ReportWindow;
  days: number;
  facts: WindowFacts;
  /** Monthly opex prorated to the window. */
  opexCents: number;
  humanShareOfOpex: number;
  values: Record<Exclude<BoardMetricId, 'arrAtRiskCents'>, number | null>;
  roi: AiRoi;
  sla: SlaComplianceOverview;
}

/**
 * Window facts by ticket list: the summary, the board pack, the goals and the cost report all read the
 * same two windows in one dashboard, and the facts depend only on these inputs.
 */
const factsByTickets = new WeakMap<object, Map<string, WindowFacts>>();

function cachedWindowFacts(data: SupportData, now: Date, window: ReportWindow, config: BoardMetricsConfig): WindowFacts {
  const key = `${now.getTime()}|${window.fromMs}|${window.toMs}|${config.aiRecontactDays}|${config.aiTagPrefixes.join(',')}`;
  let byKey = factsByTickets.get(data.tickets);
  if (!byKey) factsByTickets.set(data.tickets, (byKey = new Map()));
  let facts = byKey.get(key);
  if (!facts) {
    facts = collectWindowFacts(ticketTimeIndex(data.tickets), window, { now, aiRecontactDays: config.aiRecontactDays, aiTagPrefixes: config.aiTagPrefixes });
    // A few windows per list are in play at once (this and the previous period); keep the set small.
    if (byKey.size >= 8) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, facts);
  }
  return facts;
}

/** The board figures of one window (SCORING §6 formulas; see `DEFAULT_BOARD_METRICS_CONFIG`). */
export function computeWindowMetrics(data: SupportData, now: Date, window: ReportWindow, config: BoardMetricsConfig, hourly: LoadedHourlyCost): WindowMetrics {
  const days = windowDays(window);
  const costs = data.settings.costs;
  const facts = cachedWindowFacts(data, now, window, config);
  const opexCents = (costs.monthlyOpexCents * days) / config.daysPerMonth;
  const humanShareOfOpex = costs.humanShareOfOpex ?? config.humanShareOfOpex;
  const roi = computeAiRoi(facts, days, costs, hourly, config);
  const sla = slaComplianceOverview({ data, now, period: { from: new Date(window.fromMs), to: new Date(window.toMs) }, config: config.sla });
  const sessions = data.settings.helpCenterSessionsPerMonth;
  return {
    window,
    days,
    facts,
    opexCents,
    humanShareOfOpex,
    roi,
    sla,
    values: {
      ticketVolume: facts.inbound,
      ticketsHandled: facts.handled,
      costPerTicketCents: ratioOrNull(opexCents, facts.handled),
      costPerHumanTicketCents: ratioOrNull(opexCents * humanShareOfOpex, facts.humanResolved),
      aiResolutionRate: ratioOrNull(facts.aiResolved, facts.inbound),
      aiResolvedTickets: facts.aiResolved,
      aiInvolvementRate: ratioOrNull(facts.aiInvolved, facts.inbound),
      aiContainmentRate: ratioOrNull(facts.aiResolvedOfInbound, facts.aiInvolved),
      deflectionRatio: sessions === undefined ? null : ratioOrNull((sessions * days) / config.daysPerMonth, facts.submitters),
      marginalCostPerHumanTicketCents: roi.marginalCostPerHumanTicketCents,
      grossAiSavingsCents: roi.grossSavingsCents,
      aiCostCents: roi.aiCostCents,
      netAiSavingsCents: roi.netSavingsCents,
      aiRoi: roi.roi,
      agentHoursSaved: roi.agentHoursSaved,
      csat: ratioOrNull(facts.csatGood, facts.csatGood + facts.csatBad),
      slaCompliance: sla.overall.rate,
    },
  };
}
