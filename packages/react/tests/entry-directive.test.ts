import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('package entry', () => {
  it("starts with the 'use client' directive so React Server Components treat it as a client boundary", () => {
    const source = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');

    expect(source.startsWith("'use client';\n")).toBe(true);
  });
});
