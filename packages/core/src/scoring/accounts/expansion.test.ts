import { describe, expect, it } from 'vitest';
import type { Account } from '../../contracts/index.js';
import { daysAgo, makeAccount, makeData, makeMeeting, makeNps, makeTicket, NOW, weeklySnapshots } from './__fixtures__/account-fixtures.js';
import { findExpansionOpportunities } from './expansion-opportunities.js';

const healthy: Partial<Account> = { csmPulse: 'healthy', champion: { name: 'Ann' }, invoiceStatus: 'current', contractTrajectory: 'expansion' };
const growing = Array.from({ length: 12 }, (_, week) => 70 + 2 * week); // 70, 72, … 92

const data = makeData({
  settings: { ...makeData().settings, keyFeatures: ['reports', 'audit log'], productCatalogue: ['Analytics', 'Chat', 'Voice'] },
  accounts: [
    makeAccount({ id: 'x', ...healthy, entitledFeatures: ['reports'], products: ['Chat'], executiveSponsor: { name: 'Eve' } }),
    makeAccount({ id: 'low', ...healthy, champion: { name: 'Bo', leftOn: daysAgo(45).slice(0, 10) }, products: ['Chat'] }),
    makeAccount({ id: 'p1', products: ['Chat', 'Analytics'] }),
    makeAccount({ id: 'p2', products: ['Analytics'] }),
    makeAccount({ id: 'p3', products: ['Analytics', 'Voice'] }),
  ],
  usage: [
    ...weeklySnapshots('x', growing, { features: (week): Record<string, number> => (week >= 10 ? { reports: 5, sso: 1 } : { reports: 5 }) }),
    ...weeklySnapshots('low', growing),
  ],
  npsResponses: [makeNps('x', 10, daysAgo(20), { contactId: 'c1' }), makeNps('x', 9, daysAgo(20), { contactId: 'c2' }), makeNps('x', 7, daysAgo(20), { contactId: 'c3' }), makeNps('low', 10, daysAgo(20))],
  meetings: [makeMeeting('x', daysAgo(10)), makeMeeting('low', daysAgo(10))],
  tickets: [
    makeTicket({ accountId: 'x', createdAt: daysAgo(5), tags: ['upgrade'] }),
    makeTicket({ accountId: 'x', createdAt: daysAgo(3), category: 'how-to', subject: 'How do I export the Audit Log?' }),
    makeTicket({ accountId: 'x', createdAt: daysAgo(2), category: 'how-to', subject: 'How do I share reports?' }),
    makeTicket({ accountId: 'x', createdAt: daysAgo(40), subject: 'Can we route phone calls to the team?' }),
  ],
});

describe('expansion score (SCORING §7.2)', () => {
  const result = findExpansionOpportunities(data, NOW, { config: { crossSell: { productKeywords: { Voice: ['voice', 'phone call'] } } } });
  const x = result.accounts.find((assessment) => assessment.accountId === 'x')!;
  const signal = (key: string) => x.components.find((component) => component.key === key)!;

  it('scores the five signals by hand', () => {
    // saturation: 4-week max actives / 100 seats at the last two checkpoints: 0.92 and 0.90 → 0.90 → (0.90 − 0.70)/0.25 = 80
    expect(signal('seatSaturation').rawValue).toBeCloseTo(0.9);
    expect(signal('seatSaturation').score).toBeCloseTo(80);
    // growth: Theil–Sen slope 2 users/week over the median 81 → 2.47 %/week → 49.4
    expect(signal('usageGrowth').rawValue).toBeCloseTo(200 / 81, 10);
    // pull: 2 uses of the non-entitled "sso" + the "upgrade" ticket + the how-to naming "audit log" = 4 (the reports how-to is entitled)
    expect(x.premiumPull).toEqual({ events: 4, featuresUsed: ['sso'], ticketIds: [expect.any(String), expect.any(String)] });
    expect(signal('premiumPull').score).toBe(100);
    // advocacy: 2 promoters of 3 contacts = 0.67 ≥ 0.5 → 100
    expect(signal('advocacy').score).toBe(100);
    // health: everything 100 but NPS 83.3 (w 10) and ticket load 0 (w 7: x's 4 tickets / 92 users is 2× the median of x and low):
    // (8800 − 166.7 − 700)/88 = 90.2 → 90 ≥ 85 → 100
    expect(signal('health').rawValue).toBe(90);
    expect(signal('health').score).toBe(100);
    // (35·80 + 20·49.38 + 20·100 + 15·100 + 10·100)/100 = 82.9 → 83 → CSQL
    expect(x.score).toBe(83);
    expect(x.csql).toBe(true);
    expect(x.stakeholder).toBe('Ann');
    expect(x.signals[0]!.key).toBe('seatSaturation');
  });

  it('gives no score to an account under health 60', () => {
    const low = result.accounts.find((assessment) => assessment.accountId === 'low')!;
    expect(low).toMatchObject({ eligible: false, score: null, ineligibleReason: 'health 49 is below 60', csql: false });
    expect(result.upsell.map((assessment) => assessment.accountId)).toEqual(['x']);
    expect(result.csqlCount).toBe(1);
  });

  it('ranks cross-sell whitespace by look-alike adoption, weighted by ticket mentions', () => {
    // look-alikes of x (mid-market with products, x excluded): low, p1, p2, p3 → Analytics 3/4, Voice 1/4.
    // Analytics 0.75 · 1 = 0.75; Voice 0.25 · (1 + 0.25 · 1 mention) = 0.3125
    expect(result.crossSell.map((opportunity) => [opportunity.product, opportunity.rankScore])).toEqual([
      ['Analytics', 0.75],
      ['Voice', 0.3125],
    ]);
    expect(result.crossSell[0]!.reason).toBe('75% of similar mid-market accounts use Analytics');
    expect(result.crossSell[1]!.reason).toBe('25% of similar mid-market accounts use Voice; 1 ticket in 90 days asked about Voice-like workflows');
  });
});
