import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError } from '../../errors/access-errors.js';
import type { ChurnRiskListPayload, PriorityAccountsPayload } from '../payloads/account-payloads.js';
import { ACCOUNT_WIDGETS, arrAtRiskOf } from '../widget-table-accounts.js';
import { accountsOf, agentViewer, answer, contextFor, csmOwning, csmViewer, demo, executive, managerOf, truth } from './account-test-context.js';

const planted = truth.highChurnRiskAccountIds.map((entry) => entry.accountId);
const sorted = (ids: Iterable<string>) => [...ids].sort();
const OPEN = new Set(['new', 'open', 'pending', 'on_hold']);

describe('accounts.churnRisk (churn-risk-list)', () => {
  it('ranks the planted churn risks first for the executive, high band, with drivers and ARR at risk', () => {
    const payload = answer<ChurnRiskListPayload>('accounts.churnRisk', executive);
    expect(planted.length).toBeGreaterThan(0);
    const top = payload.accounts.slice(0, planted.length);
    expect(sorted(top.map((row) => row.accountId))).toEqual(sorted(planted));
    for (const row of top) {
      expect(row.riskBand).toBe('high');
      expect(row.drivers.length).toBeGreaterThan(0);
      expect(row.drivers.length).toBeLessThanOrEqual(3);
      expect(row.drivers[0]!.critical).toBe(true);
      expect(row.expectedLossCents).toBeGreaterThan(0);
    }
    expect(payload.accounts.map((row) => row.rank)).toEqual(payload.accounts.map((_, position) => position + 1));
    // Stage 0 shows a rank and a band, never a probability.
    expect(payload.stage).toBe(0);
    expect(payload.accounts.every((row) => row.probability === null && row.expectedLossMethod === 'heuristic')).toBe(true);
    expect(payload.total).toBe(demo.accounts.length);
    expect(payload.accounts).toHaveLength(10);
    expect(payload.arrAtRisk.method).toBe('heuristic');
    expect(payload.arrAtRisk.totalArrCents).toBe(demo.accounts.reduce((total, account) => total + account.arr.amountCents, 0));
    expect(payload.arrAtRisk.valueCents).toBe(arrAtRiskOf(contextFor(executive))!.valueCents);
    expect(Object.values(payload.bandCounts).reduce((total, count) => total + count, 0)).toBe(payload.total);
    expect(payload.provenance.computedBy).toBe('rankChurnRisk');
  });

  it("keeps a CSM to their accounts, their planted risk first", () => {
    const csmId = csmOwning(planted[0]!);
    const owned = new Set(accountsOf(csmId));
    const payload = answer<ChurnRiskListPayload>('accounts.churnRisk', csmViewer(csmId), { limit: 50 });
    expect(payload.total).toBe(owned.size);
    for (const row of payload.accounts) expect(owned).toContain(row.accountId);
    const plantedOwned = planted.filter((id) => owned.has(id));
    expect(sorted(payload.accounts.slice(0, plantedOwned.length).map((row) => row.accountId))).toEqual(sorted(plantedOwned));
  });

  it("gives a manager the accounts of their team's tickets", () => {
    const teamId = demo.teams[0]!.id;
    const teamAccounts = new Set(demo.tickets.filter((ticket) => ticket.teamId === teamId).map((ticket) => ticket.accountId));
    const payload = answer<ChurnRiskListPayload>('accounts.churnRisk', managerOf(teamId), { limit: 500 });
    expect(sorted(payload.accounts.map((row) => row.accountId))).toEqual(sorted(teamAccounts));
  });

  it('narrows to a named account and keeps its place in the ranking', () => {
    const full = answer<ChurnRiskListPayload>('accounts.churnRisk', executive, { limit: 500 });
    const third = full.accounts[2]!;
    const payload = answer<ChurnRiskListPayload>('accounts.churnRisk', executive, { accountName: third.accountName });
    expect(payload.matchedAccountId).toBe(third.accountId);
    expect(payload.accounts.map((row) => [row.accountId, row.rank])).toEqual([[third.accountId, 3]]);
    expect(payload.total).toBe(1);
    // The roll-up stays the portfolio's.
    expect(payload.arrAtRisk).toEqual(full.arrAtRisk);
    expect(() => ACCOUNT_WIDGETS['accounts.churnRisk']!.build(contextFor(executive, { accountName: 'Zzyzx Nonexistent Holdings' }))).toThrow(NotFoundError);
  });

  it('refuses agents and gives them no ARR at risk', () => {
    const agent = agentViewer(truth.bestAgentId);
    expect(() => ACCOUNT_WIDGETS['accounts.churnRisk']!.build(contextFor(agent))).toThrow(ForbiddenError);
    expect(arrAtRiskOf(contextFor(agent))).toBeNull();
  });
});

describe('accounts.priority (priority-accounts)', () => {
  for (const team of demo.teams) {
    it(`lists valuable or at-risk accounts with urgent tickets or breaches for ${team.id}`, () => {
      const payload = answer<PriorityAccountsPayload>('accounts.priority', managerOf(team.id), { limit: 100 });
      expect(payload.accounts.length).toBeGreaterThan(0);
      const { weights } = payload;
      for (const row of payload.accounts) {
        expect(row.highValue || row.riskBand === 'high').toBe(true);
        expect(row.urgentOrHighCount + row.breachedCount).toBeGreaterThan(0);
        expect(row.tickets).toHaveLength(row.openTicketCount);
        for (const ticket of row.tickets) {
          expect(ticket.teamId).toBe(team.id);
          expect(ticket.accountId).toBe(row.accountId);
          expect(OPEN.has(ticket.status)).toBe(true);
        }
        const expected =
          weights.breached * row.breachedCount + weights.atRisk * row.atRiskCount + weights.urgentOrHigh * row.urgentOrHighCount + (row.riskBand === 'high' ? weights.churnRisk : 0) + (row.highValue ? weights.highValue : 0);
        expect(row.attentionScore).toBe(expected);
        expect(row.reasons.map((reason) => reason.kind)).toContain(row.highValue ? 'high_value' : 'churn_risk');
      }
      const scores = payload.accounts.map((row) => row.attentionScore);
      expect(scores).toEqual([...scores].sort((left, right) => right - left));
      // A planted churn risk with an open urgent or high ticket of the team needs attention.
      for (const accountId of planted) {
        const urgent = demo.tickets.some((ticket) => ticket.teamId === team.id && ticket.accountId === accountId && OPEN.has(ticket.status) && (ticket.priority === 'urgent' || ticket.priority === 'high'));
        if (urgent) expect(payload.accounts.find((row) => row.accountId === accountId)?.reasons.map((reason) => reason.kind)).toContain('churn_risk');
      }
    });
  }

  it('honours the limit and reports the total', () => {
    const payload = answer<PriorityAccountsPayload>('accounts.priority', managerOf(demo.teams[1]!.id), { limit: 1 });
    expect(payload.accounts).toHaveLength(1);
    expect(payload.total).toBeGreaterThan(1);
  });
});
