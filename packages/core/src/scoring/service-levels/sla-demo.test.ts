import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../demo/generate-demo-dataset.js';
import { slaDashboard } from './sla-dashboard.js';
import { slaTicketsAtRisk } from './sla-at-risk.js';

describe('SLA reports on the demo dataset', () => {
  const demo = generateDemoDataset({ seed: 1, size: 'small' });
  const now = new Date(demo.now);

  it('lists every planted first-reply risk within the next hour', () => {
    const report = slaTicketsAtRisk({ data: demo, now, horizonHours: 1, limit: 500 });
    const listed = new Set(report.tickets.map((row) => row.ticketId));
    expect(demo.truth.atRiskTicketIds.length).toBeGreaterThan(0);
    for (const ticketId of demo.truth.atRiskTicketIds) expect(listed).toContain(ticketId);
    for (const row of report.tickets) expect(row.remainingCalendarMinutes).toBeLessThanOrEqual(60);
  });

  it('reports a quarter of compliance with consistent counts', () => {
    const dashboard = slaDashboard({ data: demo, now, period: { from: new Date(now.getTime() - 91 * 86_400_000), to: now } });
    expect(dashboard.trend.granularity).toBe('week');
    expect(dashboard.overall.rate).not.toBeNull();
    expect(dashboard.byTeam.length).toBeGreaterThanOrEqual(2);
    expect(dashboard.breachCauses.reduce((total, cause) => total + cause.breaches, 0)).toBe(dashboard.breachCount);
  });
});
