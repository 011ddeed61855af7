import { useContext } from 'react';
import { SupportAIContext, type SupportAIContextValue } from './SupportAIContext.js';

/** The message thrown when `useSupportAI` runs outside a `<SupportAIProvider>`. */
export const MISSING_PROVIDER_MESSAGE =
  'useSupportAI must be used inside <SupportAIProvider>. Wrap your app (or the SupportAI components) in <SupportAIProvider endpoint="…" persona="…">.';

/**
 * Reads the nearest `<SupportAIProvider>`; throws when there is none.
 * @example const { endpoint, persona } = useSupportAI();
 */
export function useSupportAI(): SupportAIContextValue {
  const value = useContext(SupportAIContext);
  if (value === null) throw new Error(MISSING_PROVIDER_MESSAGE);
  return value;
}
