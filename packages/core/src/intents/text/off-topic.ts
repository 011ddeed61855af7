import { words } from './normalise.js';

/**
 * Everyday things no support analytics question is about: a question that names one and nothing of the
 * support domain ("book a table for two", "a haiku about coffee", "renew my passport") is out of scope,
 * however much its verbs sound like the catalogue's ("book", "draft", "renew").
 */
const OFF_TOPIC_WORDS: ReadonlySet<string> = new Set([
  'poem', 'poems', 'limerick', 'haiku', 'song', 'songs', 'lyrics', 'joke', 'jokes', 'story', 'novel', 'plot', 'movie', 'movies', 'film', 'podcast',
  'speech', 'birthday', 'wedding', 'anniversary', 'mum', 'mom', 'dad', 'kid', 'kids', 'homework', 'maths', 'math', 'kitten', 'puppy', 'pet', 'dog', 'cat',
  'passport', 'visa', 'flight', 'flights', 'hotel', 'holiday', 'vacation', 'trip', 'airport', 'train', 'restaurant', 'recipe', 'lunch', 'dinner',
  'breakfast', 'coffee', 'tea', 'pizza', 'weather', 'alarm', 'dentist', 'doctor', 'gym', 'football', 'soccer', 'match', 'stock', 'bitcoin', 'crypto',
  'horoscope', 'tap', 'plumber', 'car', 'laptop', 'phone', 'wifi', 'capital', 'country', 'president', 'translate', 'table', 'italian',
]);

/** Words of the support domain: with one of these, a question is not off topic whatever else it names. */
const DOMAIN_WORDS: ReadonlySet<string> = new Set([
  'ticket', 'tickets', 'tix', 'case', 'cases', 'customer', 'customers', 'client', 'clients', 'account', 'accounts', 'agent', 'agents', 'rep', 'reps',
  'team', 'queue', 'sla', 'slas', 'csat', 'nps', 'kb', 'article', 'articles', 'support', 'escalation', 'escalations', 'renewal', 'renewals',
  'churn', 'upsell', 'qbr', 'ebr', 'jira', 'reply', 'backlog', 'board', 'okr', 'okrs', 'arr', 'breach', 'breaching', 'staffing', 'capacity',
  'workload', 'dashboard', 'prep', 'escalated', 'mine',
]);

/**
 * Whether the question names an everyday thing outside support and nothing of the support domain. The
 * router asks only when the question names no known account, agent or ticket ("Granite Capital").
 */
export function isOffTopic(question: string): boolean {
  const said = words(question);
  return said.some((word) => OFF_TOPIC_WORDS.has(word)) && !said.some((word) => DOMAIN_WORDS.has(word));
}
