import type { Insight, InsightKind } from './insights.js';
import type { SummaryConfig } from './summary-config.js';

export type ActionId = 'reviewSlaRisk' | 'reviewBadRatings' | 'reviewCosts' | 'reviewAiPricing' | 'expandAiCoverage' | 'reviewAccountsAtRisk' | 'reviewGoals' | 'checkCapacity';

/** A next step tied to the insights that call for it, with the intent that opens the detail. */
export interface RecommendedAction {
  id: ActionId;
  /** The intent whose answer shows the detail, e.g. `sla.atRisk`. */
  intent: string;
  /** Kinds of the insights behind it; empty for a standing action. */
  insightKinds: InsightKind[];
  statement: string;
}

const ACTIONS: Record<ActionId, { intent: string; statement: string }> = {
  reviewSlaRisk: { intent: 'sla.atRisk', statement: 'Review the tickets at risk of breaching SLA and rebalance the most loaded queues.' },
  reviewBadRatings: { intent: 'csat.summary', statement: 'Read the recent bad ratings in the weakest categories and brief the team on the pattern.' },
  reviewCosts: { intent: 'support.costs', statement: 'Check which team drives the cost per ticket change against its handled volume.' },
  reviewAiPricing: { intent: 'support.costs', statement: 'Revisit AI pricing or focus AI on the categories where it resolves most, so savings cover its cost.' },
  expandAiCoverage: { intent: 'trends.performance', statement: 'Extend AI answers to the fastest-growing categories to lift the auto-resolution rate.' },
  reviewAccountsAtRisk: { intent: 'accounts.churnRisk', statement: 'Review the accounts behind the ARR at risk with their CSMs.' },
  reviewGoals: { intent: 'executive.goals', statement: 'Agree owners and a recovery plan for the goals that are off track.' },
  checkCapacity: { intent: 'team.capacity', statement: 'Check next week’s capacity against the change in ticket volume.' },
};

/**
 * Which action each insight calls for; positive or neutral news calls for none except where listed
 * (AI impact → expand coverage, a volume change → check capacity).
 */
export const ACTION_FOR_INSIGHT: Partial<Record<InsightKind, { action: ActionId; whenTone?: Insight['tone'] }>> = {
  slaMetricChange: { action: 'reviewSlaRisk', whenTone: 'negative' },
  slaBelowTarget: { action: 'reviewSlaRisk' },
  csatChange: { action: 'reviewBadRatings', whenTone: 'negative' },
  costPerTicketChange: { action: 'reviewCosts', whenTone: 'negative' },
  aiRoiNegative: { action: 'reviewAiPricing' },
  aiImpact: { action: 'expandAiCoverage' },
  arrAtRisk: { action: 'reviewAccountsAtRisk' },
  goalsOffTrack: { action: 'reviewGoals' },
  volumeChange: { action: 'checkCapacity' },
};

const STANDING_ACTIONS: readonly ActionId[] = ['reviewSlaRisk', 'expandAiCoverage'];

/** 2–4 actions from the ranked insights (rules in `DEFAULT_SUMMARY_CONFIG`). */
export function recommendActions(insights: readonly Insight[], config: SummaryConfig): RecommendedAction[] {
  const actions = new Map<ActionId, RecommendedAction>();
  for (const insight of insights) {
    const rule = ACTION_FOR_INSIGHT[insight.kind];
    if (!rule || (rule.whenTone !== undefined && rule.whenTone !== insight.tone)) continue;
    const existing = actions.get(rule.action);
    if (existing) existing.insightKinds.push(insight.kind);
    else actions.set(rule.action, { id: rule.action, ...ACTIONS[rule.action], insightKinds: [insight.kind] });
  }
  for (const id of STANDING_ACTIONS) {
    if (actions.size >= config.minActions) break;
    if (!actions.has(id)) actions.set(id, { id, ...ACTIONS[id], insightKinds: [] });
  }
  return [...actions.values()].slice(0, config.maxActions);
}
