import type { Tone } from '../params.js';
import type { Found } from './span.js';

// A tone asked for in so many words wins over the customer's mood ("a formal reply to an angry customer").
const RULES: readonly (readonly [RegExp, Tone])[] = [
  [/\b(?:formal|professional|polite)\b/i, 'formal'],
  [/\b(?:friendly|warm|casual|upbeat|cheerful)\b/i, 'friendly'],
  [/\b(?:concise|brief|short|terse|to the point)\b/i, 'concise'],
  [/\b(?:firm|assertive|strict|direct)\b/i, 'firm'],
  [/\b(?:apolog\w*|sorry|mea culpa)\b/i, 'apologetic'],
  [/\b(?:angry|upset|frustrated|furious|irate|annoyed|mad|unhappy|livid|empath\w*|calm(?:ing)?|de-?escalat\w*)\b/i, 'empathetic'],
];

/** The tone a drafted reply or message should take. */
export function findTone(text: string): Found<Tone> | undefined {
  for (const [pattern, tone] of RULES) {
    const match = pattern.exec(text);
    if (match) return { value: tone, start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}
