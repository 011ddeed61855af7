'use client';
/**
 * @supportai/react — provider, chat widget, ticket assist, widgets and persona dashboards.
 */
export { SupportAIProvider, useSupportAI } from './SupportAIProvider/index.js';
export type { SupportAIContextValue, SupportAIProviderProps } from './SupportAIProvider/index.js';
// Core types that this package's API mentions, so consumers need not import @supportai/core for them.
export type { Persona } from '@supportai/core';
