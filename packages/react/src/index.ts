'use client';
/**
 * @supportai/react — provider, hooks and the widget registry. The chat widget is `@supportai/react/chat`;
 * what server components may import (the data client, theme and message types) is `@supportai/react/shared`.
 */
export { createSupportAIQueryClient, SupportAIProvider, SupportAIRoot, useSupportAI } from './SupportAIProvider/index.js';
export type { SupportAIContextValue, SupportAIProviderProps } from './SupportAIProvider/index.js';
export { supportAIKeys, useChatThread, useChatThreads, useFeedback, useIntentAnswer, useQuickActions, useTicketAssist } from './hooks/index.js';
export { GenericWidget, mergeWidgetRegistries, WidgetView, type WidgetComponent, type WidgetProps, type WidgetRegistry } from './widgets/index.js';
export * from './shared/index.js';
// Core types that this package's API mentions, so consumers need not import @supportai/core for them.
export type { IntentAnswer, Persona } from '@supportai/core';
