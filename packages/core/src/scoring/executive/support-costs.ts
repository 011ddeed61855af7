import type { SupportData } from '../../data/support-data.js';
import type { ReportPeriod, ReportPeriodInput } from '../service-levels/report-window.js';
import type { AiRoi } from './ai-roi.js';
import { boardConfigOf, type BoardMetricsConfig } from './board-metrics-config.js';
import { boardMetrics, type BoardMetrics } from './board-metrics.js';
import { moneyOf, percentOf } from './metric-change.js';
import { costsByTeam, type TeamCost } from './team-costs.js';

/** Within `budgetTolerance` (2 %) of budget counts as on budget. */
export const DEFAULT_SUPPORT_COSTS_CONFIG = {
  version: 'support-costs/1',
  /** @default 0.02 */
  budgetTolerance: 0.02,
};

export type SupportCostsConfig = typeof DEFAULT_SUPPORT_COSTS_CONFIG;

export interface SupportCostsInput {
  data: SupportData;
  now: Date;
  /** @default the last 30 days ending at `now` */
  period?: ReportPeriodInput;
  /** Board metrics already computed for the same period, to reuse. */
  board?: BoardMetrics;
  config?: Partial<SupportCostsConfig>;
  boardConfig?: Partial<BoardMetricsConfig>;
}

export interface SupportCostsReport {
  configVersion: string;
  currency: string;
  period: ReportPeriod;
  budget: {
    /** Monthly budget prorated to the period; null when none is set. */
    budgetCents: number | null;
    /** Monthly opex prorated to the period. */
    actualCents: number;
    /** `actual − budget`; positive means over budget. */
    varianceCents: number | null;
    /** `actual / budget`. */
    utilizationRate: number | null;
    status: 'under_budget' | 'on_budget' | 'over_budget' | 'no_budget';
  };
  costPerTicketCents: number | null;
  byTeam: TeamCost[];
  /** Integration (AI) ROI of the period and the previous one, from the board metrics. */
  aiRoi: { current: AiRoi; previous: AiRoi };
  explanation: string;
}

/**
 * Budget against actual, cost per ticket by team and the AI ROI (intent `support.costs`).
 * @example supportCosts({ data, now }).budget.status // 'under_budget'
 */
export function supportCosts(input: SupportCostsInput): SupportCostsReport {
  const config: SupportCostsConfig = { ...DEFAULT_SUPPORT_COSTS_CONFIG, ...input.config };
  const boardConfig = boardConfigOf(input.boardConfig);
  const board = input.board ?? boardMetrics({ data: input.data, now: input.now, period: input.period, config: boardConfig });
  const { current } = board;
  const monthlyBudget = input.data.settings.costs.monthlyBudgetCents;
  const budgetCents = monthlyBudget === undefined ? null : (monthlyBudget * current.days) / boardConfig.daysPerMonth;
  const actualCents = current.opexCents;
  const varianceCents = budgetCents === null ? null : actualCents - budgetCents;
  const utilizationRate = budgetCents === null || budgetCents === 0 ? null : actualCents / budgetCents;
  const status = utilizationRate === null ? 'no_budget' : utilizationRate > 1 + config.budgetTolerance ? 'over_budget' : utilizationRate < 1 - config.budgetTolerance ? 'under_budget' : 'on_budget';
  const byTeam = costsByTeam(input.data, input.now, current.window, actualCents, boardConfig);
  const currency = board.currency;
  const budgetSentence =
    budgetCents === null || varianceCents === null
      ? `Opex for the period is ${moneyOf(actualCents, currency)}; no budget is set.`
      : `Opex for the period is ${moneyOf(actualCents, currency)} against a budget of ${moneyOf(budgetCents, currency)} ` +
        `(${utilizationRate === null ? 'n/a' : `${percentOf(utilizationRate)}%`}), ${status.replace('_', ' ')}.`;
  return {
    configVersion: config.version,
    currency,
    period: board.period,
    budget: { budgetCents, actualCents, varianceCents, utilizationRate, status },
    costPerTicketCents: board.metrics.costPerTicketCents.value,
    byTeam,
    aiRoi: { current: current.roi, previous: board.previous.roi },
    explanation: `${budgetSentence} ${current.roi.explanation}`,
  };
}
