import type { IntentAnswer } from '@supportai/core';

/** Writes the short text for one intent's answer from its data. */
export type AnswerTemplate = (answer: IntentAnswer) => string;

/** One template per intent; filled per area so each file stays about one part of the catalogue. */
const TEMPLATES: Readonly<Record<string, AnswerTemplate>> = {};

/**
 * The short text the offline assistant sends beside an answer's widget: one to three sentences
 * stating the key numbers the data carries, so the reply reads well without a model.
 * @example describeAnswer(answerIntent('sla.compliance', input)) // "SLA compliance this quarter is 91.2 % …"
 */
export function describeAnswer(answer: IntentAnswer): string {
  const template = TEMPLATES[answer.intent];
  return template ? template(answer) : describeGenerically(answer);
}

/** For an intent without a template: name what is shown rather than guess at its numbers. */
function describeGenerically(answer: IntentAnswer): string {
  const data = answer.data;
  if (Array.isArray(data)) return data.length === 0 ? 'There is nothing to show for this question.' : `Here ${data.length === 1 ? 'is 1 item' : `are ${data.length} items`}.`;
  return `Here is the ${answer.widget.replace(/-/g, ' ')}.`;
}
