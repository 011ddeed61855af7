import * as z from 'zod';
import { IdSchema, IsoDateTimeSchema } from './common.js';
import { createParser } from './parse.js';

const scoreMessage = 'must be an integer from 0 to 10';

/**
 * One answer to the Net Promoter Score question: 9–10 promoter, 7–8 passive, 0–6 detractor.
 * @example { id: 'nps-9', accountId: 'acc-42', contactId: 'contact-3', score: 9, respondedAt: '2026-03-01T09:00:00Z' }
 */
export const NpsResponseSchema = z.object({
  id: IdSchema,
  accountId: IdSchema,
  /** The person who answered; scores are averaged per contact, latest answer first. */
  contactId: IdSchema.optional(),
  score: z.number({ message: scoreMessage }).int(scoreMessage).min(0, scoreMessage).max(10, scoreMessage),
  comment: z.string().optional(),
  respondedAt: IsoDateTimeSchema,
});

export type NpsResponse = z.infer<typeof NpsResponseSchema>;

/** Parses an NPS response at a boundary, throwing a `ContractError` that lists every bad field. */
export const parseNpsResponse = createParser(NpsResponseSchema, 'NpsResponse');
