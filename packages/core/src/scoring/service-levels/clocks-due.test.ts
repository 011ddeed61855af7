import { describe, expect, it } from 'vitest';
import type { SlaEvaluation, SlaInstance } from '../../sla/types.js';
import { clocksDueWithin } from './clocks-due.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const clock = (minutesAhead: number | null, extra: Partial<SlaInstance> = {}): SlaInstance =>
  ({
    metric: 'firstReply',
    state: 'active',
    breached: false,
    deadline: minutesAhead === null ? null : new Date(NOW.getTime() + minutesAhead * 60_000).toISOString(),
    remainingMinutes: 30,
    targetMinutes: 60,
    businessHours: false,
    ...extra,
  }) as SlaInstance;
const evaluationOf = (instances: SlaInstance[]): SlaEvaluation => ({ metrics: {}, instances, nextDeadline: null });

describe('clocksDueWithin', () => {
  it('keeps running clocks not yet breached whose deadline is within the horizon', () => {
    const due = clocksDueWithin(evaluationOf([clock(30.5), clock(300), clock(10, { breached: true }), clock(null, { state: 'paused' }), clock(20, { state: 'closed' })]), NOW, 4);
    expect(due).toEqual([{ metric: 'firstReply', deadline: '2026-03-10T12:30:30.000Z', minutesToDeadline: 30, remainingMinutes: 30, targetMinutes: 60, businessHours: false }]);
  });
});
