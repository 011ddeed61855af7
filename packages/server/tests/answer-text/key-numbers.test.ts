import { describe, expect, it } from 'vitest';
import { describeAnswer } from '../../src/chat/answer-text/index.js';
import type { ChurnRiskView, NpsSummaryView, RenewalPipelineView, AccountTableView, AccountHealthView } from '../../src/chat/answer-text/accounts.js';
import type { CallPrepView, KbResultsView } from '../../src/chat/answer-text/assist.js';
import type { BoardPackView, CsatSummaryView, ExecutiveSummaryView, SupportCostsView } from '../../src/chat/answer-text/executive.js';
import type { MeetingListView } from '../../src/chat/answer-text/meetings.js';
import type { SlaAtRiskView, SlaDashboardView } from '../../src/chat/answer-text/sla.js';
import type { AgentDashboardView, CapacityForecastView, RankedAgentView, WorkloadView } from '../../src/chat/answer-text/team.js';
import type { AiResolvedView, TicketTableView } from '../../src/chat/answer-text/tickets.js';
import { answerFor, dollarsIn, percentagesIn } from './demo-answers.js';

/** The text and the payload it was written from. */
function described<View>(intent: string, persona: Parameters<typeof answerFor>[1]) {
  const answer = answerFor(intent, persona);
  return { text: describeAnswer(answer), data: answer.data as View };
}

/** A rate (0–1) as the text rounds it: to one decimal of a percent. */
const percentOf = (rate: number, digits = 1) => Number((rate * 100).toFixed(digits));
/** Cents as the text shows them: whole units from 1,000 up, else to the cent. */
const dollarsOf = (cents: number) => (Math.abs(cents) >= 100_000 ? Math.round(cents / 100) : Math.round(cents) / 100);

describe('the text states the payload’s own numbers', () => {
  describe('tickets', () => {
    it.each(['manager', 'csm'] as const)('tickets.list for a %s: the count, the SLA split and the most urgent ticket', (persona) => {
      const { text, data } = described<TicketTableView>('tickets.list', persona);
      expect(data.total).toBeGreaterThan(0);
      expect(text).toContain(`**${data.total} open tickets**`);
      expect(text).toContain(`${data.counts.breached} past SLA`);
      expect(text).toContain(`${data.counts.atRisk} at risk`);
      expect(text).toContain(data.rows[0]!.id);
    });

    it('tickets.mine speaks to the agent and counts their tickets', () => {
      const { text, data } = described<TicketTableView>('tickets.mine', 'agent');
      expect(text.startsWith(`You have **${data.total} open ticket`)).toBe(true);
      expect(text).toContain(`${data.counts.breached} past SLA`);
    });

    it('ai.resolved: AI resolutions of the tickets solved, and the share', () => {
      const { text, data } = described<AiResolvedView>('ai.resolved', 'executive');
      expect(text).toContain(`**${data.aiResolvedCount} of ${data.solvedCount} tickets**`);
      expect(percentagesIn(text)).toEqual([percentOf(data.aiShareOfSolved!)]);
    });
  });

  describe('SLA', () => {
    it.each(['executive', 'manager'] as const)('sla.performance for a %s: compliance, target, each metric and the breaches', (persona) => {
      const { text, data } = described<SlaDashboardView>('sla.performance', persona);
      const [compliance, target, ...metrics] = percentagesIn(text);
      expect(compliance).toBe(percentOf(data.overall.rate!));
      expect(target).toBe(percentOf(data.overall.targetRate));
      expect(metrics).toEqual(data.byMetric.filter((metric) => metric.rate !== null).map((metric) => percentOf(metric.rate!)));
      expect(text).toContain(`${data.breachCount} breaches`);
    });

    it('sla.atRisk: how many tickets, the bands, and the riskiest ticket with its chance', () => {
      const { text, data } = described<SlaAtRiskView>('sla.atRisk', 'manager');
      expect(data.tickets.length).toBeGreaterThan(0);
      expect(text).toContain(`**${data.tickets.length} tickets** could breach SLA in the next ${data.horizonHours} hours`);
      expect(text).toContain(`${data.counts.high} high`);
      expect(text).toContain(data.tickets[0]!.ticket.id);
      expect(percentagesIn(text)).toEqual([percentOf(data.tickets[0]!.probability!, 0)]);
    });
  });

  describe('accounts', () => {
    it.each(['executive', 'csm'] as const)('accounts.churnRisk for a %s: the ARR at risk, the portfolio ARR and the bands', (persona) => {
      const { text, data } = described<ChurnRiskView>('accounts.churnRisk', persona);
      const [atRisk, total, riskiestArr] = dollarsIn(text);
      expect(atRisk).toBe(dollarsOf(data.arrAtRisk.valueCents));
      expect(total).toBe(dollarsOf(data.arrAtRisk.totalArrCents));
      expect(riskiestArr).toBe(dollarsOf(data.accounts[0]!.arrCents));
      expect(text).toContain(`${data.total} accounts`);
      expect(text).toContain(`${data.bandCounts.high} high, ${data.bandCounts.medium} medium, and ${data.bandCounts.low} low risk`);
      expect(text).toContain(data.accounts[0]!.accountName);
    });

    it('accounts.highValue: the ARR shown against the portfolio, and its share', () => {
      const { text, data } = described<AccountTableView>('accounts.highValue', 'executive');
      const [shown, total, largest] = dollarsIn(text);
      expect([shown, total, largest]).toEqual([dollarsOf(data.shownArrCents), dollarsOf(data.totalArrCents), dollarsOf(data.rows[0]!.arrCents)]);
      expect(percentagesIn(text)).toEqual([percentOf(data.shownShareOfArr!)]);
    });

    it('accounts.health: the band counts and the weakest account’s score', () => {
      const { text, data } = described<AccountHealthView>('accounts.health', 'csm');
      expect(text).toContain(`${data.bandCounts.green} green, ${data.bandCounts.yellow} yellow, and ${data.bandCounts.red} red`);
      const weakest = data.accounts.filter((account) => account.score !== null).sort((left, right) => left.score! - right.score!)[0]!;
      expect(text).toContain(`**${weakest.accountName}**: health ${Math.round(weakest.score!)}/100`);
    });

    it('renewals.upcoming: the count and the pipeline’s ARR, expected loss and expansion', () => {
      const { text, data } = described<RenewalPipelineView>('renewals.upcoming', 'executive');
      expect(text).toContain(`**${data.total} renewals** in the next ${data.withinDays} days`);
      const [arr, loss, expansion] = dollarsIn(text);
      expect([arr, loss, expansion]).toEqual([dollarsOf(data.totals.arrCents), dollarsOf(data.totals.expectedLossCents), dollarsOf(data.totals.expansionValueCents)]);
    });

    it('nps.summary: the score, the answers and the split', () => {
      const { text, data } = described<NpsSummaryView>('nps.summary', 'executive');
      expect(text).toContain(`**+${Math.round(data.current.nps!)}** from ${data.current.responseCount} answers`);
      expect(text).toContain(`${data.current.promoters} promoters, ${data.current.passives} passives, ${data.current.detractors} detractors`);
    });
  });

  describe('executive', () => {
    it('executive.summary: the KPI tiles and the ARR at risk', () => {
      const { text, data } = described<ExecutiveSummaryView>('executive.summary', 'executive');
      const tile = (id: string) => data.tiles.find((candidate) => candidate.metricId === id)!.value!;
      expect(text).toContain(`ticket volume ${tile('ticketVolume')}`);
      expect(text).toContain(`SLA compliance ${percentOf(tile('slaCompliance'))}%`);
      expect(text).toContain(`CSAT ${percentOf(tile('csat'))}%`);
      expect(dollarsIn(text)).toEqual([dollarsOf(tile('costPerTicketCents')), dollarsOf(data.arrAtRisk!.valueCents)]);
    });

    it('executive.boardMetrics: AI resolutions, net savings and ROI', () => {
      const { text, data } = described<BoardPackView>('executive.boardMetrics', 'executive');
      const ai = data.aiRoi.current;
      expect(text).toContain(`AI resolved ${ai.aiResolved} tickets`);
      expect(dollarsIn(text)).toContain(dollarsOf(ai.netSavingsCents!));
      expect(text).toContain(`ROI ${percentOf(ai.roi!, 0)}%`);
    });

    it.each(['executive', 'manager'] as const)('csat.summary for a %s: the rate, the ratings and the previous rate', (persona) => {
      const { text, data } = described<CsatSummaryView>('csat.summary', persona);
      const [current, previous] = percentagesIn(text);
      expect(current).toBe(percentOf(data.current.rate!));
      expect(previous).toBe(percentOf(data.previous.rate!));
      expect(text).toContain(`${data.current.good} good of ${data.current.good + data.current.bad} ratings`);
    });

    it.each(['executive', 'manager'] as const)('support.costs for a %s: opex against the budget', (persona) => {
      const { text, data } = described<SupportCostsView>('support.costs', persona);
      const amounts = dollarsIn(text);
      expect(amounts).toContain(dollarsOf(data.budget.actualCents));
      expect(amounts).toContain(dollarsOf(data.budget.budgetCents!));
      expect(amounts).toContain(dollarsOf(data.costPerTicketCents!));
      expect(text).toContain(`${percentOf(data.budget.utilizationRate!)}% used`);
    });
  });

  describe('team', () => {
    it('team.workload: open tickets, agents, and the heaviest agent’s load', () => {
      const { text, data } = described<WorkloadView>('team.workload', 'manager');
      expect(text).toContain(`**${data.team.openTickets} open tickets** across ${data.agents.length} agents`);
      const heaviest = [...data.agents].sort((left, right) => right.load - left.load)[0]!;
      expect(text).toContain(`**${heaviest.name}** at ${percentOf(heaviest.load, 0)}% of capacity (${heaviest.openTickets} open`);
    });

    it('agents.lowest: the agent named with the composite and the gap to the next', () => {
      const { text, data } = described<RankedAgentView>('agents.lowest', 'manager');
      expect(data.outcome).toBe('named');
      expect(text).toContain(`**${data.candidate!.name}** is the lowest performer: composite ${Math.round(data.candidate!.composite!)}`);
      expect(text).toContain(`${Math.round(data.leadPoints!)} points behind ${data.runnersUp[0]!.name}`);
    });

    it('team.capacity: forecast demand against scheduled hours', () => {
      const { text, data } = described<CapacityForecastView>('team.capacity', 'manager');
      expect(text).toContain(`needing ${Math.round(data.week.demandHours)} agent-hours against ${Math.round(data.week.capacityHours)} scheduled`);
      expect(text).toContain(`about ${data.recommendation.agentDays} agent-days`);
    });

    it('agent.dashboard: the agent’s open, breached and solved-today counts', () => {
      const { text, data } = described<AgentDashboardView>('agent.dashboard', 'agent');
      expect(text).toContain(`**${data.snapshot.openTickets} open tickets**: ${data.snapshot.breachedTickets} past SLA`);
      expect(text).toContain(`${data.snapshot.solvedToday} solved today`);
      expect(percentagesIn(text)).toEqual([percentOf(data.snapshot.csat.rate!)]);
    });
  });

  describe('assist and meetings', () => {
    it('call.prep for a CSM: health, CSAT and ARR; an agent sees no ARR', () => {
      const { text, data } = described<CallPrepView>('call.prep', 'csm');
      expect(text).toContain(`health ${data.accountHealth!.score}/100`);
      expect(percentagesIn(text)).toEqual([percentOf(data.csat.rate!)]);
      expect(dollarsIn(text)).toEqual([dollarsOf(data.renewal.arrCents!)]);
      expect(dollarsIn(described<CallPrepView>('call.prep', 'agent').text)).toEqual([]);
    });

    it('kb.search: how many articles and the best one', () => {
      const { text, data } = described<KbResultsView>('kb.search', 'agent');
      expect(text).toContain(`**${data.results.length} articles** for “password reset” (of ${data.articleCount})`);
      expect(text).toContain(data.results[0]!.title);
    });

    it('meetings.today: the number of meetings and the next one', () => {
      const { text, data } = described<MeetingListView>('meetings.today', 'csm');
      expect(text).toContain(`**${data.meetings.length} meetings** today`);
      const next = data.meetings.filter((meeting) => meeting.minutesUntilStart >= 0).sort((left, right) => left.minutesUntilStart - right.minutesUntilStart)[0]!;
      expect(text).toContain(next.title);
    });
  });
});
