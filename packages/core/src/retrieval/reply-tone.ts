import type { Ticket } from '../contracts/ticket.js';
import type { Tone } from '../intents/params.js';

/** The tone a reply should take and what decided it. */
export interface ToneDecision {
  tone: Tone;
  /** `requested` by the caller, read from the ticket's `sentiment`, from `keywords` in the customer's words, or the `default`. */
  source: 'requested' | 'sentiment' | 'keywords' | 'default';
  /** What was read: the sentiment value or the words found. */
  evidence: string[];
}

// Words of an upset customer; stems so "frustrating", "frustrated" and "frustration" all count.
const UPSET_WORDS = /\b(?:angry|anger|furious|livid|irate|upset|annoy\w*|frustrat\w*|unacceptabl\w*|ridiculous|terribl\w*|horribl\w*|awful|worst|disappoint\w*|outrag\w*|fed up|sick of|third time|still (?:not|broken|waiting)|again and again|cancel (?:my|our) (?:account|subscription)|escalat\w*|lawyer|refund now)\b/gi;
// Three or more exclamation marks, or a shouted word of four or more capitals.
const SHOUTING = /!{3,}|\b[A-Z]{4,}\b/g;
// Shouted words that are just acronyms support writes in capitals anyway.
const ACRONYMS = /* @__PURE__ */ new Set(['HTTP', 'HTTPS', 'JSON', 'CSV', 'SAML', 'OKTA', 'SSO', 'API', 'URL', 'HTML', 'PDF', 'ASAP', 'IOS']);

/** What decides the tone. @default defaultTone 'friendly' */
export interface ReplyToneOptions {
  requested?: Tone | undefined;
  defaultTone?: Tone;
}

/**
 * The tone of a reply to a ticket: the requested tone wins; else an upset customer (negative
 * sentiment, or upset words or shouting in `customerText`) gets `empathetic`, a happy one
 * `friendly`; else the default.
 */
export function replyToneOf(ticket: Pick<Ticket, 'sentiment'>, customerText: string, options: ReplyToneOptions = {}): ToneDecision {
  if (options.requested) return { tone: options.requested, source: 'requested', evidence: [options.requested] };
  if (ticket.sentiment === 'negative' || ticket.sentiment === 'very_negative') return { tone: 'empathetic', source: 'sentiment', evidence: [ticket.sentiment] };
  const upset = [...customerText.matchAll(UPSET_WORDS)].map((match) => match[0].toLowerCase());
  const shouting = [...customerText.matchAll(SHOUTING)].map((match) => match[0]).filter((found) => !ACRONYMS.has(found));
  const evidence = [...new Set([...upset, ...shouting])];
  if (evidence.length > 0) return { tone: 'empathetic', source: 'keywords', evidence };
  if (ticket.sentiment === 'positive') return { tone: 'friendly', source: 'sentiment', evidence: ['positive'] };
  return { tone: options.defaultTone ?? 'friendly', source: 'default', evidence: [] };
}
