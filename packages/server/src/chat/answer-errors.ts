import { ForbiddenError, NotFoundError, SupportAIError } from '@supportai/core';

/** What to ask for when a question lacks an entity its intent needs. */
const MISSING_ENTITY_QUESTIONS: Readonly<Record<string, string>> = {
  ticketId: 'Which ticket do you mean? Add its id, for example “show ticket DESK-1002”.',
  accountName: 'Which customer account do you mean? Add its name.',
  agentName: 'Which agent do you mean? Add their name.',
  topic: 'What should I search for or write about? Add a few words on the subject.',
};

/** The kind of refusal, for the model's tool result and for logs. */
export type RefusalCode = 'forbidden' | 'not_found' | 'invalid_input';

/**
 * An answer the viewer may not have or that the question does not allow, as one polite sentence
 * (never data), or null for an error that is a fault rather than a refusal.
 */
export function refusalOf(error: unknown): { code: RefusalCode; text: string } | null {
  // The messages of these errors are written for users: the forbidden one names who can see it, the
  // not-found one repeats only the id that was asked for.
  if (error instanceof ForbiddenError) return { code: 'forbidden', text: `Sorry, I can’t show you that. ${error.message}` };
  if (error instanceof NotFoundError) return { code: 'not_found', text: `${error.message}. Check the id or name, or ask someone whose accounts or team include it.` };
  if (error instanceof SupportAIError && error.code === 'invalid_input') {
    const missing = error.issues.map((issue) => MISSING_ENTITY_QUESTIONS[issue.path.split('.').pop() ?? '']).find((question) => question !== undefined);
    const details = error.issues.map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`)).join('; ');
    return { code: 'invalid_input', text: missing ?? `I couldn’t use the details of that question (${details}). Try rephrasing it.` };
  }
  return null;
}
