import { bold, countOf, formatCount, formatDate, formatMoney, formatNumber, formatPercent, formatPeriod, formatPoints, humanize, listInWords } from './format.js';
import { templateOf, type AnswerTemplate } from './template.js';

type HealthBand = 'red' | 'yellow' | 'green' | 'insufficient_data';
type RiskBand = 'high' | 'medium' | 'low' | 'insufficient_data';

export interface ChurnRiskView {
  accounts: { accountName: string; riskBand: RiskBand; riskScore: number | null; probability: number | null; healthScore: number | null; arrCents: number; currency: string; expectedLossCents: number }[];
  total: number;
  bandCounts: Record<RiskBand, number>;
  arrAtRisk: { valueCents: number; totalArrCents: number; currency: string };
  matchedAccountId: string | null;
}

export interface PriorityAccountsView {
  accounts: { accountName: string; arrCents: number; currency: string; riskBand: RiskBand; openTicketCount: number; urgentOrHighCount: number; breachedCount: number; atRiskCount: number }[];
  total: number;
}

export interface AccountTableView {
  rows: { accountName: string; arrCents: number; currency: string; healthScore: number | null; healthBand: HealthBand; riskBand: RiskBand; daysToRenewal: number }[];
  totalAccounts: number;
  shownArrCents: number;
  totalArrCents: number;
  shownShareOfArr: number | null;
}

export interface AccountHealthView {
  accounts: { accountId: string; accountName: string; score: number | null; band: HealthBand; trend: { lookbackDays: number; deltaPoints: number | null }; drivers: { metric: string; pointsLost: number }[] }[];
  total: number;
  bandCounts: Record<HealthBand, number>;
  decliningCount: number;
  matchedAccountId: string | null;
}

export interface AdoptionView {
  accounts: { accountId: string; accountName: string; declining: boolean; recentMeanUsers: number | null; priorMeanUsers: number | null; recentToPriorRatio: number | null }[];
  assessedCount: number;
  flaggedCount: number;
  matchedAccountId: string | null;
  thresholds: { recentWeeks: number };
}

export interface RenewalPipelineView {
  withinDays: number;
  renewals: { accountName: string; renewalDate: string; daysToRenewal: number; arrCents: number; currency: string; riskBand: RiskBand; healthBand: HealthBand }[];
  total: number;
  totals: { arrCents: number; expectedLossCents: number; expansionValueCents: number };
  matchedAccountId: string | null;
}

export interface ExpansionView {
  upsell: { accountName: string; score: number; csql: boolean; signals: { signal: string }[] }[];
  crossSell: { accountName: string; product: string }[];
  csqlCount: number;
  ineligibleCount: number;
  matchedAccountId: string | null;
  thresholds: { csqlScore: number };
}

interface NpsCountsView {
  responseCount: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number | null;
}

export interface NpsSummaryView {
  period: { label: string; from: string; to: string };
  current: NpsCountsView;
  previous: NpsCountsView;
  npsChange: number | null;
  lowSample: boolean;
  themes: { label: string; mentionCount: number; nps: number }[];
  byAccount: (NpsCountsView & { accountId: string; accountName: string | null })[];
  matchedAccountId: string | null;
}

const RISK_WORDS: Readonly<Record<RiskBand, string>> = { high: 'high', medium: 'medium', low: 'low', insufficient_data: 'unknown (too little data)' };
const HEALTH_WORDS: Readonly<Record<HealthBand, string>> = { red: 'red', yellow: 'yellow', green: 'green', insufficient_data: 'too little data' };

/** `health 11/100 (red)`, or the band alone without a score. */
function healthWords(score: number | null, band: HealthBand): string {
  return score === null ? `health ${HEALTH_WORDS[band]}` : `health ${formatNumber(score, 0)}/100 (${HEALTH_WORDS[band]})`;
}

/** An NPS score with its sign: `+14`, `-100`. */
function npsWords(nps: number): string {
  return `${nps > 0 ? '+' : ''}${formatNumber(nps, 0)}`;
}

/** accounts.churnRisk: the ARR at risk, the bands, and the riskiest account; or one named account's risk. */
const describeChurnRisk = templateOf<ChurnRiskView>((data) => {
  const [riskiest] = data.accounts;
  if (!riskiest) return 'There are no accounts in your portfolio to assess for churn.';
  const riskDetail = (account: ChurnRiskView['accounts'][number]) => {
    const parts = [account.probability !== null ? `${formatPercent(account.probability, 0)} churn probability` : account.riskScore !== null ? `risk score ${formatNumber(account.riskScore, 0)}` : null, account.healthScore !== null ? `health ${formatNumber(account.healthScore, 0)}/100` : null];
    return parts.filter((part): part is string => part !== null).join(', ');
  };
  if (data.matchedAccountId !== null) {
    const detail = riskDetail(riskiest);
    return `${bold(riskiest.accountName)} is at ${RISK_WORDS[riskiest.riskBand]} churn risk${detail ? ` (${detail})` : ''}: expected loss ${formatMoney(riskiest.expectedLossCents, riskiest.currency)} of ${formatMoney(riskiest.arrCents, riskiest.currency)} ARR.`;
  }
  const { arrAtRisk, bandCounts } = data;
  const bands = [`${formatCount(bandCounts.high)} high`, `${formatCount(bandCounts.medium)} medium`, `${formatCount(bandCounts.low)} low`];
  if (bandCounts.insufficient_data > 0) bands.push(`${formatCount(bandCounts.insufficient_data)} without enough data`);
  const lead = `${bold(`${formatMoney(arrAtRisk.valueCents, arrAtRisk.currency)} of ARR`)} is at risk (of ${formatMoney(arrAtRisk.totalArrCents, arrAtRisk.currency)} across ${countOf(data.total, 'account')}): ${listInWords(bands)} risk.`;
  const detail = riskDetail(riskiest);
  return `${lead} Highest risk: ${bold(riskiest.accountName)}${detail ? ` (${detail})` : ''}, ${formatMoney(riskiest.arrCents, riskiest.currency)} ARR.`;
});

/** accounts.priority: valuable or at-risk accounts whose open tickets need the team now. */
const describePriorityAccounts = templateOf<PriorityAccountsView>((data) => {
  const [first] = data.accounts;
  if (!first) return 'No high-value or at-risk account has open tickets that need attention now.';
  const tickets = `${countOf(first.openTicketCount, 'open ticket')} (${formatCount(first.urgentOrHighCount)} urgent or high, ${formatCount(first.breachedCount)} past SLA, ${formatCount(first.atRiskCount)} at risk)`;
  return `${bold(countOf(data.total, 'account'))} ${data.total === 1 ? 'needs' : 'need'} attention now. First: ${bold(first.accountName)}, ${formatMoney(first.arrCents, first.currency)} ARR, ${RISK_WORDS[first.riskBand]} churn risk, with ${tickets}.`;
});

/** accounts.highValue: the share of ARR in the top accounts, the largest one, and how many are at risk. */
const describeHighValueAccounts = templateOf<AccountTableView>((data) => {
  const [largest] = data.rows;
  if (!largest) return 'There are no accounts in your view.';
  const currency = largest.currency;
  const share = data.shownShareOfArr === null ? '' : ` (${formatPercent(data.shownShareOfArr)})`;
  const lead = `The top ${countOf(data.rows.length, 'account')} by ARR hold ${bold(formatMoney(data.shownArrCents, currency))} of ${formatMoney(data.totalArrCents, currency)}${share} across ${countOf(data.totalAccounts, 'account')}.`;
  const renewal = largest.daysToRenewal >= 0 ? `renews in ${countOf(largest.daysToRenewal, 'day')}` : `renewal ${countOf(-largest.daysToRenewal, 'day')} overdue`;
  const atRisk = data.rows.filter((row) => row.riskBand === 'high').length;
  return `${lead} Largest: ${bold(largest.accountName)}, ${formatMoney(largest.arrCents, currency)}, ${healthWords(largest.healthScore, largest.healthBand)}, ${renewal}. ${formatCount(atRisk)} of them ${atRisk === 1 ? 'is' : 'are'} at high churn risk.`;
});

/** accounts.health: the bands across the portfolio and the weakest account; or one named account's score and trend. */
const describeAccountHealth = templateOf<AccountHealthView>((data) => {
  if (data.accounts.length === 0) return 'There are no accounts in your view to score.';
  const explain = (account: AccountHealthView['accounts'][number]) => {
    const trend = account.trend.deltaPoints === null ? '' : `, ${formatPoints(account.trend.deltaPoints, 0)} in ${countOf(account.trend.lookbackDays, 'day')}`;
    const driver = [...account.drivers].sort((left, right) => right.pointsLost - left.pointsLost)[0];
    const because = driver && driver.pointsLost > 0 ? `; biggest drag: ${humanize(driver.metric)} (${formatPoints(-driver.pointsLost)})` : '';
    return `${bold(account.accountName)}: ${healthWords(account.score, account.band)}${trend}${because}`;
  };
  const matched = data.accounts.find((account) => account.accountId === data.matchedAccountId);
  if (matched) return `${explain(matched)}.`;
  const { bandCounts } = data;
  const bands = [`${formatCount(bandCounts.green)} green`, `${formatCount(bandCounts.yellow)} yellow`, `${formatCount(bandCounts.red)} red`];
  if (bandCounts.insufficient_data > 0) bands.push(`${formatCount(bandCounts.insufficient_data)} with too little data`);
  const lead = `Of ${countOf(data.total, 'account')}, ${listInWords(bands)}; ${formatCount(data.decliningCount)} declining.`;
  const weakest = data.accounts.filter((account) => account.score !== null).sort((left, right) => (left.score ?? 0) - (right.score ?? 0))[0];
  return weakest ? `${lead} Lowest: ${explain(weakest)}.` : lead;
});

/** accounts.adoption: accounts whose usage is falling, and the steepest fall. */
const describeAdoption = templateOf<AdoptionView>((data) => {
  const matched = data.accounts.find((account) => account.accountId === data.matchedAccountId);
  const recent = countOf(data.thresholds.recentWeeks, 'week');
  const usage = (account: AdoptionView['accounts'][number]) =>
    account.recentMeanUsers !== null && account.priorMeanUsers !== null
      ? `weekly active users averaged ${formatNumber(account.recentMeanUsers)} over the last ${recent} against ${formatNumber(account.priorMeanUsers)} before${account.recentToPriorRatio === null ? '' : ` (${formatPercent(account.recentToPriorRatio, 0)})`}`
      : 'too little usage history to compare';
  if (matched) return `${bold(matched.accountName)} ${matched.declining ? 'shows declining usage' : 'shows no usage decline'}: ${usage(matched)}.`;
  if (data.flaggedCount === 0) return `No account shows declining usage (${countOf(data.assessedCount, 'account')} assessed).`;
  const steepest = data.accounts.filter((account) => account.declining).sort((left, right) => (left.recentToPriorRatio ?? 1) - (right.recentToPriorRatio ?? 1))[0];
  const lead = `${bold(`${formatCount(data.flaggedCount)} of ${countOf(data.assessedCount, 'account')}`)} show declining usage.`;
  return steepest ? `${lead} Steepest: ${bold(steepest.accountName)}, ${usage(steepest)}.` : lead;
});

/** renewals.upcoming: the renewals in the window, their value and expected loss, and the first to act on. */
const describeRenewals = templateOf<RenewalPipelineView>((data) => {
  const window = `in the next ${countOf(data.withinDays, 'day')}`;
  const [first] = data.renewals;
  if (!first) return data.matchedAccountId !== null ? `That account does not renew ${window}.` : `No renewals are due ${window}.`;
  const currency = first.currency;
  const lead = `${bold(countOf(data.total, 'renewal'))} ${window}, worth ${formatMoney(data.totals.arrCents, currency)} ARR, with ${formatMoney(data.totals.expectedLossCents, currency)} expected loss and ${formatMoney(data.totals.expansionValueCents, currency)} expansion potential.`;
  return `${lead} First: ${bold(first.accountName)} renews in ${countOf(first.daysToRenewal, 'day')} (${formatDate(first.renewalDate)}), ${formatMoney(first.arrCents, currency)} ARR, ${RISK_WORDS[first.riskBand]} churn risk.`;
});

/** accounts.upsell: expansion candidates, the qualified leads, and cross-sell ideas (no money: the payload carries no currency). */
const describeUpsell = templateOf<ExpansionView>((data) => {
  const [best] = data.upsell;
  const ineligible = data.ineligibleCount > 0 ? ` ${countOf(data.ineligibleCount, 'account')} ${data.ineligibleCount === 1 ? 'was' : 'were'} not assessed (health too low or too little data).` : '';
  if (!best && data.crossSell.length === 0) return `No expansion opportunities found.${ineligible}`;
  const sentences: string[] = [];
  if (best) {
    const signals = best.signals.slice(0, 2).map((signal) => humanize(signal.signal));
    sentences.push(`${bold(countOf(data.upsell.length, 'account'))} ${data.upsell.length === 1 ? 'shows' : 'show'} expansion signals, ${formatCount(data.csqlCount)} qualified as a lead (score ${formatNumber(data.thresholds.csqlScore, 0)}+). Top: ${bold(best.accountName)}, score ${formatNumber(best.score, 0)}${signals.length > 0 ? ` (${listInWords(signals)})` : ''}.`);
  }
  const [idea] = data.crossSell;
  if (idea) sentences.push(`${countOf(data.crossSell.length, 'cross-sell idea')}; first: ${idea.product} for ${idea.accountName}.`);
  return `${sentences.join(' ')}${ineligible}`;
});

/** nps.summary: NPS with its split, the change, and the most mentioned theme; or one account's NPS. */
const describeNps = templateOf<NpsSummaryView>((data) => {
  const period = formatPeriod(data.period);
  const split = (counts: NpsCountsView) => `${countOf(counts.responseCount, 'answer')}: ${countOf(counts.promoters, 'promoter')}, ${countOf(counts.passives, 'passive')}, ${countOf(counts.detractors, 'detractor')}`;
  const matched = data.byAccount.find((account) => account.accountId === data.matchedAccountId);
  if (matched) {
    if (matched.nps === null) return `${bold(matched.accountName ?? matched.accountId)} has no NPS answers ${period}.`;
    return `NPS for ${bold(matched.accountName ?? matched.accountId)} ${period} is ${bold(npsWords(matched.nps))} from ${split(matched)}.`;
  }
  const { current, previous } = data;
  if (current.nps === null) return `No NPS answers ${period}.`;
  const change = data.npsChange === null || previous.nps === null ? '' : `, ${formatPoints(data.npsChange, 0)} from ${npsWords(previous.nps)} the period before`;
  const sample = data.lowSample ? ' (a small sample: read it with care)' : '';
  const lead = `NPS ${period} is ${bold(npsWords(current.nps))} from ${split(current)}${change}${sample}.`;
  const theme = data.themes[0];
  return theme ? `${lead} Most mentioned theme: ${theme.label} (${countOf(theme.mentionCount, 'mention')}, NPS ${npsWords(theme.nps)}).` : lead;
});

export const ACCOUNT_TEMPLATES: Readonly<Record<string, AnswerTemplate>> = {
  'accounts.churnRisk': describeChurnRisk,
  'accounts.priority': describePriorityAccounts,
  'accounts.highValue': describeHighValueAccounts,
  'accounts.health': describeAccountHealth,
  'accounts.adoption': describeAdoption,
  'renewals.upcoming': describeRenewals,
  'accounts.upsell': describeUpsell,
  'nps.summary': describeNps,
};
