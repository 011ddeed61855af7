import { describe, expect, it } from 'vitest';
import { evaluateSla, SlaInputError, type SlaPolicy, type TicketEventInput } from '../index.js';
import { mon } from './__fixtures__/sla-fixtures.js';

const policy: SlaPolicy = { targets: [{ metric: 'firstReply', targetMinutes: 60 }] };

function frozenEvents(events: TicketEventInput[]): readonly TicketEventInput[] {
  for (const event of events) Object.freeze(event);
  return Object.freeze(events);
}

describe('timelines are prepared once when frozen', () => {
  it('a frozen timeline evaluated again at a later now gives the later answer, not a cached one', () => {
    const events = frozenEvents([{ type: 'created', at: mon('09:00:00'), by: 'customer' }]);
    const early = evaluateSla({ ticket: { events }, policy, now: mon('09:30:00') });
    const late = evaluateSla({ ticket: { events }, policy, now: mon('10:30:00') });
    // 30 min then 90 min of calendar time against a 60 min target.
    expect(early.instances[0]).toMatchObject({ elapsedMinutes: 30, breached: false, level: 'ok' });
    expect(late.instances[0]).toMatchObject({ elapsedMinutes: 90, breached: true, level: 'breached' });
  });

  it('an invalid frozen timeline is rejected every time, never remembered', () => {
    const events = frozenEvents([
      { type: 'created', at: mon('09:00:00'), by: 'customer' },
      { type: 'agent_reply', at: 'yesterday' },
    ]);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(() => evaluateSla({ ticket: { events }, policy, now: mon('10:00:00') })).toThrow(SlaInputError);
    }
  });

  it('a remembered timeline still checks the ticket priority it comes with', () => {
    const events = frozenEvents([{ type: 'created', at: mon('09:00:00'), by: 'customer' }]);
    evaluateSla({ ticket: { events }, policy, now: mon('09:30:00') });
    const badPriority = { events, priority: 'critical' } as unknown as { events: readonly TicketEventInput[] };
    expect(() => evaluateSla({ ticket: badPriority, policy, now: mon('09:30:00') })).toThrow(/priority/);
  });

  it('an events list that is not frozen is checked again after it changes', () => {
    const events: TicketEventInput[] = [{ type: 'created', at: mon('09:00:00'), by: 'customer' }];
    evaluateSla({ ticket: { events }, policy, now: mon('09:30:00') });
    events.push({ type: 'agent_reply', at: 'not a date' });
    expect(() => evaluateSla({ ticket: { events }, policy, now: mon('10:00:00') })).toThrow(/ticket\.events\.1\.at/);
  });
});
