import type { A11yParameters } from '@storybook/addon-a11y';
import type { Decorator, Preview } from '@storybook/react-vite';

// Only the document direction is set here: portalled content (dialogs, tooltips) renders outside the
// story's tree and reads `dir` from <html>, not from the provider.
const withDocumentDirection: Decorator = (Story, context) => {
  document.documentElement.dir = context.globals['dir'] === 'rtl' ? 'rtl' : 'ltr';
  return <Story />;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withDocumentDirection],
  // Toolbar globals. Stories read them from `context.globals` and pass them to SupportAIProvider
  // (`colorScheme`, `locale`, `dir` props); the decorator above applies only `dir`, to the document.
  initialGlobals: { colorScheme: 'light', locale: 'en', dir: 'ltr' },
  globalTypes: {
    colorScheme: {
      description: 'Colour scheme passed to SupportAIProvider',
      toolbar: { title: 'Scheme', icon: 'contrast', items: [{ value: 'light', title: 'Light', icon: 'sun' }, { value: 'dark', title: 'Dark', icon: 'moon' }], dynamicTitle: true },
    },
    locale: {
      description: 'Locale passed to SupportAIProvider',
      toolbar: { title: 'Locale', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'de', title: 'Deutsch' }], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction of the document and the provider',
      toolbar: { title: 'Direction', icon: 'transfer', items: [{ value: 'ltr', title: 'Left to right' }, { value: 'rtl', title: 'Right to left' }], dynamicTitle: true },
    },
  },
  parameters: {
    controls: {
      matchers: { color: /(background|color)$/i, date: /Date$/i },
    },
    // A serious axe violation fails the story's test, in the Vitest run and in the Storybook UI.
    a11y: { test: 'error' } satisfies A11yParameters,
  },
};

export default preview;
