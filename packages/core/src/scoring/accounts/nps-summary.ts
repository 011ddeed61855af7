import type { Account } from '../../contracts/account.js';
import type { NpsResponse } from '../../contracts/nps-response.js';
import { compileThemeLexicon, DEFAULT_NPS_THEME_LEXICON, type NpsThemeLexicon, themesOf } from './nps-themes.js';
import { npsCategoryOf } from './relationship-metrics.js';
import { DAY_MS } from './time-windows.js';

export const NPS_SUMMARY_VERSION = 'nps-2026.1';

/** Promoters, passives and detractors of a set of answers, and `NPS = %promoters − %detractors` (−100…100). */
export interface NpsCounts {
  responseCount: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Null without answers. */
  nps: number | null;
  promoterRate: number | null;
  detractorRate: number | null;
}

export interface NpsThemeSummary {
  theme: string;
  label: string;
  mentionCount: number;
  /** Share of the period's comments that mention the theme (0–1). */
  mentionRate: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** NPS among the answers that mention the theme. */
  nps: number;
  /** Up to `sampleCount` answers, lowest scores first, then the most recent. */
  samples: { responseId: string; accountId: string; score: number; comment: string }[];
}

/** NPS over a period with its trend, themes from comments and per-account NPS. */
export interface NpsSummary {
  configVersion: string;
  period: { start: string; end: string };
  previousPeriod: { start: string; end: string };
  current: NpsCounts;
  previous: NpsCounts;
  /** Current NPS − previous NPS, in points. */
  npsChange: number | null;
  /** Fewer answers than `minimumResponses`: read the NPS with care. */
  lowSample: boolean;
  commentCount: number;
  themes: NpsThemeSummary[];
  byAccount: ({ accountId: string; accountName: string | null } & NpsCounts)[];
}

export interface NpsSummaryOptions {
  /** @default 90 */
  periodDays?: number;
  accountIds?: readonly string[];
  lexicon?: NpsThemeLexicon;
  /** @default 3 */
  sampleCount?: number;
  /** @default 30 */
  minimumResponses?: number;
}

/**
 * NPS over the last `periodDays` (every answer counts) against the period before, with keyword themes
 * of the comments and NPS per account, lowest first.
 */
export function summarizeNps(data: { npsResponses: readonly NpsResponse[]; accounts?: readonly Account[] }, now: Date, options: NpsSummaryOptions = {}): NpsSummary {
  const periodDays = options.periodDays ?? 90;
  const endMs = now.getTime();
  const startMs = endMs - periodDays * DAY_MS;
  const previousStartMs = startMs - periodDays * DAY_MS;
  const wanted = options.accountIds ? new Set(options.accountIds) : null;
  const current: NpsResponse[] = [];
  const previous: NpsResponse[] = [];
  for (const response of data.npsResponses) {
    if (wanted && !wanted.has(response.accountId)) continue;
    const at = Date.parse(response.respondedAt);
    if (at > startMs && at <= endMs) current.push(response);
    else if (at > previousStartMs && at <= startMs) previous.push(response);
  }
  const currentCounts = npsCountsOf(current);
  const previousCounts = npsCountsOf(previous);
  const names = new Map((data.accounts ?? []).map((account) => [account.id, account.name]));
  const byAccountResponses = new Map<string, NpsResponse[]>();
  for (const response of current) {
    const list = byAccountResponses.get(response.accountId);
    if (list) list.push(response);
    else byAccountResponses.set(response.accountId, [response]);
  }
  const byAccount = [...byAccountResponses].map(([accountId, responses]) => Object.assign({ accountId, accountName: names.get(accountId) ?? null }, npsCountsOf(responses)));
  byAccount.sort((left, right) => left.nps! - right.nps! || right.responseCount - left.responseCount || left.accountId.localeCompare(right.accountId));
  const { themes, commentCount } = themeSummaries(current, options.lexicon ?? DEFAULT_NPS_THEME_LEXICON, options.sampleCount ?? 3);
  return {
    configVersion: NPS_SUMMARY_VERSION,
    period: { start: new Date(startMs).toISOString(), end: now.toISOString() },
    previousPeriod: { start: new Date(previousStartMs).toISOString(), end: new Date(startMs).toISOString() },
    current: currentCounts,
    previous: previousCounts,
    npsChange: currentCounts.nps === null || previousCounts.nps === null ? null : currentCounts.nps - previousCounts.nps,
    lowSample: currentCounts.responseCount < (options.minimumResponses ?? 30),
    commentCount,
    themes,
    byAccount,
  };
}

/** Counts answers by category and computes NPS. */
export function npsCountsOf(responses: readonly Pick<NpsResponse, 'score'>[]): NpsCounts {
  let promoters = 0;
  let detractors = 0;
  for (const response of responses) {
    const category = npsCategoryOf(response.score);
    if (category === 'promoter') promoters += 1;
    else if (category === 'detractor') detractors += 1;
  }
  const count = responses.length;
  return {
    responseCount: count,
    promoters,
    passives: count - promoters - detractors,
    detractors,
    nps: count === 0 ? null : (100 * (promoters - detractors)) / count,
    promoterRate: count === 0 ? null : promoters / count,
    detractorRate: count === 0 ? null : detractors / count,
  };
}

function themeSummaries(responses: readonly NpsResponse[], lexicon: NpsThemeLexicon, sampleCount: number): { themes: NpsThemeSummary[]; commentCount: number } {
  const compiled = compileThemeLexicon(lexicon);
  const mentions = new Map<string, NpsResponse[]>();
  let commentCount = 0;
  for (const response of responses) {
    if (!response.comment || response.comment.trim() === '') continue;
    commentCount += 1;
    for (const theme of themesOf(response.comment, compiled)) {
      const list = mentions.get(theme);
      if (list) list.push(response);
      else mentions.set(theme, [response]);
    }
  }
  const themes = [...mentions].map(([theme, list]): NpsThemeSummary => {
    const counts = npsCountsOf(list);
    const samples = [...list]
      .sort((left, right) => left.score - right.score || Date.parse(right.respondedAt) - Date.parse(left.respondedAt))
      .slice(0, sampleCount)
      .map((response) => ({ responseId: response.id, accountId: response.accountId, score: response.score, comment: response.comment! }));
    return { theme, label: lexicon[theme]!.label, mentionCount: list.length, mentionRate: list.length / commentCount, promoters: counts.promoters, passives: counts.passives, detractors: counts.detractors, nps: counts.nps!, samples };
  });
  themes.sort((left, right) => right.mentionCount - left.mentionCount || left.theme.localeCompare(right.theme));
  return { themes, commentCount };
}
