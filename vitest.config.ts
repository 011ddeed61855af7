import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // `.storybook/vitest.config.ts` runs the stories in Chromium; `packages/react` keeps its own jsdom project
    // for `*.test.tsx`, so no file belongs to both.
    projects: ['packages/*', 'examples/hono', 'examples/demo-server', '.storybook/vitest.config.ts'],
  },
});
