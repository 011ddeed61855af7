import * as z from 'zod';
import { IsoDateTimeSchema } from '../contracts/common.js';
import { parseWith } from '../contracts/parse.js';
import { ViewerSchema, type Viewer } from '../contracts/viewer.js';
import type { SupportData } from '../data/support-data.js';
import { ForbiddenError } from '../errors/access-errors.js';
import { SupportAIError } from '../errors/supportai-error.js';
import { PARAM_SCHEMAS, type IntentParams, type ParamName } from '../intents/params.js';
import { listInWords, PERSONA_PLURAL_NAMES } from '../intents/persona-names.js';
import { defaultIntentRegistry } from '../intents/route-query.js';
import { answerContextOf } from './answer-context.js';
import { WIDGETS, type WidgetBuilder } from './widget-table.js';

export interface AnswerIntentInput {
  /** The dataset (or the slices the intent needs), as data sources build it. */
  data: SupportData;
  viewer: Viewer;
  params?: IntentParams;
  /** The clock every figure is computed against. @default new Date() */
  now?: Date;
}

/** What every answer carries around its widget data. */
export interface IntentAnswer<Data = unknown> {
  intent: string;
  /** Which widget renders `data`. */
  widget: string;
  /** The instant the figures were computed for. */
  asOf: string;
  params: IntentParams;
  data: Data;
}

/** The answer envelope for one intent, with its widget's data schema. */
export function answerSchemaOf(intent: string): z.ZodType<IntentAnswer> {
  const entry = WIDGETS[intent];
  if (!entry) throw new SupportAIError('unknown_intent', `Unknown intent "${intent}"`);
  return z.object({ intent: z.literal(intent), widget: z.literal(entry.widget), asOf: IsoDateTimeSchema, params: z.record(z.string(), z.unknown()), data: entry.schema }) as z.ZodType<IntentAnswer>;
}

/**
 * Answers an intent with computed data scoped to the viewer: the one entry point the server, the
 * offline assistant and the LLM tools share, so every path answers alike.
 * @throws ContractError for a bad viewer or bad params (naming the field), ForbiddenError when the
 * persona may not ask it, NotFoundError for an id outside the viewer's scope.
 */
export function answerIntent(intent: string, input: AnswerIntentInput): IntentAnswer {
  const viewer = parseWith(ViewerSchema, input.viewer, 'Viewer');
  const definition = defaultIntentRegistry.get(intent);
  const entry: WidgetBuilder | undefined = WIDGETS[intent];
  if (!definition || !entry) throw new SupportAIError('unknown_intent', `Unknown intent "${intent}"`);
  if (!definition.personas.includes(viewer.persona)) {
    const who = listInWords(definition.personas.map((persona) => PERSONA_PLURAL_NAMES[persona]));
    throw new ForbiddenError(`${definition.title.charAt(0).toUpperCase()}${definition.title.slice(1)} is available to ${who}.`);
  }
  const params = parseParams(definition.slots ?? [], definition.required ?? [], input.params ?? {});
  const now = input.now ?? new Date();
  const context = answerContextOf(input.data, viewer, params, now);
  return { intent, widget: entry.widget, asOf: now.toISOString(), params, data: entry.build(context) };
}

/** The params an intent takes, validated; unknown keys are dropped, required ones must be there. */
function parseParams(slots: readonly ParamName[], required: readonly ParamName[], params: IntentParams): IntentParams {
  const withSpans = new Set<ParamName>(slots);
  if (withSpans.has('period')) withSpans.add('days').add('hours');
  const shape: Partial<Record<ParamName, z.ZodType>> = {};
  for (const slot of withSpans) shape[slot] = required.includes(slot) ? PARAM_SCHEMAS[slot] : PARAM_SCHEMAS[slot].optional();
  return parseWith(z.object(shape), params, 'params') as IntentParams;
}
