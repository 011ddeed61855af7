import { describe, expect, it } from 'vitest';
import { makeData } from '../service-levels/__fixtures__/support-fixtures.js';
import { slaDashboard } from '../service-levels/sla-dashboard.js';
import { BOARD_NOW, boardData } from './__fixtures__/board-fixture.js';
import { boardMetrics } from './board-metrics.js';

describe('boardMetrics', () => {
  const data = boardData();
  const board = boardMetrics({ data, now: BOARD_NOW, arrAtRisk: { valueCents: 5_000_000, method: 'Σ ARR × churn probability' } });
  const value = (id: keyof typeof board.metrics) => board.metrics[id].value;

  it('counts volume and AI resolutions with the 7-day recontact rule', () => {
    // Inbound: H1–H4, AI1–AI3, T1 = 8. Solved: H1–H4, AI1–AI3 = 7; AI3 came back, so it is human: 5 human, 2 AI.
    expect(value('ticketVolume')).toBe(8);
    expect(value('ticketsHandled')).toBe(7);
    expect(board.current.facts).toMatchObject({ humanResolved: 5, aiResolved: 2, aiResolvedProvisional: 1, aiRecontacted: 1, aiInvolved: 4 });
    expect(value('aiResolutionRate')).toBe(0.25); // 2 / 8
    expect(value('aiInvolvementRate')).toBe(0.5); // 4 / 8 (3 resolvedBy ai + the ai_draft tag)
    expect(value('aiContainmentRate')).toBe(0.5); // inbound AI1, AI2 of the 4 involved
  });

  it('prorates opex and prices the tickets', () => {
    // Opex: 3 043 750 × 30 / 30.4375 = 3 000 000 cents. CPT = 3 000 000 / 7; human: 0.8 × 3 000 000 / 5 = 480 000.
    expect(board.current.opexCents).toBeCloseTo(3_000_000);
    expect(value('costPerTicketCents')).toBeCloseTo(3_000_000 / 7);
    expect(value('costPerHumanTicketCents')).toBeCloseTo(480_000);
    // 60 875 sessions a month → 60 000 in 30 days ÷ 8 submitters = 7500.
    expect(value('deflectionRatio')).toBeCloseTo(7500);
  });

  it('computes AI savings from the marginal cost of a human ticket', () => {
    // Replies on human tickets: 4 × 2 + 1 (AI3) = 9 over 5 tickets → 1.8 × 8 min = 14.4 min = 0.24 h.
    // Loaded hourly cost: mean(4000, 6000) = 5000 → marginal 1200 cents. Gross 2 × 1200 = 2400.
    // AI cost 2 × 100 + 0 fee = 200; net 2200; ROI 11; hours saved 2 × 0.24 = 0.48.
    expect(board.current.roi).toMatchObject({ handleTimeSource: 'replies', loadedHourlyCostCents: 5000 });
    expect(board.current.roi.handleMinutes).toBeCloseTo(14.4);
    expect(value('marginalCostPerHumanTicketCents')).toBeCloseTo(1200);
    expect(value('grossAiSavingsCents')).toBeCloseTo(2400);
    expect(value('aiCostCents')).toBeCloseTo(200);
    expect(value('netAiSavingsCents')).toBeCloseTo(2200);
    expect(value('aiRoi')).toBeCloseTo(11);
    expect(value('agentHoursSaved')).toBeCloseTo(0.48);
  });

  it('compares with the previous period of the same length', () => {
    // Previous: 3 inbound, 3 handled (1 AI) → CPT 1 000 000; AI rate 1/3; CSAT 1/1.
    expect(board.previousPeriod.days).toBe(30);
    expect(board.metrics.costPerTicketCents.previousValue).toBeCloseTo(1_000_000);
    expect(board.metrics.costPerTicketCents.change.relative).toBeCloseTo(3_000_000 / 7 / 1_000_000 - 1);
    expect(board.metrics.aiResolutionRate.change.absolute).toBeCloseTo(0.25 - 1 / 3);
    expect(value('csat')).toBeCloseTo(2 / 3);
    expect(board.metrics.csat.change.absolute).toBeCloseTo(2 / 3 - 1);
    expect(board.metrics.costPerTicketCents.higherIsBetter).toBe(false);
  });

  it('reuses the SLA dashboard and passes ARR at risk through', () => {
    const sla = slaDashboard({ data, now: BOARD_NOW });
    expect(value('slaCompliance')).toBe(sla.overall.rate);
    expect(board.metrics.arrAtRiskCents).toMatchObject({ value: 5_000_000, previousValue: null });
    expect(board.arrAtRisk?.method).toBe('Σ ARR × churn probability');
  });

  it('prints the §6 caveats and notes about the data', () => {
    expect(board.caveats[0]).toMatch(/no human recontact within 7 days/);
    expect(board.caveats.some((caveat) => caveat.startsWith('Deflection is not resolution'))).toBe(true);
    expect(board.caveats.some((caveat) => caveat.includes('CSAT'))).toBe(true);
    expect(board.caveats).toContain('1 of 2 AI resolutions are provisional: their 7-day recontact window is still open.');
    expect(board.caveats.some((caveat) => caveat.includes('8 min per public reply'))).toBe(true);
  });

  it('uses a measured handle time and prorates the platform fee', () => {
    const withFee = { ...data, settings: { ...data.settings, costs: { ...data.settings.costs, aiPlatformFeeMonthlyCents: 304_375 } } };
    const measured = boardMetrics({ data: withFee, now: BOARD_NOW, config: { averageHandleMinutes: 30 } });
    // 0.5 h × 5000 = 2500 per ticket; fee 304 375 × 30 / 30.4375 = 300 000; AI cost 300 200.
    expect(measured.current.roi).toMatchObject({ handleTimeSource: 'config', marginalCostPerHumanTicketCents: 2500 });
    expect(measured.metrics.aiCostCents.value).toBeCloseTo(300_200);
    expect(measured.metrics.aiRoi.value).toBeCloseTo((5000 - 300_200) / 300_200);
  });

  it('returns empty figures, not errors, without data', () => {
    const empty = boardMetrics({ data: makeData({ tickets: [] }), now: BOARD_NOW });
    expect(empty.metrics.ticketVolume.value).toBe(0);
    expect(empty.metrics.costPerTicketCents.value).toBeNull();
    expect(empty.metrics.grossAiSavingsCents.value).toBeNull();
    expect(empty.metrics.costPerTicketCents.change).toEqual({ absolute: null, relative: null });
  });
});
