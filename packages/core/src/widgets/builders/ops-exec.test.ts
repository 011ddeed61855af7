import { describe, expect, it } from 'vitest';
import { BOARD_METRIC_IDS } from '../../scoring/executive/index.js';
import type { BoardPackPayload, ExecutiveSummaryPayload, GoalsProgressPayload } from '../payloads/exec-payloads.js';
import type { CsatSummaryPayload, PerformanceTrendsPayload, SupportCostsPayload } from '../payloads/exec-report-payloads.js';
import { opsWidgets } from '../widget-table-ops.js';
import { answer, demo, executive, managerOf, now, teamOf, truth } from './ops-test-context.fixture.js';

const teamId = teamOf(truth.bestAgentId);
const withHooks = opsWidgets({ arrAtRiskOf: () => ({ valueCents: 12_345_600, method: 'test: fixed figure' }), organisationDataOf: () => demo });

describe('executive.summary (executive-summary)', () => {
  it('has tiles with units and changes, insights with their numbers and actions with their intents', () => {
    const payload = answer<ExecutiveSummaryPayload>('executive.summary', executive);
    expect(payload.tiles.map((tile) => tile.metricId)).toContain('slaCompliance');
    expect(payload.insights.length).toBeGreaterThanOrEqual(3);
    for (const insight of payload.insights) expect(insight.metricIds.length).toBeGreaterThan(0);
    expect(payload.actions.length).toBeGreaterThanOrEqual(2);
    expect(payload.period).toMatchObject({ label: 'last 30 days', to: now.toISOString() });
    expect(payload.previousPeriod.to).toBe(payload.period.from);
  });

  it('leaves ARR at risk unknown without the hook, and shows it with one', () => {
    expect(answer<ExecutiveSummaryPayload>('executive.summary', executive).arrAtRisk).toBeNull();
    const hooked = answer<ExecutiveSummaryPayload>('executive.summary', executive, {}, withHooks);
    expect(hooked.arrAtRisk).toEqual({ valueCents: 12_345_600, method: 'test: fixed figure' });
    expect(hooked.tiles.find((tile) => tile.metricId === 'arrAtRiskCents')?.value).toBe(12_345_600);
  });
});

describe('executive.boardMetrics (board-pack) and executive.goals (goals-progress)', () => {
  it('lists every board metric in board order with its formula', () => {
    const payload = answer<BoardPackPayload>('executive.boardMetrics', executive);
    expect(payload.metrics.map((metric) => metric.id)).toEqual([...BOARD_METRIC_IDS]);
    expect(payload.metrics.find((metric) => metric.id === 'arrAtRiskCents')?.value).toBeNull();
    expect(payload.metrics.find((metric) => metric.id === 'ticketVolume')?.value).toBe(payload.provenance.inputs['inboundTickets']);
    expect(payload.aiRoi.current.aiResolved).toBe(payload.metrics.find((metric) => metric.id === 'aiResolvedTickets')?.value);
  });

  it("reports each configured goal's progress and the counts by status", () => {
    const payload = answer<GoalsProgressPayload>('executive.goals', executive);
    expect(payload.goals).toHaveLength(demo.settings.goals.length);
    expect(Object.values(payload.counts).reduce((total, count) => total + count, 0)).toBe(payload.goals.length);
  });
});

describe('csat.summary (csat-summary) and trends.performance (performance-trends)', () => {
  it("gives the executive every team's ratings and a manager only their team's", () => {
    const everyone = answer<CsatSummaryPayload>('csat.summary', executive);
    expect(everyone.teamId).toBeNull();
    expect(everyone.byTeam.length).toBeGreaterThanOrEqual(2);
    const team = answer<CsatSummaryPayload>('csat.summary', managerOf(teamId));
    expect(team.teamId).toBe(teamId);
    expect(team.byTeam.map((group) => group.key)).toEqual([teamId]);
    expect(team.byTeam[0]!.teamName).not.toBeNull();
    expect(team.current.good + team.current.bad).toBeLessThan(everyone.current.good + everyone.current.bad);
  });

  it('counts escalations per week over 13 weeks by default, with their change', () => {
    const payload = answer<PerformanceTrendsPayload>('trends.performance', executive);
    expect(payload.weeks).toHaveLength(13);
    expect(payload.escalations.perWeek.reduce((total, count) => total + count, 0)).toBe(payload.escalations.total);
    expect(payload.escalations.change.absolute).toBe(payload.escalations.total - payload.escalations.previousTotal);
    const team = answer<PerformanceTrendsPayload>('trends.performance', managerOf(teamId), { days: 28 });
    expect(team.weeks).toHaveLength(4);
    expect(team.teamId).toBe(teamId);
  });
});

describe('support.costs (support-costs)', () => {
  it('shows the executive the organisation: budget, cost per ticket and every team', () => {
    const payload = answer<SupportCostsPayload>('support.costs', executive);
    expect(payload.coverage).toBe('organisation');
    expect(payload.byTeam.length).toBeGreaterThanOrEqual(2);
    const shares = payload.byTeam.reduce((total, team) => total + (team.shareOfCost ?? 0), 0);
    expect(shares).toBeCloseTo(1, 6);
  });

  it("leaves a manager's opex share unknown without the organisation's data, and splits it with it", () => {
    const scoped = answer<SupportCostsPayload>('support.costs', managerOf(teamId));
    expect(scoped).toMatchObject({ coverage: 'team', teamId, costPerTicketCents: null });
    expect(scoped.byTeam.map((team) => team.teamId)).toEqual([teamId]);
    expect(scoped.byTeam[0]!.allocatedOpexCents).toBeNull();
    expect(scoped.byTeam[0]!.laborCostCents).toBeGreaterThan(0);
    const hooked = answer<SupportCostsPayload>('support.costs', managerOf(teamId), {}, withHooks);
    expect(hooked.byTeam[0]!.shareOfCost).toBeGreaterThan(0);
    expect(hooked.byTeam[0]!.shareOfCost).toBeLessThan(1);
    expect(hooked.costPerTicketCents).toBe(hooked.byTeam[0]!.costPerTicketCents);
  });
});
