import * as z from 'zod';
import type { Persona } from '../contracts/common.js';
import { PARAM_SCHEMAS, type ParamName } from './params.js';
import type { IntentRegistry } from './registry.js';
import { defaultIntentRegistry } from './route-query.js';

/** An intent as an LLM tool: the same registry entry the offline router uses. */
export interface IntentTool {
  /** Tool name accepted by every provider (`[a-zA-Z0-9_-]`): the intent id with dots as underscores. */
  name: string;
  intent: string;
  description: string;
  inputSchema: z.ZodObject<Partial<Record<ParamName, z.ZodType>>>;
}

/** Tool name for an intent id: `tickets.byAccount` → `tickets_byAccount`. */
export function toolNameOf(intent: string): string {
  return intent.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
}

/**
 * The intents a persona may ask, as LLM tool definitions (name, description, zod input schema).
 * Without a persona, every intent.
 * @example intentTools('agent').map((tool) => tool.name) // ['tickets_list', 'tickets_mine', …]
 */
export function intentTools(persona?: Persona, registry: IntentRegistry = defaultIntentRegistry): IntentTool[] {
  return registry.definitions
    .filter((definition) => persona === undefined || definition.personas.includes(persona))
    .map((definition) => {
      const required = new Set(definition.required ?? []);
      const shape: Partial<Record<ParamName, z.ZodType>> = {};
      for (const slot of definition.slots ?? []) shape[slot] = required.has(slot) ? PARAM_SCHEMAS[slot] : PARAM_SCHEMAS[slot].optional();
      return { name: toolNameOf(definition.id), intent: definition.id, description: definition.description, inputSchema: z.object(shape) };
    });
}
