import type { Found } from './span.js';

// Letter-prefixed ids: DESK-1002, TICK-001, SUP-77 (not quarter labels such as Q4-2025).
const PREFIXED_ID = /(?<![\p{L}\p{N}_-])#?((?!Q[1-4]-)[A-Za-z][A-Za-z0-9]{0,15}-\d{1,20})(?![\p{L}\p{N}_-])/u;
// A number the words around it say is a ticket: "ticket 12345", "case #889", "#12345".
const CONTEXT_ID = /\b(?:tickets?|case|request|tkt|conversation|convo)\s*(?:no\.?|number|id)?\s*#?\s*(\d{1,20})(?![\p{L}\p{N}_.:-])/iu;
// "similar tickets for 4521", "reply on case to 8812" (a year such as 2025 is not an id there).
const LOOSE_CONTEXT_ID = /\b(?:tickets?|cases?|reply|response|draft)\s+(?:for|on|about|to|like|re)\s+#?(?!(?:19|20)\d\d\b)(\d{3,20})(?![\p{L}\p{N}_.:%-])/iu;
const HASH_ID = /(?<![\p{L}\p{N}_])#(\d{1,20})(?![\p{L}\p{N}_])/u;
// A long bare number is an id too (short ones are counts, hours or years).
const BARE_ID = /(?<![\p{L}\p{N}_.:#-])(\d{5,20})(?![\p{L}\p{N}_.:%-])/u;

/** The ticket id of a question, exactly as typed and without `#`; ids are never truncated or parsed as numbers. */
export function findTicketId(text: string): Found<string> | undefined {
  for (const pattern of [PREFIXED_ID, HASH_ID, CONTEXT_ID, LOOSE_CONTEXT_ID, BARE_ID]) {
    const match = pattern.exec(text);
    if (match?.[1] !== undefined) {
      const start = match.index + match[0].lastIndexOf(match[1]);
      return { value: match[1], start: pattern === PREFIXED_ID && text[start - 1] === '#' ? start - 1 : start, end: start + match[1].length };
    }
  }
  return undefined;
}
