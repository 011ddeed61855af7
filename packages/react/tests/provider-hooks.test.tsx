// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SupportAIProvider, SupportAIRoot, useQuickActions, describeError, useSupportAI, WidgetView, type IntentAnswer } from '../src/index.js';

const quickActions = { persona: 'agent', intents: [] };
const json = (body: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json' } });

function QuickActionsProbe() {
  const { t } = useSupportAI();
  const { data, error, isPending } = useQuickActions();
  if (isPending) return <p>loading</p>;
  if (error) return <p role="alert">{describeError(error, t).message}</p>;
  return <p>persona {data.persona}</p>;
}

afterEach(cleanup);

describe('provider-backed hooks', () => {
  it('fetch through the provider with its headers, and deduplicate two components asking the same', async () => {
    const fetch = vi.fn(async () => json(quickActions));
    render(
      <SupportAIProvider endpoint="/api" persona="agent" fetch={fetch} headers={() => ({ authorization: 'Bearer abc' })}>
        <QuickActionsProbe />
        <QuickActionsProbe />
      </SupportAIProvider>,
    );
    expect(await screen.findAllByText('persona agent')).toHaveLength(2);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/intents');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer abc');
  });

  it('show a 401 as a sentence, in the provider\'s language', async () => {
    const fetch = vi.fn(async () => json({ error: { code: 'unauthenticated', message: 'no token' } }, { status: 401 }));
    render(
      <SupportAIProvider endpoint="/api" persona="agent" fetch={fetch} messages={{ 'error.unauthenticated': 'Bitte neu anmelden.' }}>
        <QuickActionsProbe />
      </SupportAIProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Bitte neu anmelden.');
    expect(fetch).toHaveBeenCalledTimes(1); // a 401 is not retried
  });

  it("use the host's QueryClient when given, so its cache holds SupportAI's queries", async () => {
    const queryClient = new QueryClient();
    render(
      <SupportAIProvider endpoint="/api" persona="agent" fetch={async () => json(quickActions)} queryClient={queryClient}>
        <QuickActionsProbe />
      </SupportAIProvider>,
    );
    await screen.findByText('persona agent');
    expect(queryClient.getQueryData(['supportai', '/api', 'agent', 'quick-actions'])).toEqual(quickActions);
  });
});

describe('SupportAIRoot and widgets', () => {
  const answer: IntentAnswer = { intent: 'sla.performance', widget: 'slaPerformance', asOf: '2026-12-07T10:00:00Z', params: {}, data: { compliance: 0.9321, breached: 4, tickets: [1, 2, 3] } };

  it('puts the theme, colour scheme, direction and language on the widget root only', () => {
    render(
      <SupportAIProvider endpoint="/api" persona="agent" theme={{ accent: '#123456' }} colorScheme="dark" dir="rtl" locale="ar">
        <SupportAIRoot data-testid="root" />
      </SupportAIProvider>,
    );
    const root = screen.getByTestId('root');
    expect(root.getAttribute('data-color-scheme')).toBe('dark');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.style.getPropertyValue('--sai-accent')).toBe('#123456');
    expect(document.documentElement.style.getPropertyValue('--sai-accent')).toBe('');
  });

  it('renders a registered widget, and an unknown widget id as a generic view of its figures', async () => {
    const { rerender } = render(
      <SupportAIProvider endpoint="/api" persona="manager" widgets={{ slaPerformance: ({ answer: { data } }) => <p>custom {(data as { breached: number }).breached}</p> }}>
        <WidgetView answer={answer} />
      </SupportAIProvider>,
    );
    expect(screen.getByText('custom 4')).toBeTruthy();
    rerender(
      <SupportAIProvider endpoint="/api" persona="manager" locale="de">
        <WidgetView answer={answer} />
      </SupportAIProvider>,
    );
    await waitFor(() => expect(screen.getByText(/has no view in this app yet/)).toBeTruthy());
    expect(screen.getByText('0,93')).toBeTruthy(); // numbers through Intl in the provider's locale
    expect(screen.getByText('3')).toBeTruthy(); // a list by its length
  });
});
