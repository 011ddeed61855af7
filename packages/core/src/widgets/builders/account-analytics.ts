import type { SupportData } from '../../data/support-data.js';
import {
  assessChurnRisk,
  findExpansionOpportunities,
  indexAccountData,
  rankChurnRisk,
  scorePortfolioHealth,
  summarizeArrAtRisk,
  type AccountChurnRisk,
  type ArrAtRiskSummary,
  type AccountDataIndex,
  type AccountHealthReport,
  type ExpansionOpportunities,
  type PortfolioHealth,
} from '../../scoring/accounts/index.js';
import { withPreviousOnDemand } from '../../scoring/accounts/portfolio-health.js';
import type { AnswerContext } from '../answer-context.js';
import type { ScopedData } from '../scope.js';

/**
 * The account scores of one viewer's scope at one instant, computed once and shared by every account
 * widget: a dashboard asks several questions of the same scope at the same `now`, and portfolio health
 * on 5k accounts is the expensive part. Health is scored without sentences (numbers only); the few rows
 * a widget shows are explained afterwards against the same portfolio references.
 *
 * An account's scores are facts about the account, not about who looks: every account in scope is scored
 * on all of its records in the organisation (a manager's scope holds only the team's tickets of an
 * account, an agent's only their own) against the organisation's references (segment ticket-load
 * medians, the CSAT prior), so a health score or churn band is the same figure in every widget and for
 * every viewer. The scope decides which accounts are listed; what reaches a payload from the other
 * records is the account's aggregates (scores, components, driver sentences).
 */
interface ScopeAnalytics {
  nowMs: number;
  health: PortfolioHealth;
  churn?: AccountChurnRisk[];
  arrAtRisk?: { currency: string; summary: ArrAtRiskSummary };
  expansion?: ExpansionOpportunities;
}

/**
 * What the account scores of a scope are remembered by: its ticket list and meeting list. Viewers who see
 * the same slice share these lists (see `scopeFor`), so they share the index and the scores too; the
 * other lists of a scope follow from its ticket list.
 */
interface ScopeAccountCaches {
  /** The other inputs of the scores, compared by identity: a dataset that swaps one of them starts afresh. */
  inputs: readonly unknown[];
  index?: AccountDataIndex;
  analytics?: ScopeAnalytics;
}

const caches = new WeakMap<object, WeakMap<object, ScopeAccountCaches>>();

function cachesOf(scope: ScopedData, organisation: SupportData | null = null): ScopeAccountCaches {
  let byMeetings = caches.get(scope.tickets);
  if (!byMeetings) caches.set(scope.tickets, (byMeetings = new WeakMap()));
  const inputs = [scope.accounts, scope.usage, scope.npsResponses, scope.agents, scope.teams, scope.slaPolicies, scope.calendars, scope.settings, organisation];
  let entry = byMeetings.get(scope.meetings);
  if (!entry || entry.inputs.some((input, position) => input !== inputs[position])) byMeetings.set(scope.meetings, (entry = { inputs }));
  return entry;
}

/** The scope's tickets, usage, NPS and meetings grouped by account, built once per slice of the data. */
export function accountIndexOf(scope: ScopedData): AccountDataIndex {
  const entry = cachesOf(scope);
  entry.index ??= indexAccountData(scope);
  return entry.index;
}

/**
 * The organisation's records grouped by account: what every account score reads, whoever asks. Indexes
 * of frozen data (as data sources hand it out) are remembered by `indexAccountData` itself.
 */
export function organisationIndexOf(context: AnswerContext): AccountDataIndex {
  return indexAccountData(context.organisation);
}

function analyticsOf(context: AnswerContext): ScopeAnalytics {
  const nowMs = context.now.getTime();
  const cached = cachesOf(context.scope, context.organisation);
  let entry = cached.analytics;
  if (!entry || entry.nowMs !== nowMs) {
    const index = organisationIndexOf(context);
    const accountIds = context.scope.accounts.map((account) => account.id);
    // The past scores are read again when needed rather than held: they are half a 5k-account portfolio.
    const health = withPreviousOnDemand(scorePortfolioHealth(context.organisation, context.now, { index, accountIds, explain: false }), context.organisation, index);
    cached.analytics = entry = { nowMs, health };
  }
  return entry;
}

/** Health of every account in scope, numbers only (no `detail` sentences, no drivers). */
export function portfolioHealthOf(context: AnswerContext): PortfolioHealth {
  return analyticsOf(context).health;
}

/** Churn risk of every account in scope, highest first; drivers are empty (see `explainedChurnOf`). */
export function churnRankingOf(context: AnswerContext): AccountChurnRisk[] {
  const entry = analyticsOf(context);
  entry.churn ??= rankChurnRisk(context.organisation, context.now, { index: organisationIndexOf(context), health: entry.health }).accounts;
  return entry.churn;
}

/** ARR at risk of the scope's churn ranking in `currency` (SCORING §2.2 roll-up), once per instant. Read-only. */
export function arrAtRiskSummaryOf(context: AnswerContext, currency: string): ArrAtRiskSummary {
  const entry = analyticsOf(context);
  if (entry.arrAtRisk?.currency !== currency) entry.arrAtRisk = { currency, summary: summarizeArrAtRisk(churnRankingOf(context), currency) };
  return entry.arrAtRisk.summary;
}

/** Upsell and cross-sell opportunities of the scope's accounts; look-alike adoption is measured over the organisation. */
export function expansionOf(context: AnswerContext): ExpansionOpportunities {
  const entry = analyticsOf(context);
  entry.expansion ??= findExpansionOpportunities(context.organisation, context.now, { index: organisationIndexOf(context), health: entry.health });
  return entry.expansion;
}

/** The portfolio health narrowed to some accounts: their lean reports, scored against the whole scope's references. */
export function leanHealthOf(context: AnswerContext, accountIds: ReadonlySet<string>): PortfolioHealth {
  const lean = portfolioHealthOf(context);
  // Band counts stay the portfolio's; the scores that take a `health` read only `accounts`.
  return { ...lean, accounts: lean.accounts.filter((report) => accountIds.has(report.accountId)) };
}

/** Expansion scores of some accounts: the shared portfolio result when already computed, else just theirs. */
export function expansionFor(context: AnswerContext, accountIds: ReadonlySet<string>): ExpansionOpportunities {
  const cached = analyticsOf(context).expansion;
  if (cached) return cached;
  return findExpansionOpportunities(context.organisation, context.now, { index: organisationIndexOf(context), health: leanHealthOf(context, accountIds) });
}

/** Health with its explanation (component details, driver sentences) for a few accounts, scored like the portfolio. */
export function explainedHealthOf(context: AnswerContext, accountIds: readonly string[]): PortfolioHealth {
  const lean = portfolioHealthOf(context);
  return scorePortfolioHealth(context.organisation, context.now, { index: organisationIndexOf(context), accountIds, context: lean.context });
}

/** Explained health reports by account id. */
export function explainedReportsOf(context: AnswerContext, accountIds: readonly string[]): Map<string, AccountHealthReport> {
  if (accountIds.length === 0) return new Map();
  return new Map(explainedHealthOf(context, accountIds).accounts.map((report) => [report.accountId, report]));
}

/** Churn risk with its driver sentences for a few accounts. */
export function explainedChurnOf(context: AnswerContext, accountIds: readonly string[]): Map<string, AccountChurnRisk> {
  const index = organisationIndexOf(context);
  const risks = new Map<string, AccountChurnRisk>();
  for (const [accountId, report] of explainedReportsOf(context, accountIds)) {
    const slices = index.byAccountId.get(accountId);
    if (slices) risks.set(accountId, assessChurnRisk(slices.account, report));
  }
  return risks;
}
