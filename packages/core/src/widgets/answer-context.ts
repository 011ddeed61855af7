import type { Viewer } from '../contracts/viewer.js';
import type { SupportData } from '../data/support-data.js';
import { slaSetupOf, type SlaSetup } from '../data/ticket-sla.js';
import type { IntentParams } from '../intents/params.js';
import { scopeFor, type ScopedData } from './scope.js';

/** What a builder gets: the viewer's slice of the data, the question's entities and the clock. */
export interface AnswerContext {
  scope: ScopedData;
  /**
   * The whole dataset. Builders read it only for aggregates that compare the viewer with people outside
   * their scope (an agent's team average, a team's share of company opex); nothing item-level from it
   * reaches a payload.
   */
  organisation: SupportData;
  params: IntentParams;
  now: Date;
  sla: SlaSetup;
}

const setups = new WeakMap<SupportData, SlaSetup>();

export function answerContextOf(data: SupportData, viewer: Viewer, params: IntentParams, now: Date): AnswerContext {
  let sla = setups.get(data);
  if (!sla) setups.set(data, (sla = slaSetupOf(data)));
  return { scope: scopeFor(data, viewer), organisation: data, params, now, sla };
}

/** The period a question asked about, or the default span ending now. */
export function periodOf(context: AnswerContext, defaultDays: number): { from: Date; to: Date; label: string } {
  const period = context.params.period;
  if (period) return { from: new Date(period.from), to: new Date(period.to), label: period.label };
  return { from: new Date(context.now.getTime() - defaultDays * 86_400_000), to: context.now, label: `last ${defaultDays} days` };
}
