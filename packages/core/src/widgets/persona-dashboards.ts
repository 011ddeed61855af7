import type { Persona } from '../contracts/common.js';

/**
 * The panels of each persona's dashboard, in display order: the intents each panel answers. The server's
 * dashboard routes serve these, and `prepareSupportData` computes the executive's and managers' ahead.
 */
export const PERSONA_DASHBOARDS: Readonly<Record<Persona, readonly string[]>> = {
  executive: ['executive.summary', 'accounts.churnRisk', 'sla.performance', 'support.costs'],
  manager: ['team.workload', 'sla.atRisk', 'agents.performance', 'sla.performance'],
  agent: ['agent.dashboard', 'tickets.mine', 'sla.atRisk'],
  csm: ['accounts.health', 'renewals.upcoming', 'accounts.adoption', 'accounts.upsell'],
};
