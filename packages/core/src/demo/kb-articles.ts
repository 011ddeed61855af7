import type { KbArticle } from '../contracts/kb-article.js';
import { DAY_MS, HOUR_MS, isoInstant, utcDayStart } from './demo-time.js';
import type { SeededRandom } from './random.js';
import { ACCOUNT_AND_BILLING_ARTICLES } from './text/kb-account-billing.js';
import type { IssueArchetype } from './text/issue-types.js';
import type { KbOutline } from './text/kb-types.js';
import { TECHNICAL_ARTICLES } from './text/kb-technical.js';

/** Every help-center article outline, in id order. */
export const KB_OUTLINES: readonly KbOutline[] = [...ACCOUNT_AND_BILLING_ARTICLES, ...TECHNICAL_ARTICLES];

const HEADINGS = ['Overview', 'Steps', 'Troubleshooting'] as const;

/** The help center: each outline written as Markdown with its headings, tags and a public URL. */
export function generateKbArticles(nowMs: number, random: SeededRandom): KbArticle[] {
  const today = utcDayStart(nowMs);
  return KB_OUTLINES.map((outline, index) => {
    const id = `kb-${index + 1}`;
    const body = [
      `## ${HEADINGS[0]}`,
      outline.overview,
      `## ${HEADINGS[1]}`,
      outline.steps.map((step, stepIndex) => `${stepIndex + 1}. ${step}`).join('\n'),
      `## ${HEADINGS[2]}`,
      outline.troubleshooting.map((tip) => `- ${tip}`).join('\n'),
    ].join('\n\n');
    return {
      id,
      title: outline.title,
      body,
      headings: [...HEADINGS],
      tags: [...outline.tags],
      category: outline.category,
      url: `https://help.supportai.example/articles/${id}-${slugOf(outline.title)}`,
      updatedAt: isoInstant(today - random.int(3, 400) * DAY_MS + random.int(8, 18) * HOUR_MS),
    };
  });
}

function slugOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The article of the issue's category that shares the most tags with it: the one the AI agent sends. */
export function articleTitleForIssue(issue: IssueArchetype): string {
  let best: KbOutline | undefined;
  let bestShared = -1;
  for (const outline of KB_OUTLINES) {
    if (outline.category !== issue.category) continue;
    const shared = outline.tags.filter((tag) => issue.tags.includes(tag)).length;
    if (shared > bestShared) [best, bestShared] = [outline, shared];
  }
  return best?.title ?? 'Getting started';
}
