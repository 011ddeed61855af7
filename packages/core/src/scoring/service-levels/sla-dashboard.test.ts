import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, atDate, makeAgent, makeData, makeTicket, NINE_TO_FIVE } from './__fixtures__/support-fixtures.js';
import { slaDashboard } from './sla-dashboard.js';

// Policy: first reply 60 min, resolution 24 h (calendar time). Period: the week from T0; now = T0 + 10 days.
const now = atDate(240);
const period = { from: at(0), to: at(168) };
const tickets = [
  makeTicket('A', { createdHour: 1, replyHours: [0.5], solvedHour: 2, assigneeId: 'a1' }),
  // Pending from 45 min, first reply at 90 min: first reply 30 min late while waiting on the customer.
  makeTicket('B', { createdHour: 2, replyHours: [1.5], solvedHour: 3, assigneeId: 'a1', extraEvents: [{ type: 'status', hour: 0.75, to: 'pending' }] }),
  // Solved after 30 h: resolution 360 min late, held by a2 who is over capacity.
  makeTicket('C', { createdHour: 3, priority: 'high', replyHours: [1 / 3], solvedHour: 30, assigneeId: 'a2' }),
  makeTicket('D', { createdHour: -24, replyHours: [0.5], solvedHour: 4 }),
  // Open and unassigned since day 4: 144 h = 8640 min old at now.
  makeTicket('E', { createdHour: 96 }),
  // a2's open tickets from before the period: they load a2 but their clocks started before it.
  makeTicket('G', { createdHour: -48, assigneeId: 'a2' }),
  makeTicket('H', { createdHour: -48, assigneeId: 'a2' }),
];
const data = makeData({ tickets, agents: [makeAgent('a1'), makeAgent('a2', { capacity: 1 })] });

describe('slaDashboard', () => {
  const dashboard = slaDashboard({ data, now, period });

  it('counts the clocks that started in the period, against the 90 % default target', () => {
    // Achieved: A first reply, A resolution, B resolution, C first reply. Breached: B first reply,
    // C resolution, E first reply, E resolution. 4 / 8 = 0.5; gap 0.5 − 0.9 = −0.4.
    expect(dashboard.ticketsEvaluated).toBe(6);
    expect(dashboard.clocks).toBe(8);
    expect(dashboard.overall).toMatchObject({ achieved: 4, breached: 4, excluded: 0, rate: 0.5, targetRate: 0.9, meetsTarget: false });
    expect(dashboard.overall.gapToTarget).toBeCloseTo(-0.4);
    expect(dashboard.byMetric.map((metric) => [metric.metric, metric.achieved, metric.breached])).toEqual([
      ['firstReply', 2, 2],
      ['resolution', 2, 2],
    ]);
    expect(dashboard.explanation).toContain('50% (4 of 8 decided clocks) against a 90% target, with 4 breaches');
  });

  it('groups by priority, team and agent', () => {
    expect(dashboard.byPriority.map((group) => [group.key, group.overall.rate])).toEqual([
      ['high', 0.5],
      ['normal', 0.5],
    ]);
    expect(dashboard.byTeam.map((group) => group.key)).toEqual([null]);
    // a1: A ×2 and B resolution achieved, B first reply breached → 3/4.
    expect(dashboard.byAgent.map((group) => [group.key, group.overall.rate])).toEqual([
      ['a1', 0.75],
      ['a2', 0.5],
      [null, 0],
    ]);
  });

  it('trends by day from the period start', () => {
    expect(dashboard.trend.granularity).toBe('day');
    expect(dashboard.trend.points).toHaveLength(7);
    expect(dashboard.trend.points[0]!.overall).toMatchObject({ achieved: 4, breached: 2 });
    expect(dashboard.trend.points[4]!.overall).toMatchObject({ achieved: 0, breached: 2 });
    expect(dashboard.trend.points[1]!.overall.rate).toBeNull();
  });

  it('lists the largest overruns with their causes', () => {
    // E first reply 8640 − 60 = 8580; E resolution 8640 − 1440 = 7200; C resolution 1800 − 1440 = 360; B 90 − 60 = 30.
    expect(dashboard.topBreaches.map((breach) => [breach.ticketId, breach.metric, breach.overrunMinutes, breach.causes[0]])).toEqual([
      ['E', 'firstReply', 8580, 'unassigned'],
      ['E', 'resolution', 7200, 'unassigned'],
      ['C', 'resolution', 360, 'assigneeOverloaded'],
      ['B', 'firstReply', 30, 'waitingOnCustomer'],
    ]);
    expect(dashboard.breachCauses.filter((cause) => cause.breaches > 0).map((cause) => [cause.cause, cause.share])).toEqual([
      ['unassigned', 0.5],
      ['waitingOnCustomer', 0.25],
      ['assigneeOverloaded', 0.25],
    ]);
  });

  it('applies filters and per-metric targets', () => {
    const high = slaDashboard({ data, now, period, filters: { priority: 'high' } });
    expect(high.ticketsEvaluated).toBe(1);
    expect(high.overall).toMatchObject({ achieved: 1, breached: 1 });
    // Overall target blends 0.5 (first reply, 4 decided) and 0.9 (resolution, 4 decided): 0.7.
    const custom = slaDashboard({ data, now, period, config: { targetRates: { firstReply: 0.5 } } });
    expect(custom.overall.targetRate).toBeCloseTo(0.7);
    expect(custom.byMetric[0]).toMatchObject({ metric: 'firstReply', meetsTarget: true, gapToTarget: 0 });
    expect(custom.thresholds.targetRates).toEqual({ firstReply: 0.5, resolution: 0.9 });
  });

  it('blames a calendar-time breach on a ticket created while the team was closed', () => {
    // Saturday 2026-03-07 10:00 UTC; the team works 09:00–17:00 on weekdays.
    const saturday = makeTicket('S', { createdHour: 130, replyHours: [2], solvedHour: 3, assigneeId: 'a1', teamId: 'team-9' });
    const report = slaDashboard({
      data: makeData({ tickets: [saturday], agents: [makeAgent('a1')], teams: [{ id: 'team-9', name: 'Weekdays', calendarId: NINE_TO_FIVE.id }], calendars: [NINE_TO_FIVE] }),
      now,
      period,
    });
    expect(report.topBreaches[0]).toMatchObject({ ticketId: 'S', metric: 'firstReply', overrunMinutes: 60, causes: ['createdOutsideBusinessHours'] });
  });

  it('reports nothing decided for an empty period', () => {
    const empty = slaDashboard({ data: makeData({ tickets: [] }), now });
    expect(empty.overall.rate).toBeNull();
    expect(empty.breachCauses).toEqual([]);
    expect(empty.trend.points).toHaveLength(30);
    expect(empty.explanation).toMatch(/No SLA clock/);
  });

  it('keeps its counts consistent for any tickets', () => {
    const ticketArbitrary = fc.record({
      createdHour: fc.integer({ min: -48, max: 200 }),
      reply: fc.option(fc.double({ min: 0.1, max: 40, noNaN: true }), { nil: undefined }),
      solved: fc.option(fc.double({ min: 0.1, max: 60, noNaN: true }), { nil: undefined }),
      assigneeId: fc.constantFrom('a1', 'a2', null),
    });
    fc.assert(
      fc.property(fc.array(ticketArbitrary, { maxLength: 25 }), (specs) => {
        const generated = specs.map((spec, position) =>
          makeTicket(`T${position}`, {
            createdHour: spec.createdHour,
            replyHours: spec.reply === undefined ? [] : [spec.reply],
            ...(spec.solved === undefined ? {} : { solvedHour: Math.max(spec.solved, spec.reply ?? 0) }),
            assigneeId: spec.assigneeId,
          }),
        );
        const report = slaDashboard({ data: makeData({ tickets: generated, agents: data.agents }), now, period, config: { topBreachesLimit: 3 } });
        const { achieved, breached, excluded } = report.overall;
        expect(achieved + breached + excluded).toBe(report.clocks);
        expect(report.byMetric.reduce((total, metric) => total + metric.breached, 0)).toBe(breached);
        expect(report.byAgent.reduce((total, group) => total + group.overall.achieved, 0)).toBe(achieved);
        expect(report.trend.points.reduce((total, point) => total + point.overall.breached, 0)).toBe(breached);
        expect(report.breachCauses.reduce((total, cause) => total + cause.breaches, 0)).toBe(report.breachCount);
        expect(report.topBreaches.length).toBe(Math.min(3, breached));
        const overruns = report.topBreaches.map((breach) => breach.overrunMinutes);
        expect(overruns).toEqual([...overruns].sort((left, right) => right - left));
      }),
      { numRuns: 60 },
    );
  });
});
