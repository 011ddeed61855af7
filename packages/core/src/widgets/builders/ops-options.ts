import type { SupportData } from '../../data/support-data.js';
import type { AnswerContext } from '../answer-context.js';

/** ARR at risk as the accounts scores compute it, in cents, with how it was computed. */
export interface ArrAtRiskEstimate {
  valueCents: number;
  method: string;
}

/**
 * Hooks the host (or the package wiring) passes to the operations widgets. Both are optional: without
 * them the widgets say the figure is unknown instead of guessing.
 */
export interface OpsWidgetOptions {
  /** ARR at risk for the executive summary and board pack; null (or absent) while unknown. */
  arrAtRiskOf?: (context: AnswerContext) => ArrAtRiskEstimate | null;
  /**
   * The whole dataset, for the few figures that compare the viewer with people outside their scope and
   * leave the builder only as aggregates: an agent's team averages and percentiles, a manager's share of
   * the support opex. Without it those figures are null.
   */
  organisationDataOf?: (context: AnswerContext) => SupportData | null;
}

/** The team a manager's answer is narrowed to; null for everyone else (an executive sees every team). */
export function managerTeamOf(context: AnswerContext): string | null {
  const { viewer } = context.scope;
  return viewer.persona === 'manager' ? (viewer.teamId ?? null) : null;
}

/** A team's name in the viewer's data, or null. */
export function teamNameOf(context: AnswerContext, teamId: string | null): string | null {
  return teamId === null ? null : (context.scope.teams.find((team) => team.id === teamId)?.name ?? null);
}
