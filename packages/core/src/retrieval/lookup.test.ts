import { describe, expect, it } from 'vitest';
import { byAccount, byId } from './lookup.js';

describe('byId and byAccount', () => {
  it('index an array once, keep the first of duplicate ids and pick up appended items', () => {
    const items = [{ id: 'a', accountId: 'x', n: 1 }, { id: 'b', accountId: 'y', n: 2 }, { id: 'a', accountId: 'x', n: 3 }];
    const ids = byId(items);
    expect(ids.get('a')?.n).toBe(1);
    expect(byId(items)).toBe(ids);
    items.push({ id: 'c', accountId: 'x', n: 4 });
    expect(byId(items).get('c')?.n).toBe(4);
    expect(byAccount(items).get('x')?.map((item) => item.n)).toEqual([1, 3, 4]);
    expect(byAccount(items).get('z')).toBeUndefined();
  });

  it('handle empty arrays', () => {
    expect(byId([]).size).toBe(0);
    expect(byAccount([]).size).toBe(0);
  });
});
