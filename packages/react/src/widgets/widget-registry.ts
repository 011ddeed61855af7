import type { ComponentType } from 'react';
import type { IntentAnswer } from '@supportai/core';

/** What a widget component receives: the answer envelope as the server or `answerIntent` produced it. */
export interface WidgetProps<Data = unknown> {
  answer: IntentAnswer<Data>;
}

/** A component for one widget id. */
export type WidgetComponent = ComponentType<WidgetProps>;

/** Components by widget id (`answer.widget`), as the provider's `widgets` prop takes them. */
export type WidgetRegistry = Readonly<Record<string, WidgetComponent>>;

/**
 * Merges registries left to right, later ids winning: the SDK's widgets, then the host's overrides.
 * @example <SupportAIProvider widgets={mergeWidgetRegistries(defaultWidgets, { ticketTable: MyTicketTable })} … />
 */
export function mergeWidgetRegistries(...registries: readonly (WidgetRegistry | undefined)[]): WidgetRegistry {
  return Object.assign({}, ...registries.filter(Boolean)) as WidgetRegistry;
}
