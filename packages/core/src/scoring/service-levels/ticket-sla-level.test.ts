import { describe, expect, it } from 'vitest';
import type { SlaEvaluation, SlaInstance, SlaLevel } from '../../sla/types.js';
import { slaLevelCounts, ticketSlaLevel } from './ticket-sla-level.js';

const evaluationOf = (levels: SlaLevel[]): SlaEvaluation => ({ metrics: {}, instances: levels.map((level) => ({ level }) as SlaInstance), nextDeadline: null });

describe('ticketSlaLevel', () => {
  it('is the worst level among the clocks: a breach, even fulfilled since, outranks a clock at risk', () => {
    expect(ticketSlaLevel(evaluationOf(['achieved', 'breached', 'at_risk']))).toBe('breached');
    expect(ticketSlaLevel(evaluationOf(['ok', 'at_risk', 'paused']))).toBe('at_risk');
    expect(ticketSlaLevel(evaluationOf(['achieved', 'paused']))).toBe('paused');
  });

  it('is null for a ticket no clock tracks', () => {
    expect(ticketSlaLevel(evaluationOf([]))).toBeNull();
  });

  it('counts open tickets, tickets past SLA and tickets at risk (a solved ticket past SLA still counts as past SLA)', () => {
    const counts = slaLevelCounts([
      { status: 'open', slaLevel: 'breached' },
      { status: 'pending', slaLevel: 'at_risk' },
      { status: 'new', slaLevel: null },
      { status: 'solved', slaLevel: 'breached' },
    ]);
    expect(counts).toEqual({ open: 3, breached: 2, atRisk: 1 });
  });
});
