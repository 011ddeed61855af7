import { describe, expect, it } from 'vitest';
import { creditedAgentIdOf } from './csat-credits.js';

const rated = (assigneeIdAtRating: string | null | undefined) => ({ rating: 'good' as const, ratedAt: '2026-03-01T00:00:00Z', ...(assigneeIdAtRating === undefined ? {} : { assigneeIdAtRating }) });

describe('creditedAgentIdOf', () => {
  it('credits the assignee at rating time, else the current assignee, and no one for a rating given while unassigned', () => {
    expect(creditedAgentIdOf({ assigneeId: 'agent-now', csat: rated('agent-then') })).toBe('agent-then');
    expect(creditedAgentIdOf({ assigneeId: 'agent-now', csat: rated(undefined) })).toBe('agent-now');
    expect(creditedAgentIdOf({ assigneeId: 'agent-now', csat: rated(null) })).toBeNull();
    expect(creditedAgentIdOf({ assigneeId: 'agent-now', csat: null })).toBe('agent-now');
  });
});
