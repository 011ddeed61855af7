import { describe, expect, it } from 'vitest';
import { daysAgo, makeAccount, makeData, makeMeeting, makeNps, makeTicket, NOW, weeklySnapshots } from './__fixtures__/account-fixtures.js';
import { scoreAccountHealth, scorePortfolioHealth } from './portfolio-health.js';

const HOUR_IN_DAYS = 1 / 24;

function ratedTicket(accountId: string, createdDaysAgo: number, rating: 'good' | 'bad', ratedDaysAgo = createdDaysAgo - 1) {
  return makeTicket({ accountId, createdAt: daysAgo(createdDaysAgo), csat: { rating, ratedAt: daysAgo(ratedDaysAgo) } });
}

function openTicket(accountId: string, createdDaysAgo: number, priority: 'urgent' | 'high', sentiment: 'negative' | 'neutral') {
  const createdAt = daysAgo(createdDaysAgo);
  return makeTicket({ accountId, createdAt, status: 'open', solvedAt: null, priority, sentiment, events: [{ type: 'created', at: createdAt, by: 'customer' }] });
}

// Account A has every metric; B and C set the mid-market median ticket load and the global CSAT.
const data = makeData({
  settings: { ...makeData().settings, keyFeatures: ['reports', 'dashboards', 'api', 'alerts'] },
  accounts: [
    makeAccount({ id: 'a', entitledFeatures: ['reports', 'dashboards', 'api'], csmPulse: 'concerning', champion: { name: 'Dana' }, invoiceStatus: 'overdue', invoiceDaysOverdue: 20, contractTrajectory: 'flat' }),
    makeAccount({ id: 'b' }),
    makeAccount({ id: 'c' }),
  ],
  usage: [
    ...weeklySnapshots('a', [80, 80, 80, 80, 80, 80, 80, 80, 72, 72, 72, 72], { features: (week): Record<string, number> => (week >= 8 ? { reports: 5, alerts: 3 } : { reports: 5, dashboards: 2, api: 1 }) }),
    ...weeklySnapshots('b', Array.from({ length: 12 }, () => 50)),
    ...weeklySnapshots('c', Array.from({ length: 12 }, () => 20)),
  ],
  tickets: [
    openTicket('a', 2, 'urgent', 'negative'), // first reply due in 60 min: past SLA
    openTicket('a', HOUR_IN_DAYS, 'high', 'neutral'), // 240 min target: not yet
    { ...ratedTicket('a', 10, 'good'), sentiment: 'neutral' },
    { ...ratedTicket('a', 20, 'good'), sentiment: 'neutral' },
    ratedTicket('a', 40, 'good'),
    ratedTicket('a', 50, 'good'),
    ratedTicket('a', 60, 'good'),
    ratedTicket('a', 70, 'good'),
    ratedTicket('a', 80, 'bad'),
    ratedTicket('a', 100, 'bad', 85), // created before the 90-day load window, rated inside the CSAT window
    ...[5, 10, 15, 20, 25].map((days) => ratedTicket('b', days, 'good')),
    ...[95, 95, 95].map((days) => ratedTicket('b', days, 'good', 80)),
    makeTicket({ accountId: 'c', createdAt: daysAgo(30) }),
  ],
  npsResponses: [
    makeNps('a', 3, daysAgo(200), { contactId: 'c1' }),
    makeNps('a', 9, daysAgo(10), { contactId: 'c1' }),
    makeNps('a', 7, daysAgo(30), { contactId: 'c2' }),
    makeNps('a', 5, daysAgo(60)),
    makeNps('a', 10, daysAgo(400), { contactId: 'c3' }), // older than the 365-day lookback
  ],
  meetings: [makeMeeting('a', daysAgo(45)), makeMeeting('a', daysAgo(-5))],
});

describe('account health, every metric hand-computed (SCORING §1.2)', () => {
  const health = scoreAccountHealth(data, 'a', NOW)!;
  const scoreOf = (key: string) => health.components.find((component) => component.key === key)!;

  it('scores each metric between its poor and good thresholds', () => {
    // seat utilisation: L28D max actives 72 / 100 seats = 0.72 → (0.72 − 0.5)/0.3 = 73.3
    expect(scoreOf('seatUtilisation').rawValue).toBeCloseTo(0.72);
    expect(scoreOf('seatUtilisation').score).toBeCloseTo(73.333, 2);
    // momentum: 72/80 − 1 = −0.10 → (−0.10 + 0.20)/0.20 = 50
    expect(scoreOf('usageMomentum').score).toBeCloseTo(50, 6);
    // breadth: key ∩ entitled = reports, dashboards, api; used in L28D: reports → 1/3 → (0.333 − 0.25)/0.35 = 23.8
    expect(scoreOf('featureBreadth').score).toBeCloseTo(23.81, 2);
    // ticket load: A 9 tickets × 10 / 72 = 1.25; median(1.25, 1.0, 0.5) = 1.0 → ratio 1.25 → (1.25 − 2)/(1 − 2) = 75
    expect(scoreOf('ticketLoad').rawValue).toBeCloseTo(1.25);
    expect(scoreOf('ticketLoad').score).toBeCloseTo(75);
    // escalations: the open urgent ticket past its 60-minute first reply → 1 → (1 − 2)/(0 − 2) = 50
    expect(scoreOf('escalations').rawValue).toBe(1);
    expect(scoreOf('escalations').score).toBe(50);
    // CSAT: 6 good / 8 rated, global 14/16 = 0.875, m = 5 → (6 + 4.375)/13 = 0.798 → (0.798 − 0.6)/0.3 = 66.0
    expect(scoreOf('supportCsat').rawValue).toBeCloseTo(10.375 / 13, 10);
    expect(scoreOf('supportCsat').score).toBeCloseTo(66.026, 2);
    // sentiment: 1 negative of 4 triaged in 30 days = 0.25 → (0.25 − 0.4)/(0.1 − 0.4) = 50
    expect(scoreOf('ticketSentiment').score).toBeCloseTo(50);
    // NPS, latest per contact: c1 9 (promoter), c2 7 (passive), anonymous 5 (detractor) → (100 + 50 + 0)/3 = 50
    expect(scoreOf('nps').score).toBe(50);
    expect(scoreOf('csmPulse').score).toBe(50);
    // touchpoint 45 days ago → (45 − 90)/(30 − 90) = 75
    expect(scoreOf('touchpointRecency').score).toBe(75);
    expect(scoreOf('champion').score).toBe(100);
    expect(scoreOf('invoices').score).toBe(50);
    expect(scoreOf('contractTrajectory').score).toBe(70);
  });

  it('combines them into 60 (yellow) with full coverage and drivers by points lost', () => {
    // Σ w·s = 1100 + 500 + 238.1 + 525 + 300 + 462.2 + 250 + 500 + 250 + 525 + 800 + 300 + 280 = 6030.3 → /100 = 60.3
    expect(health.unroundedScore).toBeCloseTo(60.303, 2);
    expect(health.score).toBe(60);
    expect(health.band).toBe('yellow');
    expect(health.coverageRate).toBe(1);
    // breadth 7.62, then NPS and momentum tie at 5.0 (ordered by key), then seats 4.0
    expect(health.drivers.slice(0, 4).map((driver) => driver.key)).toEqual(['featureBreadth', 'nps', 'usageMomentum', 'seatUtilisation']);
    expect(health.drivers[0]!.reason).toContain('1 of 3 key features used');
    expect(health.components.some((component) => component.key === 'setupMilestones')).toBe(false);
    expect(health.dimensions.find((dimension) => dimension.dimension === 'commercial')).toMatchObject({ weight: 10, presentWeight: 10, score: 58 });
  });
});

describe('account health: trend, critical flags, onboarding, empty data', () => {
  const steadyThenDown = [...Array.from({ length: 12 }, () => 90), 50, 50, 50, 50];
  const trendData = makeData({
    accounts: [makeAccount({ id: 'd', csmPulse: 'healthy', champion: { name: 'Lee' }, invoiceStatus: 'current', contractTrajectory: 'expansion' })],
    usage: weeklySnapshots('d', steadyThenDown),
    npsResponses: [makeNps('d', 10, daysAgo(100), { contactId: 'x' })],
    meetings: [makeMeeting('d', daysAgo(10)), makeMeeting('d', daysAgo(40))],
  });

  it('computes Δ30 on the data as of 30 days ago and raises the declining alert', () => {
    const report = scoreAccountHealth(trendData, 'd', NOW)!;
    // now: seats 50/100 → 0, momentum 50/90 − 1 → 0, the rest 100 (pulse 5, champion 8, invoices 6, contract 4,
    // touchpoint 7, NPS 10, escalations 6): 4600 / 71 = 64.8 → 65 yellow. 30 days ago every metric was 100.
    expect(report.score).toBe(65);
    expect(report.coverageRate).toBeCloseTo(0.71);
    expect(report.previous!.score).toBe(100);
    expect(report.trend).toMatchObject({ deltaPoints: -35, arrow: 'down', declining: true, previousBand: 'green' });
    expect(report.trend.reasons).toEqual(['health fell 35 points in 30 days (100 → 65)', 'band fell from green to yellow']);
  });

  it('caps health at 49 when the champion left more than 30 days ago', () => {
    const gone = makeData({ ...trendData, accounts: [makeAccount({ id: 'd', csmPulse: 'healthy', champion: { name: 'Lee', leftOn: daysAgo(45).slice(0, 10) } })] });
    const report = scoreAccountHealth(gone, 'd', NOW)!;
    expect(report.criticalFlags).toEqual(['champion']);
    expect(report.score).toBeLessThanOrEqual(49);
    expect(report.band).toBe('red');
    const recent = makeData({ ...trendData, accounts: [makeAccount({ id: 'd', champion: { name: 'Lee', leftOn: daysAgo(10).slice(0, 10) } })] });
    expect(scoreAccountHealth(recent, 'd', NOW)!.criticalFlags).toEqual([]);
  });

  it('uses the onboarding profile in the first 90 days', () => {
    const young = makeData({ accounts: [makeAccount({ id: 'n', createdAt: daysAgo(20), setupMilestones: { completed: 5, total: 10 }, champion: { name: 'Kim' } })] });
    const report = scoreAccountHealth(young, 'n', NOW)!;
    expect(report.profile).toBe('onboarding');
    // milestones 0.5 → (0.5 − 0.2)/0.6 = 50 at weight 35; champion 100 at 8; escalations 0 → 100 at 6
    expect(report.unroundedScore).toBeCloseTo((50 * 35 + 100 * 8 + 100 * 6) / 49, 10);
    expect(report.components.map((component) => component.key)).not.toContain('nps');
    expect(report.previous).toBeNull(); // the account did not exist 30 days ago
  });

  it('reports insufficient data for an account with nothing recorded, and null for an unknown id', () => {
    const bare = makeData({ accounts: [makeAccount({ id: 'e' })] });
    const report = scoreAccountHealth(bare, 'e', NOW)!;
    expect(report.band).toBe('insufficient_data');
    expect(report.trend.arrow).toBe('flat');
    expect(scoreAccountHealth(bare, 'zzz', NOW)).toBeNull();
  });

  it('counts bands and declining accounts across the portfolio', () => {
    const portfolio = scorePortfolioHealth(data, NOW);
    expect(portfolio.accounts.map((account) => account.accountId)).toEqual(['a', 'b', 'c']);
    expect(Object.values(portfolio.bandCounts).reduce((total, count) => total + count, 0)).toBe(3);
    expect(portfolio.context.current.segmentTicketLoadMedian.mid_market).toBeCloseTo(1);
    expect(portfolio.context.current.globalCsatRate).toBeCloseTo(14 / 16);
  });
});
