import { resolveName } from '../../intents/entities/names.js';

/**
 * The item a typed name means: exact (case-insensitive), then a prefix or containment match, then a
 * fuzzy match; undefined when nothing is close.
 */
export function findByName<Item extends { name: string }>(items: readonly Item[], typed: string | undefined): Item | undefined {
  if (!typed) return undefined;
  const wanted = typed.trim().toLowerCase();
  if (wanted === '') return undefined;
  const exact = items.find((item) => item.name.toLowerCase() === wanted);
  if (exact) return exact;
  const partial = items.find((item) => item.name.toLowerCase().startsWith(wanted)) ?? items.find((item) => item.name.toLowerCase().includes(wanted));
  if (partial) return partial;
  const names = namesOf(items);
  const fuzzy = resolveName(typed, names);
  return fuzzy === undefined ? undefined : items.find((item) => item.name === fuzzy);
}

const nameLists = new WeakMap<readonly { name: string }[], string[]>();

// Stable name arrays per item array, so the fuzzy index is built once.
function namesOf(items: readonly { name: string }[]): string[] {
  let names = nameLists.get(items);
  if (!names) nameLists.set(items, (names = items.map((item) => item.name)));
  return names;
}
