import { describe, expect, it } from 'vitest';
import { BOARD_NOW, boardData } from './__fixtures__/board-fixture.js';
import { executiveSummary } from './executive-summary.js';
import type { Insight } from './insights.js';
import { selectInsights } from './insights.js';
import { recommendActions } from './recommended-actions.js';
import { DEFAULT_SUMMARY_CONFIG } from './summary-config.js';

describe('executiveSummary', () => {
  const data = boardData();
  const goals = [{ id: 'g-csat', name: 'Happy customers', metric: 'csat' as const, target: 0.9, direction: 'atLeast' as const }];
  const summary = executiveSummary({ data: { ...data, settings: { ...data.settings, goals } }, now: BOARD_NOW, arrAtRisk: { valueCents: 5_000_000, method: 'Σ ARR × churn probability' } });
  const tile = (id: string) => summary.tiles.find((candidate) => candidate.metricId === id)!;

  it('builds KPI tiles with the direction of each change and the goal status', () => {
    expect(summary.tiles.map((candidate) => candidate.metricId)).toEqual(['ticketVolume', 'slaCompliance', 'csat', 'costPerTicketCents', 'aiResolutionRate', 'agentHoursSaved', 'netAiSavingsCents', 'arrAtRiskCents']);
    // Volume has no good direction; CSAT 1 → 2/3 is bad; cost per ticket 1 000 000 → 428 571 is good.
    expect(tile('ticketVolume')).toMatchObject({ value: 8, previousValue: 3, direction: 'neutral' });
    expect(tile('csat')).toMatchObject({ direction: 'bad', goal: { goalId: 'g-csat', target: 0.9, status: 'off_track' } });
    expect(tile('costPerTicketCents').direction).toBe('good');
    expect(tile('arrAtRiskCents')).toMatchObject({ value: 5_000_000, direction: 'neutral', goal: null });
    expect(executiveSummary({ data, now: BOARD_NOW }).tiles.some((candidate) => candidate.metricId === 'arrAtRiskCents')).toBe(false);
  });

  it('draws 3–5 insights from the numbers, strongest and worst first', () => {
    // CSAT −0.333 → strength 16.7 × 1.2 (negative) = 20, the strongest.
    expect(summary.insights.length).toBeGreaterThanOrEqual(3);
    expect(summary.insights.length).toBeLessThanOrEqual(5);
    expect(summary.insights[0]).toMatchObject({ kind: 'csatChange', tone: 'negative', metricIds: ['csat'], statement: 'CSAT fell from 100% to 67%.' });
    expect(summary.insights[0]!.values).toEqual({ currentRate: 2 / 3, previousRate: 1 });
    expect(summary.insights.map((insight) => insight.kind)).toContain('volumeChange');
    const cost = summary.insights.find((insight) => insight.kind === 'costPerTicketChange');
    expect(cost?.statement).toBe('Cost per ticket fell 57% to 4285.71 USD.');
  });

  it('ties 2–4 actions to the insights', () => {
    expect(summary.actions.length).toBeGreaterThanOrEqual(2);
    expect(summary.actions.length).toBeLessThanOrEqual(4);
    expect(summary.actions[0]).toMatchObject({ id: 'reviewBadRatings', intent: 'csat.summary', insightKinds: ['csatChange'] });
    // A positive cost change calls for no cost review.
    expect(summary.actions.some((action) => action.id === 'reviewCosts')).toBe(false);
  });
});

describe('insight selection and actions', () => {
  const insight = (kind: Insight['kind'], strength: number, tone: Insight['tone'] = 'neutral', metricIds: string[] = [kind]): Insight => ({ kind, tone, strength, metricIds, values: {}, statement: kind });

  it('fills up to three insights with level statements and caps at five', () => {
    const quiet = [insight('aiImpact', 1, 'positive', ['aiResolutionRate']), insight('volumeLevel', 0.5, 'neutral', ['ticketVolume']), insight('slaLevel', 0.5, 'neutral', ['slaCompliance']), insight('csatLevel', 0.5, 'neutral', ['csat'])];
    expect(selectInsights(quiet, DEFAULT_SUMMARY_CONFIG).map((chosen) => chosen.kind)).toEqual(['aiImpact', 'volumeLevel', 'slaLevel']);
    const busy = Array.from({ length: 7 }, () => insight('goalsOffTrack', 2, 'negative'));
    expect(selectInsights(busy, DEFAULT_SUMMARY_CONFIG)).toHaveLength(5);
  });

  it('merges actions that share a cause and adds standing actions to reach two', () => {
    const merged = recommendActions([insight('slaMetricChange', 3, 'negative'), insight('slaBelowTarget', 2, 'negative')], DEFAULT_SUMMARY_CONFIG);
    expect(merged.map((action) => [action.id, action.insightKinds])).toEqual([
      ['reviewSlaRisk', ['slaMetricChange', 'slaBelowTarget']],
      ['expandAiCoverage', []],
    ]);
    expect(recommendActions([], DEFAULT_SUMMARY_CONFIG).map((action) => action.id)).toEqual(['reviewSlaRisk', 'expandAiCoverage']);
  });
});
