import type { IntentAnswer } from '@supportai/core';
import { useSupportAI } from '../SupportAIProvider/useSupportAI.js';
import { GenericWidget } from './GenericWidget.js';

/** Renders an answer with the provider's component for its widget id, or the generic view. */
export function WidgetView({ answer }: { answer: IntentAnswer }) {
  const { widgets } = useSupportAI();
  const Component = Object.hasOwn(widgets, answer.widget) ? widgets[answer.widget] : undefined;
  return Component ? <Component answer={answer} /> : <GenericWidget answer={answer} />;
}
