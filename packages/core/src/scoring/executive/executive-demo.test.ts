import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../demo/generate-demo-dataset.js';
import { slaComplianceOverview } from '../service-levels/sla-compliance-overview.js';
import { aiResolvedTickets } from './ai-resolved-tickets.js';
import { csatSummary } from './csat-summary.js';
import { executiveSummary } from './executive-summary.js';
import { performanceTrends } from './performance-trends.js';
import { supportCosts } from './support-costs.js';

describe('executive reports on the demo dataset', () => {
  const demo = generateDemoDataset({ seed: 1, size: 'small' });
  const now = new Date(demo.now);
  const summary = executiveSummary({ data: demo, now });

  it('builds a consistent board, summary and goals', () => {
    const { metrics } = summary.board;
    expect(metrics.slaCompliance.value).toBe(slaComplianceOverview({ data: demo, now }).overall.rate);
    expect(metrics.ticketVolume.value).toBeGreaterThan(0);
    expect(metrics.aiResolutionRate.value).toBeGreaterThan(0);
    expect(metrics.aiResolutionRate.value).toBeLessThan(1);
    expect(metrics.aiResolvedTickets.value).toBe(aiResolvedTickets({ data: demo, now }).count);
    expect(summary.insights.length).toBeGreaterThanOrEqual(3);
    expect(summary.insights.length).toBeLessThanOrEqual(5);
    expect(summary.actions.length).toBeGreaterThanOrEqual(2);
    expect(summary.actions.length).toBeLessThanOrEqual(4);
    expect(summary.goals.goals).toHaveLength(demo.settings.goals.length);
    for (const goal of summary.goals.goals) if (goal.progress !== null) expect(goal.progress).toBeGreaterThanOrEqual(0);
  });

  it('agrees across the CSAT, trends and cost reports', () => {
    expect(csatSummary({ data: demo, now }).current.rate).toBe(summary.board.metrics.csat.value);
    const trends = performanceTrends({ data: demo, now });
    expect(trends.escalations.perWeek.reduce((total, count) => total + count, 0)).toBe(trends.escalations.total);
    const costs = supportCosts({ data: demo, now, board: summary.board });
    expect(costs.byTeam.reduce((total, row) => total + row.allocatedOpexCents, 0)).toBeCloseTo(costs.budget.actualCents);
  });
});
