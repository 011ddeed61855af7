import { COUNT_PATTERN, countOf } from './number-words.js';
import type { Found } from './span.js';

const TIME_UNIT = String.raw`(?:hours?|hrs?|h|days?|d|weeks?|wks?|months?|mos?|quarters?|years?|yrs?|minutes?|mins?|am|pm)\b`;
// "top 20", "bottom 5", "first ten" — but not "last 30 days" (a period) or "top 3 pm".
const RANKED = new RegExp(String.raw`\b(?:top|bottom|first|last|best|worst|highest|lowest|biggest|largest)\s+${COUNT_PATTERN}\b(?!\s*${TIME_UNIT})`, 'i');
// "20 biggest accounts", "5 worst agents".
const COUNT_FIRST = new RegExp(String.raw`\b${COUNT_PATTERN}\s+(?:most|biggest|largest|highest|lowest|best|worst|top|strongest|weakest|poorest)\b`, 'i');
// "the three strongest reps", "the two agents with the poorest CSAT": a count after "the" before who is counted.
const THE_COUNT = new RegExp(String.raw`\bthe\s+${COUNT_PATTERN}\s+(?:most\s+|least\s+)?(?:agents?|reps?|people|accounts?|customers?|clients?|strongest|weakest|best|worst|top|biggest|largest|highest|lowest|poorest)\b`, 'i');

/** Top / bottom N of a question. */
export function findLimit(text: string): Found<number> | undefined {
  for (const pattern of [RANKED, COUNT_FIRST, THE_COUNT]) {
    const match = pattern.exec(text);
    const count = match?.[1] === undefined ? undefined : countOf(match[1]);
    if (match && count !== undefined && count >= 1 && count <= 500 && !/^an?$/i.test(match[1]!)) {
      return { value: count, start: match.index, end: match.index + match[0].length };
    }
  }
  return undefined;
}
