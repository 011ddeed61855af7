import { describe, expect, it } from 'vitest';
import { daysAgo, makeAccount, makeNps, NOW } from './__fixtures__/account-fixtures.js';
import { npsCountsOf, summarizeNps } from './nps-summary.js';
import { compileThemeLexicon, DEFAULT_NPS_THEME_LEXICON, themesOf } from './nps-themes.js';

const responses = [
  makeNps('a1', 10, daysAgo(5), { comment: 'Fast and intuitive, love it' }),
  makeNps('a1', 9, daysAgo(10), { comment: 'Great support team' }),
  makeNps('a2', 7, daysAgo(20), { comment: '' }),
  makeNps('a2', 3, daysAgo(30), { comment: 'Too expensive and the app keeps crashing' }),
  makeNps('a3', 0, daysAgo(40), { comment: 'Slow. Missing integrations with our CRM.' }),
  makeNps('a3', 8, daysAgo(50), { comment: 'User-friendly interface' }),
  // previous period (90–180 days ago): 3 promoters, 1 detractor
  makeNps('a1', 10, daysAgo(100)),
  makeNps('a1', 10, daysAgo(120)),
  makeNps('a2', 9, daysAgo(150)),
  makeNps('a3', 2, daysAgo(170)),
  makeNps('a3', 0, daysAgo(200)), // older than both periods
];

describe('summarizeNps', () => {
  const summary = summarizeNps({ npsResponses: responses, accounts: [makeAccount({ id: 'a1', name: 'Acme' })] }, NOW);

  it('computes NPS = %promoters − %detractors and the change against the previous period', () => {
    // now: 2 promoters, 2 passives, 2 detractors of 6 → 0; before: (3 − 1)/4 = +50 → change −50
    expect(summary.current).toMatchObject({ responseCount: 6, promoters: 2, passives: 2, detractors: 2, nps: 0 });
    expect(summary.previous).toMatchObject({ responseCount: 4, nps: 50 });
    expect(summary.npsChange).toBe(-50);
    expect(summary.lowSample).toBe(true);
  });

  it('finds themes in the comments with the NPS of those who mention them', () => {
    expect(summary.commentCount).toBe(5);
    expect(summary.themes.map((theme) => [theme.theme, theme.mentionCount, theme.nps])).toEqual([
      ['ease_of_use', 2, 50], // 10 and 8: (1 − 0)/2
      ['performance', 2, 0], // 10 and 0
      ['missing_features', 1, -100],
      ['pricing', 1, -100],
      ['reliability', 1, -100],
      ['support_quality', 1, 100],
    ]);
    expect(summary.themes[1]!.samples.map((sample) => sample.score)).toEqual([0, 10]);
    expect(summary.themes[0]!.mentionRate).toBeCloseTo(0.4);
  });

  it('gives per-account NPS, lowest first', () => {
    // a2: 7, 3 → (0 − 1)/2 = −50; a3: 0, 8 → −50; a1: 10, 9 → 100
    expect(summary.byAccount.map((account) => [account.accountId, account.nps])).toEqual([
      ['a2', -50],
      ['a3', -50],
      ['a1', 100],
    ]);
    expect(summary.byAccount[2]!.accountName).toBe('Acme');
  });

  it('has no NPS without answers, and filters by account', () => {
    expect(npsCountsOf([])).toMatchObject({ nps: null, promoterRate: null });
    const none = summarizeNps({ npsResponses: [] }, NOW);
    expect(none).toMatchObject({ npsChange: null, commentCount: 0, themes: [], byAccount: [] });
    expect(summarizeNps({ npsResponses: responses }, NOW, { accountIds: ['a1'] }).current.nps).toBe(100);
  });
});

describe('NPS theme lexicon', () => {
  const compiled = compileThemeLexicon(DEFAULT_NPS_THEME_LEXICON);

  it('matches whole words, prefixes and phrases, ignoring case and punctuation', () => {
    expect(themesOf('The UI is DOWN again!', compiled)).toEqual(['ease_of_use', 'reliability']);
    expect(themesOf('Licensing is confusing', compiled)).toEqual(['pricing', 'ease_of_use']);
    expect(themesOf('SSO is not supported', compiled)).toEqual(['missing_features']);
    expect(themesOf('We feel supported', compiled)).toEqual([]);
    expect(themesOf('   ', compiled)).toEqual([]);
  });
});
