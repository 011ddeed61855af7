import {
  assessChurnRisk,
  findExpansionOpportunities,
  indexAccountData,
  rankChurnRisk,
  scorePortfolioHealth,
  type AccountChurnRisk,
  type AccountDataIndex,
  type AccountHealthReport,
  type ExpansionOpportunities,
  type PortfolioHealth,
} from '../../scoring/accounts/index.js';
import type { AnswerContext } from '../answer-context.js';
import type { ScopedData } from '../scope.js';

/**
 * The account scores of one viewer's scope at one instant, computed once and shared by every account
 * widget: a dashboard asks several questions of the same scope at the same `now`, and portfolio health
 * on 5k accounts is the expensive part. Health is scored without sentences (numbers only); the few rows
 * a widget shows are explained afterwards against the same portfolio references.
 */
interface ScopeAnalytics {
  nowMs: number;
  health: PortfolioHealth;
  churn?: AccountChurnRisk[];
  expansion?: ExpansionOpportunities;
}

// Scopes are remembered per dataset and viewer (see `scopeFor`), so these live as long as the scope does.
const indexes = new WeakMap<ScopedData, AccountDataIndex>();
const analytics = new WeakMap<ScopedData, ScopeAnalytics>();

/** The scope's tickets, usage, NPS and meetings grouped by account, built once per scope. */
export function accountIndexOf(scope: ScopedData): AccountDataIndex {
  let index = indexes.get(scope);
  if (!index) indexes.set(scope, (index = indexAccountData(scope)));
  return index;
}

function analyticsOf(context: AnswerContext): ScopeAnalytics {
  const nowMs = context.now.getTime();
  let entry = analytics.get(context.scope);
  if (!entry || entry.nowMs !== nowMs) {
    const health = scorePortfolioHealth(context.scope, context.now, { index: accountIndexOf(context.scope), explain: false });
    analytics.set(context.scope, (entry = { nowMs, health }));
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
  entry.churn ??= rankChurnRisk(context.scope, context.now, { index: accountIndexOf(context.scope), health: entry.health }).accounts;
  return entry.churn;
}

/** Upsell and cross-sell opportunities of the scope; look-alike adoption is measured within the scope. */
export function expansionOf(context: AnswerContext): ExpansionOpportunities {
  const entry = analyticsOf(context);
  entry.expansion ??= findExpansionOpportunities(context.scope, context.now, { index: accountIndexOf(context.scope), health: entry.health });
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
  return findExpansionOpportunities(context.scope, context.now, { index: accountIndexOf(context.scope), health: leanHealthOf(context, accountIds) });
}

/** Health with its explanation (component details, driver sentences) for a few accounts, scored like the portfolio. */
export function explainedHealthOf(context: AnswerContext, accountIds: readonly string[]): PortfolioHealth {
  const lean = portfolioHealthOf(context);
  return scorePortfolioHealth(context.scope, context.now, { index: accountIndexOf(context.scope), accountIds, context: lean.context });
}

/** Explained health reports by account id. */
export function explainedReportsOf(context: AnswerContext, accountIds: readonly string[]): Map<string, AccountHealthReport> {
  if (accountIds.length === 0) return new Map();
  return new Map(explainedHealthOf(context, accountIds).accounts.map((report) => [report.accountId, report]));
}

/** Churn risk with its driver sentences for a few accounts. */
export function explainedChurnOf(context: AnswerContext, accountIds: readonly string[]): Map<string, AccountChurnRisk> {
  const index = accountIndexOf(context.scope);
  const risks = new Map<string, AccountChurnRisk>();
  for (const [accountId, report] of explainedReportsOf(context, accountIds)) {
    const slices = index.byAccountId.get(accountId);
    if (slices) risks.set(accountId, assessChurnRisk(slices.account, report));
  }
  return risks;
}
