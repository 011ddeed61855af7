import type { Found } from './span.js';

/** How the topic was introduced: by a search word ("kb …"), by "about", or by a looser "for"/"on". */
export type TopicKind = 'search' | 'about' | 'other';

// "kb sso login", "search the docs for api limits", "look up articles on refunds"
const AFTER_SEARCH = /\b(?:kb|knowledge\s*base|help\s*cent(?:er|re)|docs?|articles?|search|look\s*up|lookup)\b(?:\s+(?:search|the|kb|knowledge\s*base|docs?|articles?))*\s*(?:for|on|about|re|:)?\s*:?\s+(.+?)\s*[?.!]*$/i;
const AFTER_ABOUT = /\b(?:about(?!\s+to\b)|regarding|re|concerning|on the topic of)\s*:?\s+(.+?)\s*[?.!]*$/i;
// "about to" means soon, not a subject. "… about the outage", "kb for password reset", "articles on SSO setup", "search: api limits"
const AFTER_MARKER = /\b(?:about(?!\s+to\b)|regarding|re|concerning|on the topic of|for|on)\s*:?\s+(.+?)\s*[?.!]*$/i;
const AFTER_COLON = /:\s*(.+?)\s*[?.!]*$/;
const LEADING_FILLER = /^(?:the|a|an|our|their|his|her|my|some|any|how to|how do i|how do you)\s+/i;

/** The free-text subject of a search or a message: what comes after "about", "for", "on" or a colon. */
export function findTopic(text: string): (Found<string> & { kind: TopicKind }) | undefined {
  const search = AFTER_SEARCH.exec(text);
  const about = search ? null : AFTER_ABOUT.exec(text);
  const match = search ?? about ?? AFTER_MARKER.exec(text) ?? AFTER_COLON.exec(text);
  if (!match?.[1]) return undefined;
  const kind: TopicKind = search ? 'search' : about ? 'about' : 'other';
  let topic = match[1].trim();
  while (LEADING_FILLER.test(topic)) topic = topic.replace(LEADING_FILLER, '');
  if (topic === '') return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  return { value: topic.slice(0, 500), start, end: start + match[1].length, kind };
}
