import type { Persona } from '../contracts/common.js';

/** How each persona is named to people, in the plural. */
export const PERSONA_PLURAL_NAMES: Readonly<Record<Persona, string>> = {
  executive: 'executives',
  manager: 'support managers',
  agent: 'support agents',
  csm: 'client success managers',
};

/** "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
