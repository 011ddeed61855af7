import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../demo/index.js';
import { findDecliningAdoption } from './declining-adoption.js';
import { findExpansionOpportunities } from './expansion-opportunities.js';
import { rankChurnRisk } from './churn-risk.js';
import { indexAccountData } from './account-index.js';
import { scorePortfolioHealth } from './portfolio-health.js';
import { upcomingRenewals } from './renewals.js';
import { summarizeNps } from './nps-summary.js';

// The demo plants account signals (dataset.truth); the account scores must find them.
describe('account scores on the demo dataset (seed 1, small)', () => {
  const data = generateDemoDataset({ seed: 1, size: 'small' });
  const now = new Date(data.now);
  const index = indexAccountData(data);
  const health = scorePortfolioHealth(data, now, { index });
  const sorted = (ids: Iterable<string>) => [...ids].sort();

  it('flags exactly the planted declining-adoption accounts', () => {
    const declining = findDecliningAdoption(data, now, { index }).accounts.filter((account) => account.declining);
    expect(sorted(declining.map((account) => account.accountId))).toEqual(data.truth.decliningAdoptionAccountIds);
  });

  it('ranks the planted churn risks first, red with critical flags', () => {
    const planted = data.truth.highChurnRiskAccountIds.map((entry) => entry.accountId);
    const ranked = rankChurnRisk(data, now, { health, index }).accounts;
    expect(sorted(ranked.slice(0, planted.length).map((risk) => risk.accountId))).toEqual(sorted(planted));
    for (const risk of ranked.slice(0, planted.length)) {
      expect(risk.riskBand).toBe('high');
      expect(risk.healthBand).toBe('red');
      expect(risk.criticalFlags).toEqual(expect.arrayContaining(['champion', 'invoices']));
    }
  });

  it('raises CSQLs for the planted upsell accounts and for no red account', () => {
    const expansion = findExpansionOpportunities(data, now, { health, index });
    expect(sorted(expansion.upsell.filter((assessment) => assessment.csql).map((assessment) => assessment.accountId))).toEqual(sorted(data.truth.upsellAccountIds));
    const red = new Set(health.accounts.filter((report) => report.band === 'red').map((report) => report.accountId));
    expect(expansion.upsell.some((assessment) => red.has(assessment.accountId))).toBe(false);
  });

  it('lists every renewal in the next 90 days, the planted churn risks among the top priorities', () => {
    const renewals = upcomingRenewals(data, now, { health, index }).renewals;
    expect(sorted(renewals.map((renewal) => renewal.accountId))).toEqual(sorted(data.truth.renewalsWithin90DaysAccountIds));
    const plantedRenewing = data.truth.highChurnRiskAccountIds.map((entry) => entry.accountId).filter((id) => data.truth.renewalsWithin90DaysAccountIds.includes(id));
    expect(sorted(renewals.slice(0, plantedRenewing.length).map((renewal) => renewal.accountId))).toEqual(sorted(plantedRenewing));
  });

  it('summarises NPS with themes', () => {
    const nps = summarizeNps(data, now);
    expect(nps.current.responseCount).toBeGreaterThan(0);
    expect(nps.themes.length).toBeGreaterThan(0);
  });
});
