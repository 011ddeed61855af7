import type { ComponentProps } from 'react';
import { SupportAIProvider } from './SupportAIProvider.js';
import { useSupportAI } from './useSupportAI.js';

/** Shows what components below the provider receive. */
function ProviderInspector() {
  const { endpoint, persona } = useSupportAI();
  return (
    <dl aria-label="SupportAI settings">
      <dt>Endpoint</dt>
      <dd>{endpoint}</dd>
      <dt>Persona</dt>
      <dd>{persona}</dd>
    </dl>
  );
}

type ProviderArgs = Omit<ComponentProps<typeof SupportAIProvider>, 'children'>;

// CSF3 as plain objects; Storybook's own `Meta`/`StoryObj` types arrive with Storybook (React issue).
export default {
  title: 'Setup/SupportAIProvider',
  component: SupportAIProvider,
  args: { endpoint: '/api/supportai', persona: 'agent' } satisfies ProviderArgs,
  render: (args: ProviderArgs) => (
    <SupportAIProvider {...args}>
      <ProviderInspector />
    </SupportAIProvider>
  ),
};

export const Agent = { args: { persona: 'agent' } satisfies Partial<ProviderArgs> };
export const Manager = { args: { persona: 'manager' } satisfies Partial<ProviderArgs> };
export const Executive = { args: { persona: 'executive' } satisfies Partial<ProviderArgs> };
export const ClientSuccessManager = { args: { persona: 'csm' } satisfies Partial<ProviderArgs> };
export const CustomEndpoint = { args: { endpoint: 'https://support.example.com/api/supportai' } satisfies Partial<ProviderArgs> };
