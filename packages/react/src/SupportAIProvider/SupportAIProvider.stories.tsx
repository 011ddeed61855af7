import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SupportAIProvider } from './SupportAIProvider.js';
import { useSupportAI } from './useSupportAI.js';

/** Shows what components below the provider receive. */
function ProviderInspector() {
  const { endpoint, persona, locale, dir, colorScheme } = useSupportAI();
  return (
    <section aria-label="SupportAI settings">
      <dl>
        <dt>Endpoint</dt>
        <dd>{endpoint}</dd>
        <dt>Persona</dt>
        <dd>{persona}</dd>
        <dt>Locale</dt>
        <dd>{locale}</dd>
        <dt>Direction</dt>
        <dd>{dir}</dd>
        <dt>Colour scheme</dt>
        <dd>{colorScheme}</dd>
      </dl>
    </section>
  );
}

const meta = {
  title: 'Setup/SupportAIProvider',
  component: SupportAIProvider,
  args: { endpoint: '/api/supportai', persona: 'agent' },
  // The toolbar's globals feed the provider; a story's own args win over them.
  render: (args, { globals }) => (
    <SupportAIProvider colorScheme={globals['colorScheme']} locale={globals['locale']} dir={globals['dir']} {...args}>
      <ProviderInspector />
    </SupportAIProvider>
  ),
  // Every story checks that what it passed reaches the components below the provider, and that the
  // document's direction follows the toolbar.
  play: async ({ canvasElement, args, globals }) => {
    const settings = within(within(canvasElement).getByRole('region', { name: 'SupportAI settings' }));
    await expect(settings.getByText(args.endpoint)).toBeVisible();
    await expect(settings.getByText(args.persona)).toBeVisible();
    await expect(canvasElement.ownerDocument.documentElement).toHaveAttribute('dir', globals['dir']);
  },
} satisfies Meta<typeof SupportAIProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Agent: Story = { args: { persona: 'agent' } };
export const Manager: Story = { args: { persona: 'manager' } };
export const Executive: Story = { args: { persona: 'executive' } };
export const ClientSuccessManager: Story = { args: { persona: 'csm' } };
export const CustomEndpoint: Story = { args: { endpoint: 'https://support.example.com/api/supportai' } };
/** The toolbar's globals pinned for this story: the provider gets them, and `<html>` gets the direction. */
export const GermanRightToLeftDark: Story = {
  globals: { locale: 'de', dir: 'rtl', colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    const settings = within(within(canvasElement).getByRole('region', { name: 'SupportAI settings' }));
    await expect(settings.getByText('de')).toBeVisible();
    await expect(settings.getByText('rtl')).toBeVisible();
    await expect(settings.getByText('dark')).toBeVisible();
    await expect(canvasElement.ownerDocument.documentElement).toHaveAttribute('dir', 'rtl');
  },
};
