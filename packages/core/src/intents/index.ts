export { INTENT_IDS, type IntentId } from './intent-ids.js';
export { PARAM_SCHEMAS, PeriodSchema, TONES, ToneSchema, type IntentParams, type ParamName, type Period, type Tone } from './params.js';
export type { Conversation, ConversationTurn, IntentDefinition, RouteOptions, RouteResult } from './types.js';
export { INTENT_CATALOGUE } from './catalogue/index.js';
export { createIntentRegistry, type IntentRegistry, type RegistryOptions, type ScoredIntent } from './registry.js';
export { defaultIntentRegistry, routeQuery } from './route-query.js';
export { intentTools, toolNameOf, type IntentTool } from './tools.js';
