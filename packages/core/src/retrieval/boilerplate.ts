/**
 * Removes what every support email carries and no search should match on: the greeting, courtesy
 * phrases, the signature and anything quoted from an earlier message.
 */

// "Hi team,", "Hello Sam!", "Good morning all:" — up to three words after the greeting, then punctuation or a line end.
const GREETING = /^\s*(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening))\b(?:[ \t]+[\p{L}.'’-]+){0,3}[ \t]*(?:[,!:;.]+|\n|$)/iu;
// A line that starts a sign-off or a signature block; everything from it on is dropped.
const SIGN_OFF_LINE =
  /^\s*(?:--+|—+|__+|(?:best|kind|warm|many)?\s*(?:regards|wishes)|best|thanks(?:\s+(?:so much|again|in advance|a lot))?|thank\s+you(?:\s+(?:so much|again|in advance))?|many\s+thanks|cheers|sincerely|br|sent\s+from\s+my\b.*)[\s,.!]*$/i;
// "On Mon, 2 Mar 2026 at 10:00, Sam <sam@example.com> wrote:" starts a quoted earlier message.
const QUOTE_HEADER = /^\s*on\b.{0,200}\bwrote:\s*$/i;
const COURTESY_PHRASES = [
  /\b(?:many\s+)?thanks(?:\s+(?:so much|a lot|in advance|again|for (?:your|the|any) help))?\b[.!,]*/gi,
  /\bthank\s+you(?:\s+(?:so much|very much|in advance|again|for (?:your|the|any) help))?\b[.!,]*/gi,
  /\bi\s+hope\s+(?:this|you)\b[^.!?\n]{0,40}\bwell\b[.!,]*/gi,
  /\bhope\s+you(?:\s+are|'re)?\s+(?:well|doing well)\b[.!,]*/gi,
  /\bany\s+help\s+(?:would\s+be|is)\s+(?:much\s+|greatly\s+)?appreciated\b[.!,]*/gi,
  /\bplease\s+advise\b[.!,]*/gi,
  /\bthx\b[.!,]*/gi,
];

/** The text with greeting, courtesy phrases, quoted replies and signature removed, trimmed. */
export function stripBoilerplate(text: string): string {
  const kept: string[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const [index, line] of lines.entries()) {
    if (QUOTE_HEADER.test(line)) break;
    // The first line may be the whole message ("Thanks, it works"), so it is never a signature.
    if (index > 0 && kept.some((keptLine) => keptLine.trim() !== '') && SIGN_OFF_LINE.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  let body = kept.join('\n').replace(GREETING, ' ');
  for (const phrase of COURTESY_PHRASES) body = body.replace(phrase, ' ');
  return body.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}
