import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { Persona } from '@supportai/core';
import { createSupportAIClient, type HeadersOption } from '../shared/client/support-ai-client.js';
import { resolveMessages, translatorOf } from '../shared/i18n/format-message.js';
import type { SupportAIMessages } from '../shared/i18n/messages-en.js';
import type { ColorScheme, SupportAITheme } from '../shared/theme/theme.js';
import type { WidgetRegistry } from '../widgets/widget-registry.js';
import { createSupportAIQueryClient } from './create-query-client.js';
import { SupportAIContext, type SupportAIContextValue } from './SupportAIContext.js';

export interface SupportAIProviderProps {
  /**
   * URL of the mounted `@supportai/server` handler.
   * @example '/api/supportai'
   */
  endpoint: string;
  /** Whose view the components render. The server decides what the viewer may see; this picks the view. */
  persona: Persona;
  /** Headers for every request (an object, or a function called per request for a fresh token). */
  headers?: HeadersOption;
  /** A `fetch` to use instead of the global one (credentials, tracing, tests). */
  fetch?: typeof globalThis.fetch;
  /** @default 'en' */
  locale?: string;
  /** @default 'ltr' */
  dir?: 'ltr' | 'rtl';
  /** Strings to replace, by id; English fills the rest. `messagesDe` is a full German dictionary. */
  messages?: Partial<SupportAIMessages>;
  theme?: SupportAITheme;
  /** @default 'system' */
  colorScheme?: ColorScheme;
  /** The host's TanStack Query client, so SupportAI's queries share its cache and devtools. */
  queryClient?: QueryClient;
  /** Components by widget id (`ticketTable`, `slaPerformance`, …); unknown ids get a generic view. */
  widgets?: WidgetRegistry;
  children?: ReactNode;
}

const NO_WIDGETS: WidgetRegistry = {};

/**
 * Supplies the endpoint, persona, data client, locale and theme to every SupportAI component below it.
 * @example
 * <SupportAIProvider endpoint="/api/supportai" persona="agent" headers={() => ({ authorization: `Bearer ${getToken()}` })}>
 *   <App />
 * </SupportAIProvider>
 */
export function SupportAIProvider(props: SupportAIProviderProps) {
  const { endpoint, persona, locale = 'en', dir = 'ltr', messages, theme, colorScheme = 'system', widgets = NO_WIDGETS, children } = props;
  // Headers and fetch are read per request through refs: an inline `headers={() => …}` must not make a new
  // client (and drop every cached answer) on each render of the host.
  const headersRef = useRef(props.headers);
  const fetchRef = useRef(props.fetch);
  headersRef.current = props.headers;
  fetchRef.current = props.fetch;
  const client = useMemo(
    () =>
      createSupportAIClient({
        endpoint,
        headers: async () => {
          const headers = headersRef.current;
          return (typeof headers === 'function' ? await headers() : headers) ?? {};
        },
        fetch: (input, init) => (fetchRef.current ?? globalThis.fetch)(input, init),
      }),
    [endpoint],
  );
  // Made once and used only while the host passes none; no QueryClientProvider, so a host's own provider
  // above or below ours keeps serving the host's components.
  const [ownQueryClient] = useState(createSupportAIQueryClient);
  const queryClient = props.queryClient ?? ownQueryClient;
  useEffect(() => {
    // What QueryClientProvider would do for its client: listen to focus and online events while mounted.
    if (queryClient !== ownQueryClient) return;
    ownQueryClient.mount();
    return () => ownQueryClient.unmount();
  }, [queryClient, ownQueryClient]);
  const resolvedMessages = useMemo(() => resolveMessages(messages), [messages]);
  // A stable value keeps consumers from re-rendering when the provider's parent does.
  const value = useMemo<SupportAIContextValue>(
    () => ({ endpoint, persona, client, queryClient, locale, dir, messages: resolvedMessages, t: translatorOf(resolvedMessages), theme, colorScheme, widgets }),
    [endpoint, persona, client, queryClient, locale, dir, resolvedMessages, theme, colorScheme, widgets],
  );
  return <SupportAIContext value={value}>{children}</SupportAIContext>;
}
