import { describe, expect, it } from 'vitest';
import type { KpiGoal } from '../../data/support-settings.js';
import { BOARD_NOW, boardData } from './__fixtures__/board-fixture.js';
import { goalsProgress } from './goals-progress.js';

const goals: KpiGoal[] = [
  { id: 'csat', name: 'Happy customers', metric: 'csat', target: 0.9, direction: 'atLeast' },
  { id: 'ai', name: 'AI deflects more', metric: 'aiResolutionRate', target: 0.3, direction: 'atLeast', baseline: 0.1 },
  { id: 'backlog', name: 'Small backlog', metric: 'backlog', target: 5, direction: 'atMost' },
  { id: 'nps', name: 'Promoters', metric: 'nps', target: 40, direction: 'atLeast', baseline: 20 },
  { id: 'frt', name: 'Fast first replies', metric: 'firstReplyMedianMinutes', target: 20, direction: 'atMost', baseline: 60 },
];

describe('goalsProgress', () => {
  const data = boardData();
  const report = goalsProgress({ data: { ...data, settings: { ...data.settings, goals } }, now: BOARD_NOW, nps: 30 });
  const byId = (id: string) => report.goals.find((goal) => goal.goalId === id)!;

  it('computes every goal metric for the period', () => {
    // First replies: H1–H4 after 30 min, AI3 after 1500 min → median 30. Resolutions: 4 × 120, 3 × 6 → median 120.
    expect(report.values.current).toMatchObject({ firstReplyMedianMinutes: 30, resolutionMedianMinutes: 120, backlog: 1, nps: 30, aiResolutionRate: 0.25, arrAtRisk: null });
    expect(report.values.previous).toMatchObject({ backlog: 0, nps: null, csat: 1 });
  });

  it('sets each status by the documented rule', () => {
    // CSAT 2/3 vs 0.9, baseline = previous 1.0 (already past the target) → progress 0 → off track.
    expect(byId('csat')).toMatchObject({ baselineSource: 'previousPeriod', progress: 0, status: 'off_track' });
    // AI: (0.25 − 0.1) / (0.3 − 0.1) = 0.75 → on track, but down from 1/3 → at risk.
    expect(byId('ai')).toMatchObject({ status: 'at_risk', trend: 'worsening' });
    expect(byId('ai').progress).toBeCloseTo(0.75);
    expect(byId('backlog')).toMatchObject({ achieved: true, status: 'on_track' });
    // NPS: (30 − 20) / (40 − 20) = 0.5 → at risk.
    expect(byId('nps')).toMatchObject({ progress: 0.5, status: 'at_risk', trend: null });
    // First reply: (30 − 60) / (20 − 60) = 0.75 → on track.
    expect(byId('frt')).toMatchObject({ progress: 0.75, status: 'on_track' });
    expect(report.counts).toEqual({ on_track: 2, at_risk: 2, off_track: 1, no_data: 0 });
  });

  it('returns no goals when none are set', () => {
    expect(goalsProgress({ data, now: BOARD_NOW }).goals).toEqual([]);
  });
});
