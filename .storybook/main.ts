import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../packages/react/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // No network beyond the npm registry on our machines, and nothing to report to.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The React framework adds no JSX plugin of its own; the vitest plugin applies this hook too, so
  // Storybook and the story tests compile the same way.
  async viteFinal(viteConfig) {
    const [{ mergeConfig }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
    return mergeConfig(viteConfig, { plugins: [react()] });
  },
};

export default config;
