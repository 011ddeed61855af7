import { describe, expect, it } from 'vitest';
import type { AccountChurnRisk } from './churn-risk.js';
import { priorityCandidates, rankPriorityAccounts, type PriorityTicketState } from './priority-accounts.js';

const risk = (accountId: string, arrCents: number, riskBand: AccountChurnRisk['riskBand'] = 'low'): AccountChurnRisk =>
  ({ accountId, accountName: accountId, arr: { amountCents: arrCents, currency: 'USD' }, riskBand, healthScore: riskBand === 'high' ? 20 : 80, healthBand: riskBand === 'high' ? 'red' : 'green' }) as AccountChurnRisk;
const ticket = (priority: PriorityTicketState['priority'], slaLevel: PriorityTicketState['slaLevel'] = 'ok'): PriorityTicketState => ({ priority, slaLevel });

describe('priority accounts', () => {
  // ARR 100, 200, 300, 400: the 0.75 quantile is 325, so only "big" (400) is high value.
  const ranking = [risk('small', 100), risk('churning', 200, 'high'), risk('mid', 300), risk('big', 400)];
  const candidates = priorityCandidates(ranking);

  it('takes high-value (top quartile of ARR) and high-churn-risk accounts as candidates', () => {
    expect(candidates.highValueThresholdCents).toBe(325);
    expect([...candidates.byAccountId.keys()].sort()).toEqual(['big', 'churning']);
  });

  it('ranks by attention score = 3·breached + 1·at risk + 2·urgent/high + 3·churn risk + 2·high value', () => {
    const open = new Map([
      ['big', [ticket('high', 'breached'), ticket('normal', 'at_risk')]], // 3 + 1 + 2 + 0 + 2 = 8
      ['churning', [ticket('urgent')]], // 2 + 3 = 5
      ['mid', [ticket('urgent', 'breached')]], // not a candidate
    ]);
    const ranked = rankPriorityAccounts(candidates, open);
    expect(ranked.map((entry) => [entry.risk.accountId, entry.attentionScore])).toEqual([
      ['big', 8],
      ['churning', 5],
    ]);
    expect(ranked[0]).toMatchObject({ highValue: true, openTicketCount: 2, urgentOrHighCount: 1, breachedCount: 1, atRiskCount: 1 });
    expect(ranked[0]!.reasons.map((reason) => reason.kind)).toEqual(['sla_breached', 'urgent_tickets', 'sla_at_risk', 'high_value']);
  });

  it('leaves out a candidate with neither an urgent/high ticket nor a breach', () => {
    expect(rankPriorityAccounts(candidates, new Map([['big', [ticket('normal', 'at_risk')]]]))).toEqual([]);
  });
});
