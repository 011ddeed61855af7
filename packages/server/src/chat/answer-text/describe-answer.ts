import type { IntentAnswer } from '@supportai/core';
import { ACCOUNT_TEMPLATES } from './accounts.js';
import { ASSIST_TEMPLATES } from './assist.js';
import { EXECUTIVE_TEMPLATES } from './executive.js';
import { MEETING_TEMPLATES } from './meetings.js';
import { SLA_TEMPLATES } from './sla.js';
import { TEAM_TEMPLATES } from './team.js';
import type { AnswerTemplate } from './template.js';
import { TICKET_TEMPLATES } from './tickets.js';

export type { AnswerTemplate } from './template.js';

/** One template per intent, gathered from one file per area of the catalogue. */
export const ANSWER_TEMPLATES: Readonly<Record<string, AnswerTemplate>> = {
  ...TICKET_TEMPLATES,
  ...SLA_TEMPLATES,
  ...ACCOUNT_TEMPLATES,
  ...EXECUTIVE_TEMPLATES,
  ...TEAM_TEMPLATES,
  ...ASSIST_TEMPLATES,
  ...MEETING_TEMPLATES,
};

/**
 * The short text the offline assistant sends beside an answer's widget: one to three sentences
 * stating the key numbers the data carries, so the reply reads well without a model.
 * @example describeAnswer(answerIntent('sla.performance', input)) // "SLA compliance in the last 30 days is **94.1%** …"
 */
export function describeAnswer(answer: IntentAnswer): string {
  const template = ANSWER_TEMPLATES[answer.intent];
  return template ? template(answer) : describeGenerically(answer);
}

/** For an intent without a template (a host's own): name what is shown rather than guess at its numbers. */
function describeGenerically(answer: IntentAnswer): string {
  const data = answer.data;
  if (Array.isArray(data)) return data.length === 0 ? 'There is nothing to show for this question.' : `Here ${data.length === 1 ? 'is 1 item' : `are ${data.length} items`}.`;
  return `Here is the ${answer.widget.replace(/-/g, ' ')}.`;
}
