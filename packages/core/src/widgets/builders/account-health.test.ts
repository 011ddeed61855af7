import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError } from '../../errors/access-errors.js';
import type { AccountTablePayload } from '../payloads/account-payloads.js';
import type { AccountHealthPayload, AdoptionTablePayload } from '../payloads/account-health-payloads.js';
import { ACCOUNT_WIDGETS } from '../widget-table-accounts.js';
import { accountsOf, agentViewer, answer, contextFor, csmOwning, csmViewer, demo, executive, now, truth } from './account-test-context.js';

const OPEN = new Set(['new', 'open', 'pending', 'on_hold']);

describe('accounts.highValue (account-table)', () => {
  it('lists the top 20 accounts by ARR with health, trend, open tickets and renewal', () => {
    const payload = answer<AccountTablePayload>('accounts.highValue', executive);
    const byArr = [...demo.accounts].sort((left, right) => right.arr.amountCents - left.arr.amountCents || left.id.localeCompare(right.id));
    expect(payload.rows.map((row) => row.accountId)).toEqual(byArr.slice(0, 20).map((account) => account.id));
    expect(payload.limit).toBe(20);
    expect(payload.totalAccounts).toBe(demo.accounts.length);
    expect(payload.shownShareOfArr).toBeCloseTo(payload.shownArrCents / payload.totalArrCents, 12);
    for (const row of payload.rows) {
      const open = demo.tickets.filter((ticket) => ticket.accountId === row.accountId && OPEN.has(ticket.status));
      expect(row.openTicketCount).toBe(open.length);
      expect(row.urgentOrHighOpenCount).toBe(open.filter((ticket) => ticket.priority === 'urgent' || ticket.priority === 'high').length);
      expect(row.renewalDate).toBe(demo.accounts.find((account) => account.id === row.accountId)!.renewalDate);
    }
    // The planted churn risks among the top accounts show as red, high risk.
    for (const row of payload.rows.filter((entry) => truth.highChurnRiskAccountIds.some((planted) => planted.accountId === entry.accountId))) {
      expect(row.healthBand).toBe('red');
      expect(row.riskBand).toBe('high');
    }
  });

  it('takes the count asked for and refuses agents', () => {
    expect(answer<AccountTablePayload>('accounts.highValue', executive, { limit: 5 }).rows).toHaveLength(5);
    expect(() => ACCOUNT_WIDGETS['accounts.highValue']!.build(contextFor(agentViewer(truth.bestAgentId)))).toThrow(ForbiddenError);
  });
});

describe('accounts.health (account-health)', () => {
  it("scores every account of a CSM, worst first, with components that explain the score", () => {
    const owned = new Set(accountsOf('csm-1'));
    const payload = answer<AccountHealthPayload>('accounts.health', csmViewer('csm-1'));
    expect(payload.total).toBe(owned.size);
    expect(payload.accounts.map((row) => row.accountId).sort()).toEqual([...owned].sort());
    const scores = payload.accounts.flatMap((row) => (row.score === null ? [] : [row.score]));
    expect(scores).toEqual([...scores].sort((left, right) => left - right));
    expect(Object.values(payload.bandCounts).reduce((total, count) => total + count, 0)).toBe(payload.total);
    for (const row of payload.accounts) {
      expect(row.arrCents).not.toBeNull();
      expect(row.components.length).toBeGreaterThan(0);
      if (row.score !== null && !row.capped) {
        // The points lost add up to the gap to 100 (before rounding the score).
        const lost = row.components.reduce((total, component) => total + component.pointsLost, 0);
        expect(Math.abs(100 - lost - row.score)).toBeLessThanOrEqual(0.5);
      }
      if (row.trend.deltaPoints !== null) expect(row.trend.deltaPoints).toBe(row.score! - row.trend.previousScore!);
      expect(row.trend.lookbackDays).toBe(30);
      for (const driver of row.drivers) expect(driver.reason.length).toBeGreaterThan(0);
    }
    expect(payload.provenance.computedBy).toBe('scorePortfolioHealth');
  });

  it('narrows to a named account, red for a planted churn risk', () => {
    const accountId = truth.highChurnRiskAccountIds[0]!.accountId;
    const account = demo.accounts.find((candidate) => candidate.id === accountId)!;
    const payload = answer<AccountHealthPayload>('accounts.health', executive, { accountName: account.name });
    expect(payload.matchedAccountId).toBe(accountId);
    expect(payload.accounts).toHaveLength(1);
    expect(payload.accounts[0]!.band).toBe('red');
    expect(payload.accounts[0]!.criticalFlags.length).toBeGreaterThan(0);
    // Another CSM's account is out of scope.
    const otherCsm = ['csm-1', 'csm-2', 'csm-3'].find((csmId) => csmId !== csmOwning(accountId))!;
    expect(() => ACCOUNT_WIDGETS['accounts.health']!.build(contextFor(csmViewer(otherCsm), { accountName: account.name }))).toThrow(NotFoundError);
  });
});

describe('accounts.adoption (adoption-table)', () => {
  for (const csmId of ['csm-1', 'csm-2', 'csm-3']) {
    it(`flags the planted declining accounts ${csmId} owns, with the statistics`, () => {
      const owned = new Set(accountsOf(csmId));
      const payload = answer<AdoptionTablePayload>('accounts.adoption', csmViewer(csmId));
      const declining = payload.accounts.filter((row) => row.declining).map((row) => row.accountId);
      expect(declining.sort()).toEqual(truth.decliningAdoptionAccountIds.filter((id) => owned.has(id)).sort());
      expect(payload.assessedCount).toBe(owned.size);
      for (const row of payload.accounts) {
        expect(owned).toContain(row.accountId);
        expect(row.weeklySeries).toHaveLength(payload.thresholds.weeks);
        expect(row.weeklySeries.at(-1)!.weekEndsAt).toBe(now.toISOString());
        if (row.declining && row.ratioRule) expect(row.recentToPriorRatio!).toBeLessThanOrEqual(0.8);
      }
    });
  }

  it('shows a named account even when nothing is flagged', () => {
    const healthy = truth.upsellAccountIds[0]!;
    const name = demo.accounts.find((account) => account.id === healthy)!.name;
    const payload = answer<AdoptionTablePayload>('accounts.adoption', csmViewer(csmOwning(healthy)), { accountName: name });
    expect(payload.accounts).toHaveLength(1);
    expect(payload.accounts[0]).toMatchObject({ accountId: healthy, declining: false });
    expect(payload.accounts[0]!.weeklySeries.some((week) => week.activeUsers !== null)).toBe(true);
  });
});
