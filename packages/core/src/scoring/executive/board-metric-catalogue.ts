import type { MetricChange } from './metric-change.js';

/** The board metrics, in board order. */
export const BOARD_METRIC_IDS = [
  'ticketVolume',
  'ticketsHandled',
  'costPerTicketCents',
  'costPerHumanTicketCents',
  'aiResolutionRate',
  'aiResolvedTickets',
  'aiInvolvementRate',
  'aiContainmentRate',
  'deflectionRatio',
  'marginalCostPerHumanTicketCents',
  'grossAiSavingsCents',
  'aiCostCents',
  'netAiSavingsCents',
  'aiRoi',
  'agentHoursSaved',
  'csat',
  'slaCompliance',
  'arrAtRiskCents',
] as const;

export type BoardMetricId = (typeof BOARD_METRIC_IDS)[number];

/** `rate` is 0–1; `ratio` is unbounded (deflection 40 means 40:1, ROI 1.5 means 150 %). */
export type MetricUnit = 'count' | 'cents' | 'rate' | 'ratio' | 'hours';

/** One board figure with its previous-period value and which way is good. */
export interface BoardMetric {
  id: BoardMetricId;
  unit: MetricUnit;
  value: number | null;
  previousValue: number | null;
  change: MetricChange;
  /** True when up is good, false when down is good, null when neither (volume). */
  higherIsBetter: boolean | null;
  /** The formula with this period's numbers. */
  explanation: string;
}

/** Unit and good direction of each metric. */
export const BOARD_METRIC_SPECS: Record<BoardMetricId, { unit: MetricUnit; higherIsBetter: boolean | null }> = {
  ticketVolume: { unit: 'count', higherIsBetter: null },
  ticketsHandled: { unit: 'count', higherIsBetter: null },
  costPerTicketCents: { unit: 'cents', higherIsBetter: false },
  costPerHumanTicketCents: { unit: 'cents', higherIsBetter: false },
  aiResolutionRate: { unit: 'rate', higherIsBetter: true },
  aiResolvedTickets: { unit: 'count', higherIsBetter: true },
  aiInvolvementRate: { unit: 'rate', higherIsBetter: true },
  aiContainmentRate: { unit: 'rate', higherIsBetter: true },
  deflectionRatio: { unit: 'ratio', higherIsBetter: true },
  marginalCostPerHumanTicketCents: { unit: 'cents', higherIsBetter: false },
  grossAiSavingsCents: { unit: 'cents', higherIsBetter: true },
  aiCostCents: { unit: 'cents', higherIsBetter: null },
  netAiSavingsCents: { unit: 'cents', higherIsBetter: true },
  aiRoi: { unit: 'ratio', higherIsBetter: true },
  agentHoursSaved: { unit: 'hours', higherIsBetter: true },
  csat: { unit: 'rate', higherIsBetter: true },
  slaCompliance: { unit: 'rate', higherIsBetter: true },
  arrAtRiskCents: { unit: 'cents', higherIsBetter: false },
};
