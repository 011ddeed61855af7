import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deep-freeze.js';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays and returns the same value', () => {
    const value = { list: [{ at: 'x' }], nested: { deeper: { count: 1 } } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.list[0])).toBe(true);
    expect(Object.isFrozen(value.nested.deeper)).toBe(true);
    expect(() => {
      'use strict';
      (value.nested.deeper as { count: number }).count = 2;
    }).toThrow(TypeError);
  });

  it('leaves primitives and null alone', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBeNull();
  });
});
