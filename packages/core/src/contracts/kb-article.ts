import * as z from 'zod';
import { IdSchema, IsoDateTimeSchema } from './common.js';
import { createParser } from './parse.js';
import { HttpUrlSchema } from './schema-helpers.js';

/**
 * A knowledge-base article, the unit that retrieval chunks and cites.
 * @example { id: 'kb-12', title: 'Reset your password', body: '## Steps\n1. …', tags: ['login'], updatedAt: '2026-02-10T08:00:00Z' }
 */
export const KbArticleSchema = z.object({
  id: IdSchema,
  title: z.string().trim().min(1, 'must be a non-empty title'),
  /** The article text as Markdown. */
  body: z.string(),
  /** The article's section headings in order, when the source provides them; otherwise read from `body`. */
  headings: z.array(z.string()).optional(),
  tags: z.array(z.string()),
  category: z.string().optional(),
  /** Where customers read the article, used in citations. */
  url: HttpUrlSchema.optional(),
  updatedAt: IsoDateTimeSchema,
});

export type KbArticle = z.infer<typeof KbArticleSchema>;

/** Parses a knowledge-base article at a boundary, throwing a `ContractError` that lists every bad field. */
export const parseKbArticle = createParser(KbArticleSchema, 'KbArticle');
