export { SupportAIProvider, type SupportAIProviderProps } from './SupportAIProvider.js';
export { useSupportAI } from './useSupportAI.js';
export type { SupportAIContextValue } from './SupportAIContext.js';
