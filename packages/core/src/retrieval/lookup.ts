/**
 * Lookups over the dataset's arrays, built once per array (by identity) and kept while it lives:
 * a question about one ticket or one account should not scan 100k tickets. Items appended to an
 * array since are picked up on the next call; items replaced in place are not (pass a new array).
 */

interface Built<Value> {
  value: Value;
  read: number;
}

function cached<Item, Value>(cache: WeakMap<readonly Item[], Built<Value>>, items: readonly Item[], create: () => Value, add: (value: Value, item: Item) => void): Value {
  let built = cache.get(items);
  if (!built) {
    built = { value: create(), read: 0 };
    cache.set(items, built);
  }
  for (; built.read < items.length; built.read += 1) add(built.value, items[built.read]!);
  return built.value;
}

const byIdCache = /* @__PURE__ */ new WeakMap<readonly { id: string }[], Built<Map<string, { id: string }>>>();
const byAccountCache = /* @__PURE__ */ new WeakMap<readonly { accountId: string }[], Built<Map<string, { accountId: string }[]>>>();

/** The items of an array by id; the first of duplicate ids wins, as with `find`. */
export function byId<Item extends { id: string }>(items: readonly Item[]): ReadonlyMap<string, Item> {
  return cached(byIdCache, items, () => new Map(), (map, item) => {
    if (!map.has(item.id)) map.set(item.id, item);
  }) as ReadonlyMap<string, Item>;
}

/** The items of an array grouped by `accountId`, in array order. */
export function byAccount<Item extends { accountId: string }>(items: readonly Item[]): ReadonlyMap<string, readonly Item[]> {
  return cached(byAccountCache, items, () => new Map(), (map, item) => {
    const group = map.get(item.accountId);
    if (group) group.push(item);
    else map.set(item.accountId, [item]);
  }) as ReadonlyMap<string, readonly Item[]>;
}
