import { createContext } from 'react';
import type { Persona } from '@supportai/core';

/** What `useSupportAI()` returns: the settings every SupportAI component reads. */
export interface SupportAIContextValue {
  /** URL of the mounted `@supportai/server` handler, e.g. `/api/supportai`. */
  endpoint: string;
  /** Whose view the components render: `executive`, `manager`, `agent` or `csm`. */
  persona: Persona;
}

// null marks "no provider above", so the hook can fail loudly instead of using silent defaults.
export const SupportAIContext = /* @__PURE__ */ createContext<SupportAIContextValue | null>(null);
SupportAIContext.displayName = 'SupportAIContext';
