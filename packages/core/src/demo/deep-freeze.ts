/**
 * Freezes a value and everything it holds, so consumers can cache by identity (the SLA engine remembers
 * prepared timelines of frozen event lists) and nobody can edit the shared demo data in place. An object
 * that is already frozen is taken as frozen all the way down (the generators freeze what they build).
 */
export function deepFreeze<Value>(value: Value): Value {
  // An explicit stack: 100k tickets hold over a million objects.
  const pending: object[] = [];
  if (typeof value === 'object' && value !== null) pending.push(value);
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (Object.isFrozen(current)) continue;
    Object.freeze(current);
    for (const key of Object.keys(current)) {
      const child: unknown = (current as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) pending.push(child);
    }
  }
  return value;
}
