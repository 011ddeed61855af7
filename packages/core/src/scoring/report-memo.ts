/**
 * Work a report remembers between calls: kept per frozen list (data sources hand those out, and the
 * viewer's scope freezes its slices) under a key naming the other inputs, a few keys per list. A
 * dashboard asks its reports several times at one instant (one panel after another, one viewer after
 * another), and every answer at that instant reads the same figures.
 *
 * `key` must name every input the result depends on besides the list and `dependencies`; `dependencies`
 * are compared by identity (other lists of the dataset). A list that is not frozen could change between
 * calls, so nothing is remembered for it. Callers treat what comes back as read-only.
 */
export interface ReportMemo<Value> {
  (list: readonly unknown[], key: string, dependencies: readonly unknown[], compute: () => Value): Value;
}

interface Remembered<Value> {
  dependencies: readonly unknown[];
  value: Value;
}

/** A memo with room for `slots` keys per list (the oldest goes first). @default slots 8 */
export function reportMemo<Value>(slots = 8): ReportMemo<Value> {
  const byList = new WeakMap<object, Map<string, Remembered<Value>>>();
  return (list, key, dependencies, compute) => {
    if (!Object.isFrozen(list)) return compute();
    let byKey = byList.get(list);
    if (!byKey) byList.set(list, (byKey = new Map()));
    const hit = byKey.get(key);
    if (hit && hit.dependencies.length === dependencies.length && hit.dependencies.every((dependency, position) => dependency === dependencies[position])) return hit.value;
    const value = compute();
    byKey.delete(key);
    if (byKey.size >= slots) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, { dependencies, value });
    return value;
  };
}
