import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../errors/access-errors.js';
import type { ExpansionOpportunitiesPayload, NpsSummaryPayload, RenewalPipelinePayload } from '../payloads/account-pipeline-payloads.js';
import { ACCOUNT_WIDGETS, reviewCandidatesOf } from '../widget-table-accounts.js';
import { accountsOf, agentViewer, answer, contextFor, csmOwning, csmViewer, demo, executive, now, truth } from './account-test-context.js';

const DAY_MS = 86_400_000;
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('renewals.upcoming (renewal-pipeline)', () => {
  it('lists exactly the renewals of the next 90 days for the executive, by priority', () => {
    const payload = answer<RenewalPipelinePayload>('renewals.upcoming', executive, { days: 90 });
    expect(sorted(payload.renewals.map((row) => row.accountId))).toEqual(sorted(truth.renewalsWithin90DaysAccountIds));
    expect(payload.withinDays).toBe(90);
    expect(payload.sortBy).toBe('priority');
    const priorities = payload.renewals.map((row) => row.priorityCents);
    expect(priorities).toEqual([...priorities].sort((left, right) => right - left));
    expect(payload.sortKeys.map((key) => key.sort)).toEqual(['priority', 'risk', 'value', 'expansion']);
    expect(payload.totals.expectedLossCents).toBe(payload.renewals.reduce((total, row) => total + row.expectedLossCents, 0));
    for (const row of payload.renewals) {
      expect(row.daysToRenewal).toBeGreaterThanOrEqual(0);
      expect(row.daysToRenewal).toBeLessThanOrEqual(90);
      // priority = urgency · (expectedLoss + 0.5 · expansionValue), rounded to cents.
      expect(Math.abs(row.priorityCents - row.urgency * (row.expectedLossCents + 0.5 * row.expansionValueCents))).toBeLessThanOrEqual(0.5);
      expect(row.why[0]).toContain(`${row.daysToRenewal} days`);
    }
    // The planted churn risks renewing soon carry their critical drivers in the "why".
    const risky = payload.renewals.find((row) => truth.highChurnRiskAccountIds.some((planted) => planted.accountId === row.accountId));
    expect(risky?.topRiskDrivers.some((reason) => reason.startsWith('Critical'))).toBe(true);
  });

  it('defaults to 90 days, reads a period, and keeps a CSM to their accounts', () => {
    expect(answer<RenewalPipelinePayload>('renewals.upcoming', executive).withinDays).toBe(90);
    const period = { label: 'next 30 days', from: now.toISOString(), to: new Date(now.getTime() + 30 * DAY_MS).toISOString() };
    const month = answer<RenewalPipelinePayload>('renewals.upcoming', executive, { period });
    expect(month.withinDays).toBe(30);
    expect(month.renewals.every((row) => row.daysToRenewal <= 30)).toBe(true);
    const owned = new Set(accountsOf('csm-2'));
    const csm = answer<RenewalPipelinePayload>('renewals.upcoming', csmViewer('csm-2'));
    expect(sorted(csm.renewals.map((row) => row.accountId))).toEqual(sorted(truth.renewalsWithin90DaysAccountIds.filter((id) => owned.has(id))));
    expect(() => ACCOUNT_WIDGETS['renewals.upcoming']!.build(contextFor(agentViewer(truth.bestAgentId)))).toThrow(ForbiddenError);
  });

  it('cuts the ranked list at the limit, totals over every renewal in the window', () => {
    const full = answer<RenewalPipelinePayload>('renewals.upcoming', executive, { days: 90 });
    const top = answer<RenewalPipelinePayload>('renewals.upcoming', executive, { days: 90, limit: 3 });
    expect(top.renewals).toEqual(full.renewals.slice(0, 3));
    expect(top.total).toBe(full.total);
    expect(top.totals).toEqual(full.totals);
  });
});

describe('accounts.upsell (expansion-opportunities)', () => {
  it('raises the planted upsell accounts as CSQLs for the CSMs who own them', () => {
    for (const accountId of truth.upsellAccountIds) {
      const payload = answer<ExpansionOpportunitiesPayload>('accounts.upsell', csmViewer(csmOwning(accountId)));
      const row = payload.upsell.find((entry) => entry.accountId === accountId);
      expect(row, accountId).toBeDefined();
      expect(row!.csql).toBe(true);
      expect(row!.score).toBeGreaterThanOrEqual(payload.thresholds.csqlScore);
      expect(row!.signals[0]!.contributionPoints).toBeGreaterThan(0);
      // expansionValue = ARR · score/100 · 0.2
      expect(row!.expansionValueCents).toBe(Math.round(row!.arrCents * (row!.score / 100) * payload.thresholds.upliftFactor));
      for (const entry of payload.upsell) expect(entry.healthScore!).toBeGreaterThanOrEqual(payload.thresholds.minimumHealth);
      expect(payload.csqlCount).toBe(payload.upsell.filter((entry) => entry.csql).length);
    }
  });

  it('narrows to a named account', () => {
    const accountId = truth.upsellAccountIds[0]!;
    const name = demo.accounts.find((account) => account.id === accountId)!.name;
    const payload = answer<ExpansionOpportunitiesPayload>('accounts.upsell', csmViewer(csmOwning(accountId)), { accountName: name });
    expect(payload.upsell.map((row) => row.accountId)).toEqual([accountId]);
    expect(payload.crossSell.every((row) => row.accountId === accountId)).toBe(true);
  });
});

describe('nps.summary (nps-summary)', () => {
  it('counts promoters, passives and detractors with themes and the trend', () => {
    const payload = answer<NpsSummaryPayload>('nps.summary', executive);
    const { current } = payload;
    expect(current.responseCount).toBeGreaterThan(0);
    expect(current.promoters + current.passives + current.detractors).toBe(current.responseCount);
    expect(current.nps).toBeCloseTo((100 * (current.promoters - current.detractors)) / current.responseCount, 10);
    expect(payload.period).toMatchObject({ days: 90, label: 'last 90 days', to: now.toISOString() });
    if (payload.previous.nps !== null) expect(payload.npsChange).toBeCloseTo(current.nps! - payload.previous.nps, 10);
    expect(payload.themes.length).toBeGreaterThan(0);
    const responseIds = new Set(demo.npsResponses.map((response) => response.id));
    for (const theme of payload.themes) {
      expect(theme.sampleResponseIds).toEqual(theme.samples.map((sample) => sample.responseId));
      for (const id of theme.sampleResponseIds) expect(responseIds).toContain(id);
    }
  });

  it("keeps a CSM to their accounts' answers and reads a period", () => {
    const owned = new Set(accountsOf('csm-3'));
    const payload = answer<NpsSummaryPayload>('nps.summary', csmViewer('csm-3'));
    for (const row of payload.byAccount) expect(owned).toContain(row.accountId);
    const period = { label: 'last month', from: new Date(now.getTime() - 30 * DAY_MS).toISOString(), to: now.toISOString() };
    const month = answer<NpsSummaryPayload>('nps.summary', executive, { period });
    expect(month.period).toMatchObject({ days: 30, label: 'last month' });
    expect(month.current.responseCount).toBeLessThanOrEqual(answer<NpsSummaryPayload>('nps.summary', executive).current.responseCount);
  });
});

describe('reviewCandidatesOf', () => {
  it("proposes a CSM's own accounts for business reviews, each with reasons", () => {
    const owned = new Set(accountsOf('csm-1'));
    const candidates = reviewCandidatesOf(contextFor(csmViewer('csm-1')));
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(5);
    for (const candidate of candidates) {
      expect(owned).toContain(candidate.accountId);
      expect(candidate.reasons.length).toBeGreaterThan(0);
    }
    expect(reviewCandidatesOf(contextFor(executive, { limit: 2 }))).toHaveLength(2);
  });
});
