import { answerSchemaOf, type IntentAnswer } from '@supportai/core';
import { describe, expect, it } from 'vitest';
import { describeAnswer } from '../../src/chat/answer-text/index.js';
import { answerFor, withData } from './demo-answers.js';

type Data = Record<string, any>;

/** A real answer emptied by `change`, checked against the intent's schema so the case is one a builder can produce. */
function emptied(intent: string, persona: Parameters<typeof answerFor>[1], change: (data: Data) => Data, params?: IntentAnswer['params']): string {
  const base = answerFor(intent, persona);
  const answer = withData<Data>(params ? { ...base, params } : base, change);
  answerSchemaOf(intent).parse(answer);
  return describeAnswer(answer);
}

const noTickets = (data: Data) => ({ ...data, rows: [], total: 0, counts: { open: 0, breached: 0, atRisk: 0 } });

describe('empty results say so plainly', () => {
  it('ticket tables', () => {
    expect(emptied('tickets.mine', 'agent', noTickets)).toBe('You have no open tickets.');
    expect(emptied('tickets.escalated', 'manager', noTickets)).toBe('No escalated tickets are open.');
    expect(emptied('tickets.list', 'manager', (data) => ({ ...noTickets(data), filters: { ...data.filters, priority: 'urgent' } }))).toBe('No open urgent-priority tickets in your view.');
    const lastWeek = { label: 'last 7 days', from: '2026-11-13T15:00:00.000Z', to: '2026-11-20T15:00:00.000Z' };
    const everyStatus = (data: Data) => ({ ...noTickets(data), filters: { ...data.filters, statuses: ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'], from: lastWeek.from, to: lastWeek.to } });
    expect(emptied('tickets.list', 'manager', everyStatus, { period: lastWeek })).toBe('No tickets were created in the last 7 days.');
  });

  it('tickets by account, links and AI resolutions', () => {
    expect(emptied('tickets.byAccount', 'manager', (data) => ({ ...data, groups: [] }))).toBe('No account has 2 or more open tickets.');
    expect(emptied('tickets.links', 'agent', () => ({ items: [], byStatus: {} }))).toBe('None of your open tickets is linked to an external issue.');
    expect(emptied('ai.resolved', 'manager', (data) => ({ ...data, aiResolvedCount: 0, solvedCount: 0, aiShareOfSolved: null, tickets: [] }))).toBe('No tickets were solved today, so none by AI.');
  });

  it('SLA at risk, over the asked horizon, and for a named ticket', () => {
    const none = (data: Data) => ({ ...data, tickets: [], clocksInHorizon: 0, counts: { high: 0, medium: 0, low: 0, unknown: 0 } });
    expect(emptied('sla.atRisk', 'manager', none)).toBe('No tickets are at risk of breaching in the next 24 hours.');
    expect(emptied('sla.atRisk', 'manager', (data) => ({ ...none(data), horizonHours: 72 }))).toBe('No tickets are at risk of breaching in the next 3 days.');
    expect(emptied('sla.atRisk', 'manager', (data) => ({ ...none(data), filters: { priority: null, ticketId: 'DESK-1' } }))).toBe('Ticket **DESK-1** has no SLA clock due in the next 24 hours.');
  });

  it('SLA performance with no decided clock gives no rate', () => {
    const text = emptied('sla.performance', 'executive', (data) => ({ ...data, overall: { ...data.overall, achieved: 0, breached: 0, rate: null, gapToTarget: null, meetsTarget: null }, breachCount: 0 }));
    expect(text).toMatch(/^SLA compliance in the last 30 days: no SLA clock was decided yet \(\d[\d,]* clocks started\), so there is no rate to report\.$/);
    expect(text).not.toMatch(/%/);
  });

  it('accounts', () => {
    expect(emptied('accounts.churnRisk', 'csm', (data) => ({ ...data, accounts: [], total: 0 }))).toBe('There are no accounts in your portfolio to assess for churn.');
    expect(emptied('accounts.priority', 'manager', (data) => ({ ...data, accounts: [], total: 0 }))).toBe('No high-value or at-risk account has open tickets that need attention now.');
    expect(emptied('accounts.highValue', 'executive', (data) => ({ ...data, rows: [] }))).toBe('There are no accounts in your view.');
    expect(emptied('accounts.health', 'csm', (data) => ({ ...data, accounts: [], total: 0 }))).toBe('There are no accounts in your view to score.');
    const assessed = (answerFor('accounts.adoption', 'csm').data as Data).assessedCount as number;
    expect(emptied('accounts.adoption', 'csm', (data) => ({ ...data, accounts: [], flaggedCount: 0 }))).toBe(`No account shows declining usage (${assessed} accounts assessed).`);
    expect(emptied('renewals.upcoming', 'csm', (data) => ({ ...data, renewals: [], total: 0, totals: { arrCents: 0, expectedLossCents: 0, expansionValueCents: 0 } }))).toBe('No renewals are due in the next 90 days.');
    expect(emptied('accounts.upsell', 'csm', (data) => ({ ...data, upsell: [], crossSell: [], csqlCount: 0, ineligibleCount: 0 }))).toBe('No expansion opportunities found.');
    const noAnswers = { responseCount: 0, promoters: 0, passives: 0, detractors: 0, nps: null, promoterRate: null, detractorRate: null };
    expect(emptied('nps.summary', 'executive', (data) => ({ ...data, current: noAnswers, npsChange: null, themes: [], byAccount: [] }))).toBe('No NPS answers in the last 90 days.');
  });

  it('executive reports', () => {
    expect(emptied('executive.goals', 'executive', (data) => ({ ...data, goals: [], counts: { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 } }))).toBe('No KPI goals are set yet.');
    const noRatings = { good: 0, bad: 0, rate: null, rateLowerBound: null };
    expect(emptied('csat.summary', 'executive', (data) => ({ ...data, current: noRatings, change: { absolute: null, relative: null }, worstCategories: [] }))).toBe('CSAT in the last 30 days: no ratings were given.');
    const noBudget = emptied('support.costs', 'executive', (data) => ({ ...data, budget: { ...data.budget, budgetCents: null, varianceCents: null, utilizationRate: null, status: 'no_budget' } }));
    expect(noBudget).toContain('with no budget set');
    expect(noBudget).not.toMatch(/budget \(/);
  });

  it('team', () => {
    expect(emptied('agents.performance', 'manager', (data) => ({ ...data, agents: [] }))).toBe('There are no agents in the team to compare.');
    expect(emptied('agents.top', 'manager', (data) => ({ ...data, outcome: 'insufficient_data', agentId: null, candidate: null, leadPoints: null, candidateCsatWilson: null, drivers: [], runnersUp: [] }))).toBe(
      'Too few agents have enough solved tickets and ratings to name a top performer yet.',
    );
    expect(emptied('team.workload', 'manager', (data) => ({ ...data, agents: [] }))).toBe('There are no agents in the team to show a workload for.');
    expect(emptied('team.rebalance', 'manager', (data) => ({ ...data, maxLoadBefore: null, maxLoadAfter: null }))).toBe('No reassignment needed: no agent is overloaded.');
    const capacity = emptied('team.capacity', 'manager', (data) => ({ ...data, recommendation: { ...data.recommendation, status: 'insufficient_data', agentDays: 0 }, history: { ...data.history, weeksUsed: 1 } }));
    expect(capacity).toBe('Not enough history to forecast next week: 1 week of data.');
    const quietDay = emptied('agent.dashboard', 'agent', (data) => ({
      ...data,
      queue: { ...data.queue, rows: [], total: 0 },
      dueSoon: { ...data.dueSoon, clocks: [] },
      snapshot: { openTickets: 0, breachedTickets: 0, atRiskTickets: 0, solvedToday: 0, csat: { ...data.snapshot.csat, good: 0, bad: 0, rate: null, rateLowerBound: null } },
      meetingsToday: [],
    }));
    expect(quietDay).toBe('You have no open tickets; nothing due in the next 4 hours. 0 solved today; no CSAT ratings in 30 days.');
    expect(emptied('agent.myPerformance', 'agent', (data) => ({ ...data, status: 'insufficient_data', composite: null, missingSamples: { solved: 3, csatResponses: 1 } }))).toBe(
      'Not enough data to score you from Oct 21 to Nov 20, 2026 yet: 3 more solved tickets and 1 more CSAT rating needed.',
    );
  });

  it('assist and meetings', () => {
    expect(emptied('kb.search', 'agent', (data) => ({ ...data, results: [] }))).toBe('No knowledge-base article matches “password reset” (40 articles searched).');
    expect(emptied('tickets.similar', 'agent', (data) => ({ ...data, query: { ...data.query, source: 'none', ticketId: null }, results: [] }))).toBe('There is no ticket or topic to compare with: name a ticket or describe the problem.');
    expect(emptied('tickets.similar', 'agent', (data) => ({ ...data, results: [] }))).toMatch(/^No resolved tickets like \*\*DESK-\d+\*\* among \d+ resolved tickets searched\.$/);
    expect(emptied('meetings.today', 'csm', (data) => ({ ...data, meetings: [] }))).toBe('You have no meetings today.');
    expect(emptied('meetings.schedule', 'csm', (data) => ({ ...data, proposedSlots: [] }))).toMatch(/^No free slot was found for a 60-minute business review with \*\*[^*]+\*\* \(and \d+ other accounts due one\)\.$/);
    expect(emptied('help', 'agent', (data) => ({ ...data, quickActions: [] }))).toBe('There are no questions set up for you yet.');
  });

  it('an intent without a template (a host’s own) names its widget instead of guessing numbers', () => {
    const answer: IntentAnswer = { intent: 'host.custom', widget: 'custom-chart', asOf: '2026-11-20T15:00:00.000Z', params: {}, data: { revenue: 123 } };
    expect(describeAnswer(answer)).toBe('Here is the custom chart.');
    expect(describeAnswer({ ...answer, data: [] })).toBe('There is nothing to show for this question.');
  });
});
