import type { Category } from '../categories.js';

/** A help-center article in outline; `kb-articles.ts` writes the Markdown. */
export interface KbOutline {
  title: string;
  category: Category;
  tags: readonly string[];
  overview: string;
  steps: readonly string[];
  troubleshooting: readonly string[];
}
