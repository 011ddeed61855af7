import type { Persona } from '../contracts/common.js';
import type { IntentRegistry } from './registry.js';
import type { IntentDefinition } from './types.js';

/** Intents offered first as quick actions, per persona, in this order. */
const QUICK_ACTIONS: Readonly<Record<Persona, readonly string[]>> = {
  executive: ['executive.summary', 'accounts.churnRisk', 'sla.performance', 'support.costs', 'executive.boardMetrics', 'renewals.upcoming'],
  manager: ['team.workload', 'sla.atRisk', 'agents.performance', 'team.rebalance', 'tickets.escalated', 'csat.summary'],
  agent: ['agent.dashboard', 'tickets.mine', 'sla.atRisk', 'kb.search', 'reply.draft', 'meetings.today'],
  csm: ['accounts.health', 'accounts.adoption', 'renewals.upcoming', 'accounts.upsell', 'nps.summary', 'meetings.today'],
};

/** The persona's quick actions: one example question per intent it may ask, favourites first. */
export function suggestionsFor(persona: Persona, registry: IntentRegistry, count = 6): string[] {
  const allowed = registry.definitions.filter((definition) => definition.personas.includes(persona) && definition.id !== 'help');
  const preferred = QUICK_ACTIONS[persona].flatMap((id) => allowed.filter((definition) => definition.id === id));
  const rest = allowed.filter((definition) => !preferred.includes(definition));
  return [...preferred, ...rest]
    .slice(0, count)
    .map(exampleOf);
}

/** The question an intent's suggestion asks: its first example without placeholders. */
export function exampleOf(definition: IntentDefinition<string>): string {
  return definition.examples.find((example) => !example.includes('{')) ?? definition.description;
}
