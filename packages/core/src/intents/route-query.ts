import { PersonaSchema, type Persona } from '../contracts/common.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { INTENT_CATALOGUE } from './catalogue/index.js';
import { FOLLOW_UP_OPENING, pendingAction, previousIntentTurn, replyKind } from './conversation.js';
import { extractEntities, type ExtractedEntities } from './entities/extract.js';
import { withoutSpans } from './entities/span.js';
import type { IntentParams, ParamName } from './params.js';
import { listInWords, PERSONA_PLURAL_NAMES } from './persona-names.js';
import { createIntentRegistry, type IntentRegistry, type ScoredIntent } from './registry.js';
import { suggestionsFor } from './suggestions.js';
import { canonicalWords, MAX_QUESTION_CHARACTERS, stem, words } from './text/normalise.js';
import { STOPWORDS } from './text/stopwords.js';
import type { IntentDefinition, RouteOptions, RouteResult } from './types.js';

/** The registry of DESIGN §6's catalogue. */
export const defaultIntentRegistry: IntentRegistry = createIntentRegistry(INTENT_CATALOGUE);

/** An allowed intent this close to a refused best match is taken instead of refusing. */
const ALLOWED_RATIO = 0.8;
const FOLLOW_UP_CONFIDENCE = 0.6;
/** Below this, the wording says too little for a name to decide the intent ("weather in Paris"). */
const NAME_EVIDENCE_FLOOR = 0.15;

/**
 * Maps a question to an intent of the catalogue with its entities, offline and in well under a
 * millisecond. Never throws for any text; unknown questions give `intent: null` with suggestions.
 * @example routeQuery('draft a reply for DESK-1002', { persona: 'agent' }) // { intent: 'reply.draft', params: { ticketId: 'DESK-1002' }, … }
 */
export function routeQuery(text: string, options: RouteOptions, registry: IntentRegistry = defaultIntentRegistry): RouteResult {
  const persona = checkPersona(options.persona);
  const question = typeof text === 'string' ? text.trim() : '';
  if (question === '') return noIntent(persona, registry, 'The question is empty.');
  if (question.length > MAX_QUESTION_CHARACTERS) {
    return noIntent(persona, registry, `The question is longer than ${MAX_QUESTION_CHARACTERS} characters: ask it in a sentence or two.`);
  }

  const reply = replyKind(question);
  if (reply) {
    const pending = pendingAction(options.conversation);
    if (!pending) return noIntent(persona, registry, 'There is nothing waiting for a confirmation.');
    return reply === 'confirm'
      ? { intent: pending.intent, params: pending.params, confidence: 1, confirmed: true }
      : { intent: pending.intent, params: pending.params, confidence: 1, cancelled: true };
  }

  const entities = extractEntities(question, {
    now: nowOf(options.now),
    timeZone: options.timeZone ?? 'UTC',
    ...(options.names ? { names: options.names } : {}),
    isKnownWord: registry.isKnownWord,
    isTypo: (word) => !registry.isKnownWord(word) && registry.correctWord(word) !== undefined,
  });
  const terms = scoringTerms(withoutSpans(question, entities.entitySpans), registry);
  const scored = adjustForEntities(registry.score(terms), entities, registry);

  const previous = previousIntentTurn(options.conversation);
  const best = scored[0];
  const isFollowUp = previous && FOLLOW_UP_OPENING.test(question) && hasSlotFor(registry.get(previous.intent!), entities.params);
  if (previous && (isFollowUp || !best || best.score < registry.threshold) && hasSlotFor(registry.get(previous.intent!), entities.params)) {
    const definition = registry.get(previous.intent!)!;
    if (definition.personas.includes(persona)) {
      return finish(definition, { ...previous.params, ...paramsFor(definition, entities) }, FOLLOW_UP_CONFIDENCE);
    }
  }
  if (!best || best.score < registry.threshold) {
    // Nothing but a ticket id ("DESK-77?", "pull up #300127"): show that ticket.
    const showTicket = entities.params.ticketId !== undefined ? registry.definitions.find((definition) => definition.required?.length === 1 && definition.required[0] === 'ticketId' && definition.personas.includes(persona)) : undefined;
    if (showTicket) return finish(showTicket, paramsFor(showTicket, entities), registry.threshold);
    return noIntent(persona, registry, 'The question does not match anything this assistant answers offline.');
  }

  const bestDefinition = registry.get(best.id)!;
  if (bestDefinition.personas.includes(persona)) return finish(bestDefinition, paramsFor(bestDefinition, entities), best.score);
  // The same question in another persona's words ("my open tickets" from a manager is the ticket list).
  const equivalent = bestDefinition.otherwise ? registry.get(bestDefinition.otherwise) : undefined;
  if (equivalent?.personas.includes(persona)) return finish(equivalent, paramsFor(equivalent, entities), best.score);
  const allowed = scored.find((entry) => registry.get(entry.id)!.personas.includes(persona));
  if (allowed && allowed.score >= Math.max(registry.threshold, ALLOWED_RATIO * best.score)) {
    const definition = registry.get(allowed.id)!;
    return finish(definition, paramsFor(definition, entities), allowed.score);
  }
  return {
    intent: bestDefinition.id,
    params: paramsFor(bestDefinition, entities),
    confidence: confidenceOf(best.score),
    refused: true,
    reason: `${capitalise(bestDefinition.title)} is available to ${listInWords(bestDefinition.personas.map((name) => PERSONA_PLURAL_NAMES[name]))}.`,
  };
}

function checkPersona(persona: Persona): Persona {
  const result = PersonaSchema.safeParse(persona);
  if (!result.success) throw new SupportAIError('invalid_input', 'Invalid route options', [{ path: 'persona', message: `must be one of ${PersonaSchema.options.join(', ')}` }]);
  return result.data;
}

function nowOf(now: RouteOptions['now']): Date {
  const date = now === undefined ? new Date() : new Date(now);
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

/** Stems to score: synonyms applied, stopwords dropped, misspellings corrected against the vocabulary. */
function scoringTerms(text: string, registry: IntentRegistry): string[] {
  return canonicalWords(words(text).map((word) => (registry.isKnownWord(word) ? word : (registry.correctWord(word) ?? word))))
    // Counts and years carry no intent (and would split "top 50 accounts" apart).
    .filter((word) => !STOPWORDS.has(word) && !/^\d+$/.test(word))
    .map(stem);
}

/** Entity evidence: a ticket id favours intents about one ticket; a missing required entity counts against. */
function adjustForEntities(scored: ScoredIntent[], entities: ExtractedEntities, registry: IntentRegistry): ScoredIntent[] {
  const present = new Set(Object.keys(entities.params) as ParamName[]);
  const [name] = entities.names;
  if (name) present.add('accountName').add('agentName');
  const nameIsAgent = name !== undefined && (name.agent !== undefined || (name.account === undefined && entities.personCue));
  return scored
    .map(({ id, score }) => {
      const slots = registry.get(id)!.slots ?? [];
      let adjusted = score;
      // "top 20", "bottom 5" ask for a ranking.
      if (entities.params.limit !== undefined && slots.includes('limit')) adjusted += 0.1;
      // A ticket id points at intents about one ticket.
      if (entities.params.ticketId !== undefined) adjusted += slots.includes('ticketId') ? 0.1 : -0.1;
      // A name points at intents about an account or a person (when the wording already points there at all).
      if (name && score >= NAME_EVIDENCE_FLOOR && slots.includes(nameIsAgent ? 'agentName' : 'accountName')) adjusted += 0.3;
      if (registry.get(id)!.required?.some((slot) => !present.has(slot))) adjusted -= 0.3;
      return { id, score: adjusted };
    })
    .sort((left, right) => right.score - left.score);
}

function hasSlotFor(definition: IntentDefinition<string> | undefined, params: IntentParams): boolean {
  return definition !== undefined && (definition.slots ?? []).some((slot) => params[slot] !== undefined && slot !== 'topic');
}

/** The entities the intent has slots for; names go to the account or agent slot they fit. */
function paramsFor(definition: IntentDefinition<string>, entities: ExtractedEntities): IntentParams {
  const slots = new Set(definition.slots ?? []);
  // A period may come as a span of days or hours too.
  if (slots.has('period')) slots.add('days').add('hours');
  const params: IntentParams = {};
  for (const slot of slots) {
    const value = entities.params[slot];
    if (value !== undefined) Object.assign(params, { [slot]: value });
  }
  const [name] = entities.names;
  if (name && (slots.has('agentName') || slots.has('accountName'))) {
    const asAgent = !slots.has('accountName') || (slots.has('agentName') && (name.agent !== undefined && name.account === undefined ? true : name.account !== undefined && name.agent === undefined ? false : entities.personCue));
    if (asAgent) params.agentName = name.agent ?? name.text;
    else params.accountName = name.account ?? name.text;
  }
  return params;
}

function finish(definition: IntentDefinition<string>, params: IntentParams, score: number): RouteResult {
  return { intent: definition.id, params, confidence: confidenceOf(score), ...(definition.confirm ? { awaitingConfirmation: true } : {}) };
}

function noIntent(persona: Persona, registry: IntentRegistry, reason: string): RouteResult {
  return { intent: null, params: {}, confidence: 0, reason, suggestions: suggestionsFor(persona, registry) };
}

function confidenceOf(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
