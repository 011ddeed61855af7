import { summarizeNps } from '../../scoring/accounts/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { NpsSummaryPayload } from '../payloads/account-pipeline-payloads.js';
import { namedAccountOf } from './account-shapes.js';

const DAY_MS = 86_400_000;

/** @default 90 — days of answers summarised when the question names no period. */
export const NPS_DEFAULT_DAYS = 90;

/** The span summarised: the asked period up to now, else the last `days` (default 90); a future period falls back to the default. */
export function npsWindowOf(context: AnswerContext): { end: Date; days: number; label: string } {
  const { params, now } = context;
  if (params.period) {
    const from = Date.parse(params.period.from);
    const end = Math.min(Date.parse(params.period.to), now.getTime());
    if (end > from) return { end: new Date(end), days: (end - from) / DAY_MS, label: params.period.label };
  }
  const days = params.days ?? NPS_DEFAULT_DAYS;
  return { end: now, days, label: `last ${days} days` };
}

/**
 * nps.summary: NPS of the viewer's accounts over the period with promoters, passives and detractors, keyword
 * themes of the comments (with sample answers), the change against the period before, and NPS per account.
 * @throws NotFoundError for a named account outside the scope.
 */
export function buildNpsSummary(context: AnswerContext): NpsSummaryPayload {
  const named = namedAccountOf(context);
  const window = npsWindowOf(context);
  const summary = summarizeNps({ npsResponses: context.scope.npsResponses, accounts: context.scope.accounts }, window.end, {
    periodDays: window.days,
    ...(named ? { accountIds: [named.id] } : {}),
  });
  return {
    period: { from: summary.period.start, to: summary.period.end, days: window.days, label: window.label },
    previousPeriod: { from: summary.previousPeriod.start, to: summary.previousPeriod.end },
    current: summary.current,
    previous: summary.previous,
    npsChange: summary.npsChange,
    lowSample: summary.lowSample,
    commentCount: summary.commentCount,
    themes: summary.themes.map((theme) => ({ ...theme, sampleResponseIds: theme.samples.map((sample) => sample.responseId) })),
    byAccount: summary.byAccount,
    matchedAccountId: named?.id ?? null,
    configVersion: summary.configVersion,
    provenance: {
      computedBy: 'summarizeNps',
      inputs: { responseCount: context.scope.npsResponses.length, periodDays: window.days, end: window.end.toISOString(), accountName: context.params.accountName ?? null },
    },
  };
}
