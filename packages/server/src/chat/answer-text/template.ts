import type { IntentAnswer } from '@supportai/core';
import { formatSpan, inPeriod } from './format.js';

/** Writes the short text for one intent's answer from its data. */
export type AnswerTemplate = (answer: IntentAnswer) => string;

/**
 * A template that reads the answer's data as the view it declares. The data comes from `answerIntent`,
 * whose builders produce the widget payloads; each view lists only the fields its template reads, and
 * a type test checks every view against the payload it stands for.
 */
export function templateOf<View>(write: (data: View, answer: IntentAnswer) => string): AnswerTemplate {
  return (answer) => write(answer.data as View, answer);
}

/** The question's own period as an adverbial (`last quarter`, `in the last 30 days`), when it named one. */
export function askedPeriodOf(answer: IntentAnswer): string | null {
  const label = answer.params.period?.label;
  return label ? inPeriod(label) : null;
}

/** A `[from, to)` span in words: the question's own period, `today` for the answer's day, else the dates. */
export function spanWordsOf(answer: IntentAnswer, from: string, to: string): string {
  const asked = askedPeriodOf(answer);
  if (asked) return asked;
  const span = formatSpan(from, to);
  return span === formatSpan(answer.asOf, new Date(Date.parse(answer.asOf) + 1).toISOString()) ? 'today' : span;
}
