import type { BoardMetricId } from './board-metric-catalogue.js';
import { moneyOf, percentOf } from './metric-change.js';
import type { WindowMetrics } from './window-metrics.js';

/** One sentence per board metric: its formula with this period's numbers. */
export function explainBoardMetric(id: BoardMetricId, current: WindowMetrics, currency: string, arrAtRisk: { valueCents: number; method: string } | null): string {
  const { facts, values, roi, opexCents } = current;
  const money = (cents: number | null) => (cents === null ? 'n/a' : moneyOf(cents, currency));
  const percent = (rate: number | null) => (rate === null ? 'n/a' : `${percentOf(rate)}%`);
  switch (id) {
    case 'ticketVolume':
      return `${facts.inbound} tickets created in the period from ${facts.submitters} requesters.`;
    case 'ticketsHandled':
      return `${facts.handled} tickets solved in the period: ${facts.humanResolved} by humans, ${facts.aiResolved} by AI.`;
    case 'costPerTicketCents':
      return `Opex ${money(opexCents)} for the period ÷ ${facts.handled} tickets handled = ${money(values.costPerTicketCents)}.`;
    case 'costPerHumanTicketCents':
      return `${Math.round(current.humanShareOfOpex * 100)}% of opex (${money(opexCents * current.humanShareOfOpex)}) ÷ ${facts.humanResolved} human-resolved tickets = ${money(values.costPerHumanTicketCents)}.`;
    case 'aiResolutionRate':
      return `${facts.aiResolved} AI resolutions without human recontact ÷ ${facts.inbound} inbound tickets = ${percent(values.aiResolutionRate)}.`;
    case 'aiResolvedTickets':
      return `${facts.aiResolved} tickets resolved by AI (${facts.aiResolvedProvisional} still inside the recontact window), ${facts.aiRecontacted} AI solves excluded after a recontact.`;
    case 'aiInvolvementRate':
      return `${facts.aiInvolved} of ${facts.inbound} inbound tickets were resolved by AI or carry an AI tag = ${percent(values.aiInvolvementRate)}.`;
    case 'aiContainmentRate':
      return `${facts.aiResolvedOfInbound} of the ${facts.aiInvolved} AI-involved inbound tickets were resolved by AI without recontact = ${percent(values.aiContainmentRate)}.`;
    case 'deflectionRatio':
      return values.deflectionRatio === null
        ? 'Needs helpCenterSessionsPerMonth in the settings and at least one ticket submitter.'
        : `Help-center sessions prorated to the period ÷ ${facts.submitters} ticket submitters = ${Math.round(values.deflectionRatio * 10) / 10}:1 (a funnel ratio, not a resolution rate).`;
    case 'marginalCostPerHumanTicketCents':
      return roi.handleMinutes === null || roi.loadedHourlyCostCents === null
        ? 'Needs a handle time and agent hourly costs.'
        : `${Math.round(roi.handleMinutes * 10) / 10} min handle time (${roi.handleTimeSource}) × ${money(roi.loadedHourlyCostCents)} loaded hourly cost = ${money(roi.marginalCostPerHumanTicketCents)}.`;
    case 'grossAiSavingsCents':
      return `${facts.aiResolved} AI resolutions × ${money(roi.marginalCostPerHumanTicketCents)} marginal cost = ${money(roi.grossSavingsCents)}.`;
    case 'aiCostCents':
      return `AI per-resolution charges plus the platform fee prorated to the period = ${money(roi.aiCostCents)}.`;
    case 'netAiSavingsCents':
    case 'aiRoi':
      return roi.explanation;
    case 'agentHoursSaved':
      return `${facts.aiResolved} AI resolutions × ${roi.handleMinutes === null ? 'n/a' : Math.round(roi.handleMinutes * 10) / 10} min handle time = ${roi.agentHoursSaved === null ? 'n/a' : Math.round(roi.agentHoursSaved)} agent hours.`;
    case 'csat':
      return `${facts.csatGood} good of ${facts.csatGood + facts.csatBad} ratings given in the period = ${percent(values.csat)}.`;
    case 'slaCompliance':
      return current.sla.explanation;
    case 'arrAtRiskCents':
      return arrAtRisk ? `${money(arrAtRisk.valueCents)} ARR at risk (${arrAtRisk.method}).` : 'Not provided: pass arrAtRisk from the accounts scores.';
  }
}
