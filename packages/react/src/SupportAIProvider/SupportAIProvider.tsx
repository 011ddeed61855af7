import { useMemo, type ReactNode } from 'react';
import type { Persona } from '@supportai/core';
import { SupportAIContext, type SupportAIContextValue } from './SupportAIContext.js';

export interface SupportAIProviderProps {
  /**
   * URL of the mounted `@supportai/server` handler.
   * @example '/api/supportai'
   */
  endpoint: string;
  /** Whose view the components render. */
  persona: Persona;
  children?: ReactNode;
}

/**
 * Supplies the endpoint and persona to every SupportAI component below it.
 * @example
 * <SupportAIProvider endpoint="/api/supportai" persona="agent">
 *   <App />
 * </SupportAIProvider>
 */
export function SupportAIProvider({ endpoint, persona, children }: SupportAIProviderProps) {
  // A stable value keeps consumers from re-rendering when the provider's parent does.
  const value = useMemo<SupportAIContextValue>(() => ({ endpoint, persona }), [endpoint, persona]);
  return <SupportAIContext value={value}>{children}</SupportAIContext>;
}
