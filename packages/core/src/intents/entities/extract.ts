import type { IntentParams } from '../params.js';
import { findLimit } from './limit.js';
import { findKnownNames } from './known-names.js';
import { findNameCandidates, type FoundName } from './names.js';
import { findPeriod } from './period.js';
import { findPriority } from './priority.js';
import type { Span } from './span.js';
import { findTicketId } from './ticket-id.js';
import { findTone } from './tone.js';
import { findTopic } from './topic.js';

export type { FoundName } from './names.js';

export interface ExtractedEntities {
  /** Every entity found; the chosen intent keeps those it has slots for. */
  params: IntentParams;
  names: FoundName[];
  /** Spans that are entities rather than wording (ticket ids, names, priorities, topics), left out of intent scoring. */
  entitySpans: Span[];
  /** The topic's span when it is left out of scoring (one of `entitySpans`). */
  topicSpan?: Span;
  /** The wording points at a person rather than an account ("1-on-1 with", "coaching"). */
  personCue: boolean;
}

const PERSON_CUE = /\b(?:1\s*[:-]?\s*(?:on\s*-?\s*)?1|one[\s-]+on[\s-]+one|coaching|coach|sync with|catch[\s-]?up with|review with my)\b/i;

export interface ExtractionContext {
  now: Date;
  timeZone: string;
  names?: { accounts?: readonly string[]; agents?: readonly string[] };
  isKnownWord: (word: string) => boolean;
  /** Whether a lower-case word is in the vocabulary as written (no stemming). @default isKnownWord */
  isVocabularyWord?: (word: string) => boolean;
  /** True when a lower-case word is a misspelling of a known word, so not a name. */
  isTypo: (word: string) => boolean;
}

/** Finds every entity of a question: ids, counts, periods, priority, tone, topic and names. */
export function extractEntities(text: string, context: ExtractionContext): ExtractedEntities {
  const params: IntentParams = {};
  const blocked: Span[] = [];
  const ticket = findTicketId(text);
  if (ticket) {
    params.ticketId = ticket.value;
    blocked.push(ticket);
  }
  const period = findPeriod(text, context.now, context.timeZone);
  if (period) {
    params.period = period.value;
    if (period.days !== undefined) params.days = period.days;
    if (period.hours !== undefined) params.hours = period.hours;
    blocked.push(period);
  }
  const limit = findLimit(text);
  if (limit) {
    params.limit = limit.value;
    blocked.push(limit);
  }
  const wordingSpans: Span[] = [];
  const priority = findPriority(text);
  if (priority) {
    params.priority = priority.value;
    wordingSpans.push(priority);
  }
  const tone = findTone(text);
  if (tone) params.tone = tone.value;
  const topic = findTopic(text);
  let topicSpan: Span | undefined;
  if (topic && !(ticket && topic.start <= ticket.start && ticket.end <= topic.end && topic.value.trim() === ticket.value)) {
    params.topic = topic.value;
    // What a search or a message is about says nothing about which intent it is.
    if (topic.kind !== 'other') {
      topicSpan = topic;
      wordingSpans.push(topic);
    }
  }

  const known = context.names;
  const hasKnownNames = Boolean(known?.accounts?.length || known?.agents?.length);
  // With known names, only they count, matched word by word; without, names are taken as typed.
  const usable: FoundName[] = hasKnownNames
    ? findKnownNames(text, known!, context.isVocabularyWord ?? context.isKnownWord, blocked)
    : findNameCandidates(text, context.isKnownWord, blocked)
        // A lower-case word one typo away from the vocabulary is a misspelling, not a name.
        .filter((candidate) => candidate.capitalised || !candidate.text.split(/\s+/).every(context.isTypo));
  return { params, names: usable, entitySpans: [...(ticket ? [ticket] : []), ...usable, ...wordingSpans], ...(topicSpan ? { topicSpan } : {}), personCue: PERSON_CUE.test(text) };
}
