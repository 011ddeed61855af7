import type * as z from 'zod';
import type { AnswerContext } from './answer-context.js';

/** How one intent is answered: the widget that renders it, its data schema and the pure builder. */
export interface WidgetBuilder {
  widget: string;
  schema: z.ZodType;
  build: (context: AnswerContext) => unknown;
}
