import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveSeed, SeededRandom, streamOf, WeightedTable } from './random.js';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const left = new SeededRandom(seed);
        const right = new SeededRandom(seed);
        for (let index = 0; index < 20; index += 1) expect(left.next()).toBe(right.next());
      }),
    );
  });

  it('stays in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 50 }), (seed, low, span) => {
        const random = new SeededRandom(seed);
        const value = random.next();
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(1);
        const whole = random.int(low, low + span);
        expect(whole).toBeGreaterThanOrEqual(low);
        expect(whole).toBeLessThanOrEqual(low + span);
      }),
    );
  });

  it('draws roughly uniformly and in proportion to weights', () => {
    const random = new SeededRandom(42);
    const counts = { a: 0, b: 0 };
    for (let index = 0; index < 10_000; index += 1) counts[random.weighted({ a: 1, b: 3 })] += 1;
    // Expected 2,500 / 7,500; a 2 % tolerance is over 4 standard deviations.
    expect(Math.abs(counts.a - 2500)).toBeLessThan(200);
    const table = new WeightedTable([['x', 1], ['y', 0], ['z', 1]] as const);
    const drawn = new Set(Array.from({ length: 200 }, () => table.draw(random)));
    expect(drawn).toEqual(new Set(['x', 'z']));
  });

  it('gives independent streams per label and seed', () => {
    expect(deriveSeed(1, 'tickets')).not.toBe(deriveSeed(1, 'accounts'));
    expect(deriveSeed(1, 'tickets')).not.toBe(deriveSeed(2, 'tickets'));
    expect(deriveSeed(2 ** 40, 'tickets')).not.toBe(deriveSeed(0, 'tickets'));
    expect(streamOf(7, 'usage').next()).toBe(streamOf(7, 'usage').next());
  });

  it('shuffles into a permutation', () => {
    const items = Array.from({ length: 30 }, (_, index) => index);
    const shuffled = new SeededRandom(3).shuffle(items);
    expect([...shuffled].sort((left, right) => left - right)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });
});
