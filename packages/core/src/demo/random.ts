/**
 * A small seeded pseudo-random generator (mulberry32). The same seed gives the same sequence on every
 * platform; the demo never reads `Math.random` or the clock.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in `[0, 1)`. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** A float in `[min, max)`. */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in `[min, max]`, both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `probability`. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One item of a non-empty list. */
  pick<Item>(items: readonly Item[]): Item {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One key of a weight table (`{ normal: 55, high: 25 }`), in proportion to its weight. */
  weighted<Key extends string>(weights: Readonly<Record<Key, number>>): Key {
    // Plain key loops: this runs several times per ticket, and `Object.entries` would allocate each time.
    let total = 0;
    for (const key in weights) total += weights[key];
    let threshold = this.next() * total;
    let last: Key | undefined;
    for (const key in weights) {
      last = key;
      threshold -= weights[key];
      if (threshold < 0) return key;
    }
    return last!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<Item>(items: readonly Item[]): Item[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other]!, copy[index]!];
    }
    return copy;
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
    return radius * Math.cos(2 * Math.PI * this.next());
  }

  /** A log-normal draw with the given median and spread (`sigma` of the logarithm). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}

/** Mixes a seed and a label into a 32-bit seed, so each entity draws from its own independent stream. */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  hash = Math.imul(hash ^ Math.floor(seed / 4_294_967_296), 0x01000193);
  for (let index = 0; index < label.length; index += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(index), 0x01000193);
  }
  // A final avalanche so close labels give unrelated streams.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/** A fresh stream for one part of the dataset (`'accounts'`, `'tickets'`, …). */
export function streamOf(seed: number, label: string): SeededRandom {
  return new SeededRandom(deriveSeed(seed, label));
}

/** Draws items in proportion to fixed weights in O(log n) per draw (for thousands of accounts). */
export class WeightedTable<Item> {
  private readonly cumulative: number[] = [];
  private readonly items: Item[] = [];
  private total = 0;

  constructor(entries: Iterable<readonly [Item, number]>) {
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      this.total += weight;
      this.items.push(item);
      this.cumulative.push(this.total);
    }
  }

  get size(): number {
    return this.items.length;
  }

  draw(random: SeededRandom): Item {
    const threshold = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > threshold) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}
