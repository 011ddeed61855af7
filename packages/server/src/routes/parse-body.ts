import { parseWith } from '@supportai/core';
import type * as z from 'zod';
import type { ViewerRouteContext } from '../handler/route.js';

/** Reads the JSON body and validates it; a bad body is a 400 listing every bad field. */
export async function parseBody<Schema extends z.ZodType>(context: ViewerRouteContext, schema: Schema, contract: string): Promise<z.output<Schema>> {
  const body = await context.readJson();
  return parseWith(schema, body ?? {}, contract);
}
