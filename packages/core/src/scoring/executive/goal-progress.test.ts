import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiGoal } from '../../data/support-settings.js';
import { evaluateGoal } from './goal-progress.js';
import { DEFAULT_GOALS_CONFIG } from './goals-config.js';

const now = new Date('2026-05-01T10:00:00Z');
const goal = (fields: Partial<KpiGoal> & Pick<KpiGoal, 'metric' | 'target' | 'direction'>): KpiGoal => ({ id: 'g1', name: 'Goal', ...fields });

describe('evaluateGoal', () => {
  it('reads a rate goal written in percent and measures progress from the baseline', () => {
    // 0.87 → 87 %; (87 − 80) / (90 − 80) = 0.7 → on track; due today: 0 days left.
    const result = evaluateGoal(goal({ metric: 'csat', target: 90, direction: 'atLeast', baseline: 80, dueDate: '2026-05-01' }), 0.87, 0.85, now, DEFAULT_GOALS_CONFIG);
    expect(result).toMatchObject({ unit: 'percent', currentValue: 87, previousValue: 85, baselineSource: 'goal', status: 'on_track', trend: 'improving', daysLeft: 0, achieved: false });
    expect(result.progress).toBeCloseTo(0.7);
  });

  it('moves a goal one level down when the metric moved away from the target', () => {
    const result = evaluateGoal(goal({ metric: 'csat', target: 90, direction: 'atLeast', baseline: 80 }), 0.87, 0.89, now, DEFAULT_GOALS_CONFIG);
    expect(result).toMatchObject({ status: 'at_risk', trend: 'worsening' });
    expect(result.explanation).toContain('because it moved away from the target');
  });

  it('handles lower-is-better goals and the previous period as baseline', () => {
    // (1300 − 1500) / (1000 − 1500) = 0.4 → at risk.
    const cost = evaluateGoal(goal({ metric: 'costPerTicket', target: 1000, direction: 'atMost' }), 1300, 1500, now, DEFAULT_GOALS_CONFIG);
    expect(cost).toMatchObject({ unit: 'cents', baseline: 1500, baselineSource: 'previousPeriod', status: 'at_risk', trend: 'improving' });
    expect(cost.progress).toBeCloseTo(0.4);
    expect(evaluateGoal(goal({ metric: 'backlog', target: 50, direction: 'atMost' }), 40, null, now, DEFAULT_GOALS_CONFIG)).toMatchObject({ achieved: true, progress: 1, status: 'on_track' });
  });

  it('is off track when overdue or when a baseline already past the target was lost', () => {
    const overdue = evaluateGoal(goal({ metric: 'nps', target: 40, direction: 'atLeast', baseline: 0, dueDate: '2026-04-01' }), 35, null, now, DEFAULT_GOALS_CONFIG);
    expect(overdue).toMatchObject({ status: 'off_track', daysLeft: -30 });
    const slipped = evaluateGoal(goal({ metric: 'slaCompliance', target: 0.9, direction: 'atLeast', baseline: 0.95 }), 0.85, null, now, DEFAULT_GOALS_CONFIG);
    expect(slipped).toMatchObject({ unit: 'rate', progress: 0, status: 'off_track' });
  });

  it('reports no data without a current value', () => {
    expect(evaluateGoal(goal({ metric: 'arrAtRisk', target: 100, direction: 'atMost' }), null, null, now, DEFAULT_GOALS_CONFIG)).toMatchObject({ status: 'no_data', progress: null, trend: null });
  });

  it('keeps progress within 0–1 and never lowers it as the value improves', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (first, second) => {
        const target = goal({ metric: 'aiResolutionRate', target: 0.8, direction: 'atLeast', baseline: 0.2 });
        const [low, high] = first <= second ? [first, second] : [second, first];
        const lowProgress = evaluateGoal(target, low, null, now, DEFAULT_GOALS_CONFIG).progress!;
        const highProgress = evaluateGoal(target, high, null, now, DEFAULT_GOALS_CONFIG).progress!;
        expect(lowProgress).toBeGreaterThanOrEqual(0);
        expect(highProgress).toBeLessThanOrEqual(1);
        expect(highProgress).toBeGreaterThanOrEqual(lowProgress);
      }),
    );
  });
});
