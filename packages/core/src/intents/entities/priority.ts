import type { Priority } from '../../contracts/common.js';
import type { Found } from './span.js';

// Ordered: the first rule that matches wins. "high" alone is too common ("highest risk") to count.
const RULES: readonly (readonly [RegExp, Priority])[] = [
  [/\b(?:urgent|critical|p1|sev\s?1|emergency)\b/i, 'urgent'],
  [/\b(?:high[\s-]?(?:priority|prio|pri)|p2|sev\s?2)\b/i, 'high'],
  [/\b(?:low[\s-]?(?:priority|prio|pri)|p4|sev\s?4)\b/i, 'low'],
  [/\b(?:normal|medium|standard)[\s-]?(?:priority|prio|pri)\b|\bp3\b/i, 'normal'],
];

/** The ticket priority a question filters on. */
export function findPriority(text: string): Found<Priority> | undefined {
  for (const [pattern, priority] of RULES) {
    const match = pattern.exec(text);
    if (match) return { value: priority, start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}
