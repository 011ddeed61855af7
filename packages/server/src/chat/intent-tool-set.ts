import { answerIntent, defaultIntentRegistry, intentTools, type IntentAnswer, type IntentParams, type SupportData, type Viewer } from '@supportai/core';
import { tool, type ToolSet } from 'ai';
import type * as z from 'zod';
import type { Logger } from '../logging/logger.js';
import { refusalOf } from './answer-errors.js';
import { describeAnswer } from './answer-text/describe-answer.js';

/** Widget data above this size goes to the model as its summary only: the user sees the full widget anyway. */
const MAX_DATA_CHARACTERS_FOR_MODEL = 6000;

export interface IntentToolSetOptions {
  /** The server's viewer: every call is answered in this scope, whatever the model passes. */
  viewer: Viewer;
  data: SupportData;
  now: Date;
  logger: Logger;
  /** Called with every answer a tool computed, to stream it to the client as a `data-answer` part. */
  onAnswer(answer: IntentAnswer, awaitingConfirmation: boolean): void;
}

/** What a tool returns to the model: the computed answer's key numbers, or why there is none. */
export type IntentToolOutput =
  | { intent: string; asOf: string; summary: string; data?: unknown; note?: string }
  | { error: { code: string; message: string } };

/**
 * The viewer's intents as AI SDK tools. The model chooses the tool and its parameters; the viewer,
 * the data and the clock are the server's. A refused call (forbidden, out of scope, bad parameters)
 * returns an error result with no data, so the model can tell the user instead of failing the turn.
 */
export function intentToolSet(options: IntentToolSetOptions): ToolSet {
  const tools: ToolSet = {};
  for (const definition of intentTools(options.viewer.persona)) {
    // The registry's schemas are built per slot at run time; what they parse is exactly `IntentParams`.
    const inputSchema = definition.inputSchema as z.ZodType<IntentParams>;
    tools[definition.name] = tool({
      description: definition.description,
      inputSchema,
      execute: async (input: IntentParams): Promise<IntentToolOutput> => runIntent(definition.intent, input, options),
    });
  }
  return tools;
}

function runIntent(intent: string, params: IntentParams, options: IntentToolSetOptions): IntentToolOutput {
  const awaitingConfirmation = defaultIntentRegistry.get(intent)?.confirm === true;
  let answer: IntentAnswer;
  try {
    answer = answerIntent(intent, { data: options.data, viewer: options.viewer, params, now: options.now });
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) return { error: { code: refusal.code, message: refusal.text } };
    options.logger.error('chat: tool failed', { intent, userId: options.viewer.userId, error: String(error) });
    return { error: { code: 'failed', message: 'This tool failed on the server. Answer without it and say the figures are unavailable.' } };
  }
  options.onAnswer(answer, awaitingConfirmation);
  return modelViewOf(answer, awaitingConfirmation);
}

function modelViewOf(answer: IntentAnswer, awaitingConfirmation: boolean): IntentToolOutput {
  const summary = describeAnswer(answer);
  const confirmation = awaitingConfirmation ? 'This is a proposal only: it is carried out when the user replies “yes”.' : undefined;
  const json = JSON.stringify(answer.data);
  if (json.length <= MAX_DATA_CHARACTERS_FOR_MODEL) {
    return { intent: answer.intent, asOf: answer.asOf, summary, data: answer.data, ...(confirmation ? { note: confirmation } : {}) };
  }
  const omitted = `The full result is shown to the user as a widget; only its summary is given here.`;
  return { intent: answer.intent, asOf: answer.asOf, summary, note: confirmation ? `${omitted} ${confirmation}` : omitted };
}
