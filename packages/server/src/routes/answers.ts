import type { IntentParams } from '@supportai/core';
import * as z from 'zod';
import type { ViewerRoute } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';
import { answerFor } from './answer-for.js';
import { parseBody } from './parse-body.js';

const AnswerRequestSchema = z.strictObject({ params: z.record(z.string(), z.unknown()).optional() });

/** `POST /answers/:intent` with `{ params }`: one widget's answer, computed and scoped. */
export const answerPostRoute: ViewerRoute = {
  method: 'POST',
  path: '/answers/:intent',
  access: 'viewer',
  summary: 'Answer one intent with params in the body ({ "params": { "limit": 5 } }); 403 if the persona may not ask it.',
  handle: async (context) => {
    const body = await parseBody(context, AnswerRequestSchema, 'AnswerRequest');
    return jsonResponse(await answerFor(context, context.params.intent!, (body.params ?? {}) as IntentParams));
  },
};

/** `GET /answers/:intent?limit=5&accountName=Acme`: the same, with params in the query string. */
export const answerGetRoute: ViewerRoute = {
  method: 'GET',
  path: '/answers/:intent',
  access: 'viewer',
  summary: 'Answer one intent with params in the query string (?limit=5&accountName=Acme); period as JSON.',
  handle: async (context) => jsonResponse(await answerFor(context, context.params.intent!, paramsFromQuery(context.url.searchParams))),
};

const NUMERIC_PARAMS = new Set(['limit', 'days', 'hours']);

/** Numbers become numbers and `period` is read as JSON; the intent's schema then validates every field. */
export function paramsFromQuery(query: URLSearchParams): IntentParams {
  const params: Record<string, unknown> = {};
  for (const [name, value] of query) {
    if (NUMERIC_PARAMS.has(name) && /^-?\d+(?:\.\d+)?$/.test(value)) params[name] = Number(value);
    else if (name === 'period' && value.trim().startsWith('{')) params[name] = parseJsonOr(value);
    else params[name] = value;
  }
  return params as IntentParams;
}

function parseJsonOr(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
