// Storybook itself is installed by the React issue; until then this folder is excluded from typecheck.
import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../packages/react/src/**/*.stories.@(ts|tsx)'],
  addons: [],
};

export default config;
