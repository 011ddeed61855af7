export { SupportAIProvider, type SupportAIProviderProps } from './SupportAIProvider.js';
export { SupportAIRoot } from './SupportAIRoot.js';
export { useSupportAI } from './useSupportAI.js';
export { createSupportAIQueryClient } from './create-query-client.js';
export type { SupportAIContextValue } from './SupportAIContext.js';
