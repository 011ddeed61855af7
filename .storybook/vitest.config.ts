// The `storybook` Vitest project: every story under the stories glob in .storybook/main.ts becomes a test
// that renders it, runs its `play` function and an axe check, in a real headless Chromium. Chromium is
// Debian's (`apt-get install -y chromium`; scripts/install.mjs installs it when it is missing), because
// Playwright's own browser download is not reachable from our machines.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';

const configDir = dirname(fileURLToPath(import.meta.url));

export default defineProject({
  plugins: [storybookTest({ configDir, storybookUrl: 'http://127.0.0.1:6006' })],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      // The server the browser loads the tests from listens on the loopback address only.
      api: { host: '127.0.0.1' },
      provider: playwright({
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
