import { describe, expect, it } from 'vitest';

// Node without a DOM, as a server component or an SSR pass imports the package.
describe('importing in Node without a DOM', () => {
  it.each([['@supportai/react'], ['@supportai/react/shared']])('%s does not throw and exposes its API', async (entry) => {
    expect(typeof document).toBe('undefined');
    const module = (await import(entry)) as Record<string, unknown>;
    expect(typeof module.createSupportAIClient).toBe('function');
    expect(typeof module.themeVariables).toBe('function');
  });
});
