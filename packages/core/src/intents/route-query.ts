import { PersonaSchema, type Persona } from '../contracts/common.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { INTENT_CATALOGUE } from './catalogue/index.js';
import { FOLLOW_UP_OPENING, pendingAction, previousIntentTurn, replyKind } from './conversation.js';
import { extractEntities, type ExtractedEntities } from './entities/extract.js';
import { withoutSpans, type Span } from './entities/span.js';
import type { IntentParams, ParamName } from './params.js';
import { listInWords, PERSONA_PLURAL_NAMES } from './persona-names.js';
import { createIntentRegistry, type IntentRegistry, type ScoredIntent } from './registry.js';
import { exampleOf, suggestionsFor } from './suggestions.js';
import { MAX_QUESTION_CHARACTERS } from './text/normalise.js';
import { isOffTopic } from './text/off-topic.js';
import { scoringTerms } from './text/scoring-terms.js';
import { TUNING_PHRASINGS } from './training/tuning-phrasings.js';
import type { IntentDefinition, RouteOptions, RouteResult } from './types.js';

/** The registry of DESIGN §6's catalogue, its learned scorer trained on the tuning phrasings. */
export const defaultIntentRegistry: IntentRegistry = createIntentRegistry(INTENT_CATALOGUE, { training: TUNING_PHRASINGS });

/** An allowed intent this close to a refused best match is taken instead of refusing. */
const ALLOWED_RATIO = 0.8;
const FOLLOW_UP_CONFIDENCE = 0.6;
/** Below this, the wording says too little for a name taken as typed to decide the intent ("weather in Paris"). */
const NAME_EVIDENCE_FLOOR = 0.15;
/** A question that names a known account or agent and says little else scores this for the intent the name alone asks. */
const NAME_ALONE_SCORE = 0.35;
/** What an intent with no slot for a known name in the question loses. */
const KNOWN_NAME_MISMATCH = 0.1;
/** Only a confident match may be refused ("… is available to executives"); a weaker one is asked about. */
const REFUSAL_CONFIDENCE = 0.6;
const REFUSAL_MARGIN = 0.2;
/** Evidence this strong for an allowed intent, though below the threshold, gets a clarifying question. */
const CLARIFY_FLOOR = 0.15;
const CLARIFY_CANDIDATES = 3;
/** Below this, an answer says how it read the question. */
const CLEAR_CONFIDENCE = 0.6;

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
    isVocabularyWord: registry.isVocabularyWord,
    isTypo: (word) => !registry.isKnownWord(word) && registry.correctWord(word) !== undefined,
  });
  if (entities.names.length === 0 && entities.params.ticketId === undefined && isOffTopic(question)) {
    return noIntent(persona, registry, 'The question is about something outside customer support.');
  }
  const scoreWithout = (spans: readonly Span[]) => {
    const terms = scoringTerms(withoutSpans(question, spans), registry);
    return adjustForEntities(registry.score(terms), entities, registry, persona);
  };
  let scored = scoreWithout(entities.entitySpans);
  // What a question is "about" is left out of scoring, unless the rest says nothing the persona may ask
  // ("thinking about upsell", "who should I be worried about losing?").
  const best0 = scored[0];
  if (entities.topicSpan && (!best0 || best0.score < registry.threshold || !registry.get(best0.id)!.personas.includes(persona))) {
    const withTopic = scoreWithout(entities.entitySpans.filter((span) => span !== entities.topicSpan));
    if ((withTopic[0]?.score ?? 0) > (best0?.score ?? 0)) scored = withTopic;
  }

  const previous = previousIntentTurn(options.conversation);
  const best = scored[0];
  const isFollowUp = previous && FOLLOW_UP_OPENING.test(question) && hasSlotFor(registry.get(previous.intent!), entities.params);
  if (previous && (isFollowUp || !best || best.score < registry.threshold) && hasSlotFor(registry.get(previous.intent!), entities.params)) {
    const definition = registry.get(previous.intent!)!;
    if (definition.personas.includes(persona)) {
      return finish(definition, { ...previous.params, ...paramsFor(definition, entities) }, FOLLOW_UP_CONFIDENCE, entities);
    }
  }
  if (!best || best.score < registry.threshold) {
    // Nothing but a ticket id ("DESK-77?", "pull up #300127"): show that ticket.
    const showTicket = entities.params.ticketId !== undefined ? registry.definitions.find((definition) => definition.required?.length === 1 && definition.required[0] === 'ticketId' && definition.personas.includes(persona)) : undefined;
    if (showTicket) return finish(showTicket, paramsFor(showTicket, entities), registry.threshold, entities);
    const closest = scored.find((entry) => registry.get(entry.id)!.personas.includes(persona));
    if (closest && closest.score >= CLARIFY_FLOOR) return clarify(persona, registry, scored);
    return noIntent(persona, registry, 'The question does not match anything this assistant answers offline.');
  }

  const bestDefinition = namedVariant(registry.get(best.id)!, entities, registry, persona);
  if (bestDefinition.personas.includes(persona)) return finish(bestDefinition, paramsFor(bestDefinition, entities), best.score, entities);
  // The same question in another persona's words ("my open tickets" from a manager is the ticket list).
  const equivalent = bestDefinition.otherwise ? registry.get(bestDefinition.otherwise) : undefined;
  if (equivalent?.personas.includes(persona)) return finish(equivalent, paramsFor(equivalent, entities), best.score, entities);
  const allowed = scored.find((entry) => registry.get(entry.id)!.personas.includes(persona));
  if (allowed && allowed.score >= Math.max(registry.threshold, ALLOWED_RATIO * best.score)) {
    const definition = registry.get(allowed.id)!;
    return finish(definition, paramsFor(definition, entities), allowed.score, entities);
  }
  // A refusal tells the user they asked for something they may not see: say so only when sure.
  // Only the rules' evidence may make a refusal confident: the learned part ranks, it does not refuse.
  const ruleScore = best.score - (best.learned ?? 0);
  const allowedRuleScore = allowed ? allowed.score - (allowed.learned ?? 0) : 0;
  if (ruleScore < REFUSAL_CONFIDENCE || ruleScore - allowedRuleScore < REFUSAL_MARGIN) return clarify(persona, registry, scored);
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

/** The intent that asks the same about the known agent or account the question names, if there is one. */
function namedVariant(definition: IntentDefinition<string>, entities: ExtractedEntities, registry: IntentRegistry, persona: Persona): IntentDefinition<string> {
  const [name] = entities.names;
  const variantId = name?.agent ? definition.whenNamed?.agentName : name?.account ? definition.whenNamed?.accountName : undefined;
  const variant = variantId ? registry.get(variantId) : undefined;
  return variant?.personas.includes(persona) ? variant : definition;
}

/** Entity evidence: a ticket id favours intents about one ticket; a missing required entity counts against. */
function adjustForEntities(scored: ScoredIntent[], entities: ExtractedEntities, registry: IntentRegistry, persona: Persona): ScoredIntent[] {
  const present = new Set(Object.keys(entities.params) as ParamName[]);
  const [name] = entities.names;
  if (name) present.add('accountName').add('agentName');
  const nameIsAgent = name !== undefined && (name.agent !== undefined || (name.account === undefined && entities.personCue));
  const nameSlot: ParamName = nameIsAgent ? 'agentName' : 'accountName';
  // A name found among the host's accounts or agents is evidence on its own; one taken as typed needs wording.
  const knownName = name !== undefined && (name.agent !== undefined || name.account !== undefined);
  return scored
    .map(({ id, score, learned }) => {
      const definition = registry.get(id)!;
      const slots = definition.slots ?? [];
      let adjusted = score;
      // "top 20", "bottom 5" ask for a ranking.
      if (entities.params.limit !== undefined && slots.includes('limit')) adjusted += 0.1;
      // A ticket id points at intents about one ticket.
      if (entities.params.ticketId !== undefined) adjusted += slots.includes('ticketId') ? 0.1 : -0.1;
      // A name points at intents about an account or a person (when the wording already points there at all).
      if (name && (knownName ? score > 0 : score >= NAME_EVIDENCE_FLOOR) && slots.includes(nameSlot)) adjusted += 0.3;
      // A known agent or account as the subject rules out intents that cannot take it ("how's Elena doing?" is not "how am I doing?").
      else if (knownName && !slots.includes(nameSlot)) adjusted -= KNOWN_NAME_MISMATCH;
      if (knownName && definition.answersForName?.[nameSlot as 'accountName' | 'agentName']?.includes(persona)) adjusted = Math.max(adjusted, NAME_ALONE_SCORE);
      if (definition.required?.some((slot) => !present.has(slot))) adjusted -= 0.3;
      return { id, score: adjusted, learned };
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

function finish(definition: IntentDefinition<string>, params: IntentParams, score: number, entities: ExtractedEntities): RouteResult {
  // Say how the question was read when that took a guess: a weak match, or a name spelt otherwise than the host's.
  const [name] = entities.names;
  const guessedName = name !== undefined && [name.account, name.agent].some((known) => known !== undefined && known.toLowerCase() !== name.text.toLowerCase());
  return {
    intent: definition.id,
    params,
    confidence: confidenceOf(score),
    ...(score < CLEAR_CONFIDENCE || guessedName ? { interpretation: interpretationOf(definition, params) } : {}),
    ...(definition.confirm ? { awaitingConfirmation: true } : {}),
  };
}

/** How the question was read, in words: "Showing agent performance for Keiko Tanaka, last 30 days". */
function interpretationOf(definition: IntentDefinition<string>, params: IntentParams): string {
  const subject = params.agentName ?? params.accountName ?? (params.ticketId ? `ticket ${params.ticketId}` : undefined);
  const span = params.period?.label ?? (params.hours !== undefined ? `${params.hours} hours` : params.days !== undefined ? `${params.days} days` : undefined);
  return `Showing ${definition.title}${subject ? ` for ${subject}` : ''}${span ? `, ${span}` : ''}`;
}

/** Asks what the user meant, offering the persona's closest allowed intents (quick actions when none is close). */
function clarify(persona: Persona, registry: IntentRegistry, scored: readonly ScoredIntent[]): RouteResult {
  // Offered only with some evidence of the rules: the learned scorer spreads a little weight over every intent.
  const closest = scored
    .filter((entry) => entry.score - (entry.learned ?? 0) > 0 && entry.id !== 'help' && registry.get(entry.id)!.personas.includes(persona))
    .slice(0, CLARIFY_CANDIDATES)
    .map((entry) => registry.get(entry.id)!);
  const suggestions = closest.map(exampleOf);
  // Fewer than two close: the persona's quick actions fill in.
  if (suggestions.length < 2) for (const question of suggestionsFor(persona, registry, CLARIFY_CANDIDATES)) if (suggestions.length < 2 && !suggestions.includes(question)) suggestions.push(question);
  return {
    intent: null,
    params: {},
    confidence: 0,
    clarification: true,
    reason: 'I’m not sure what you’re asking. Did you mean one of these?',
    suggestions,
    candidates: closest.map((definition) => definition.id),
  };
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
