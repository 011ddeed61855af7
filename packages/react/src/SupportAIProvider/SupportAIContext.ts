import { createContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { Persona } from '@supportai/core';
import type { SupportAIClient } from '../shared/client/support-ai-client.js';
import type { SupportAIMessages } from '../shared/i18n/messages-en.js';
import type { Translate } from '../shared/i18n/format-message.js';
import type { ColorScheme, SupportAITheme } from '../shared/theme/theme.js';
import type { WidgetRegistry } from '../widgets/widget-registry.js';

/** What `useSupportAI()` returns: the settings and services every SupportAI component reads. */
export interface SupportAIContextValue {
  /** URL of the mounted `@supportai/server` handler, e.g. `/api/supportai`. */
  endpoint: string;
  /** Whose view the components render: `executive`, `manager`, `agent` or `csm`. */
  persona: Persona;
  /** The typed data client over the server's routes, with the provider's headers and fetch. */
  client: SupportAIClient;
  /** The TanStack Query client the hooks cache in: the host's own, or one the provider made. */
  queryClient: QueryClient;
  /** BCP 47 tag for `Intl` (numbers, money, dates) and the `lang` of the widgets' roots. */
  locale: string;
  dir: 'ltr' | 'rtl';
  messages: SupportAIMessages;
  /** Looks a message up in `messages` and fills its placeholders. */
  t: Translate;
  theme: SupportAITheme | undefined;
  colorScheme: ColorScheme;
  /** Components by widget id, for answers in the chat and on dashboards. */
  widgets: WidgetRegistry;
}

// null marks "no provider above", so the hook can fail loudly instead of using silent defaults.
export const SupportAIContext = /* @__PURE__ */ createContext<SupportAIContextValue | null>(null);
SupportAIContext.displayName = 'SupportAIContext';
