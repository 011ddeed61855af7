import { describe, expect, it } from 'vitest';
import {
  evaluateSla,
  kaplanMeier,
  predictBreach,
  rankTicketsAtRisk,
  slaCompliance,
  slaComplianceBy,
  SlaInputError,
  type AtRiskCandidate,
  type BreachPrediction,
  type SlaComplianceRecord,
  type SlaHistoryEntry,
  type SlaInstance,
} from '../index.js';
import { ev, mon, policyOf } from './__fixtures__/sla-fixtures.js';

/** A plausible instance; tests override what matters. */
function instance(overrides: Partial<SlaInstance> = {}): SlaInstance {
  return {
    metric: 'firstReply',
    priorityApplied: 'normal',
    targetMinutes: 60,
    businessHours: false,
    startedAt: '2026-03-02T09:00:00.000Z',
    fulfilledAt: null,
    state: 'active',
    breached: false,
    deadline: '2026-03-02T10:00:00.000Z',
    elapsedSeconds: 0,
    elapsedMinutes: 0,
    remainingMinutes: 60,
    remainingCalendarMinutes: 60,
    diffMinutes: 60,
    level: 'ok',
    ...overrides,
  };
}

const achieved = (overrides: Partial<SlaInstance> = {}) => instance({ state: 'closed', fulfilledAt: '2026-03-02T09:30:00.000Z', level: 'achieved', ...overrides });
const breached = (overrides: Partial<SlaInstance> = {}) => instance({ breached: true, level: 'breached', ...overrides });

describe('slaCompliance', () => {
  it('counts achieved, breached and excluded, rate = achieved / (achieved + breached)', () => {
    const instances = [
      achieved(),
      achieved(),
      breached({ state: 'closed', fulfilledAt: '2026-03-02T11:00:00.000Z' }),
      achieved({ metric: 'resolution' }),
      breached({ metric: 'resolution' }), // still running, already breached → counts as breached
      breached({ metric: 'resolution', state: 'paused', deadline: null }), // paused but breached → breached
      instance({ metric: 'resolution' }), // active, not breached → excluded
      instance({ metric: 'nextReply', state: 'paused', deadline: null, level: 'paused' }), // paused, not breached → excluded
    ];
    const result = slaCompliance(instances);
    // overall: achieved 3, breached 3, excluded 2 → 3 / 6 = 0.5
    expect(result.overall).toEqual({ achieved: 3, breached: 3, excluded: 2, rate: 0.5 });
    // firstReply: 2 / (2 + 1); resolution: 1 / (1 + 2); nextReply: nothing decided → null
    expect(result.byMetric).toEqual({
      firstReply: { achieved: 2, breached: 1, excluded: 0, rate: 2 / 3 },
      resolution: { achieved: 1, breached: 2, excluded: 1, rate: 1 / 3 },
      nextReply: { achieved: 0, breached: 0, excluded: 1, rate: null },
    });
  });

  it('gives null when nothing is decided', () => {
    expect(slaCompliance([])).toEqual({ overall: { achieved: 0, breached: 0, excluded: 0, rate: null }, byMetric: {} });
    expect(slaCompliance([instance(), instance({ state: 'paused', deadline: null })]).overall).toEqual({ achieved: 0, breached: 0, excluded: 2, rate: null });
  });

  it('gives 1 and 0 at the extremes', () => {
    expect(slaCompliance([achieved(), achieved()]).overall.rate).toBe(1);
    expect(slaCompliance([breached(), breached({ state: 'closed' })]).overall.rate).toBe(0);
  });

  it('works on evaluateSla output', () => {
    const policy = policyOf([
      { metric: 'firstReply', targetMinutes: 60 },
      { metric: 'resolution', targetMinutes: 240 },
    ]);
    const now = mon('12:00');
    const tickets = [
      [ev.created(mon('09:00')), ev.reply(mon('09:30')), ev.status(mon('10:00'), 'solved')], // firstReply ok, resolution ok
      [ev.created(mon('09:00')), ev.reply(mon('10:30'))], // firstReply late, resolution running (3 h of 4)
      [ev.created(mon('07:00'))], // firstReply running & breached, resolution breached at 11:00
    ];
    const instances = tickets.flatMap((events) => evaluateSla({ ticket: { events }, policy, now }).instances);
    const result = slaCompliance(instances);
    // achieved: t1 firstReply, t1 resolution; breached: t2 firstReply, t3 firstReply, t3 resolution; excluded: t2 resolution
    expect(result.overall).toEqual({ achieved: 2, breached: 3, excluded: 1, rate: 2 / 5 });
    expect(result.byMetric.firstReply).toEqual({ achieved: 1, breached: 2, excluded: 0, rate: 1 / 3 });
    expect(result.byMetric.resolution).toEqual({ achieved: 1, breached: 1, excluded: 1, rate: 1 / 2 });
  });
});

describe('slaComplianceBy', () => {
  const keysAndRates = (groups: ReturnType<typeof slaComplianceBy>) => groups.map((group) => [group.key, group.compliance.overall.rate]);

  it('groups by priority (priorityApplied), null last', () => {
    const records: SlaComplianceRecord[] = [
      { instance: achieved({ priorityApplied: 'urgent' }) },
      { instance: breached({ priorityApplied: 'urgent', state: 'closed' }) },
      { instance: achieved({ priorityApplied: null }) },
      { instance: achieved({ priorityApplied: 'high' }) },
    ];
    expect(keysAndRates(slaComplianceBy(records, { by: 'priority' }))).toEqual([
      ['high', 1],
      ['urgent', 0.5],
      [null, 1],
    ]);
  });

  it('groups by team and by agent', () => {
    const records: SlaComplianceRecord[] = [
      { instance: achieved(), teamId: 'team-b', agentId: 'agent-1' },
      { instance: breached(), teamId: 'team-a', agentId: 'agent-1' },
      { instance: achieved(), teamId: 'team-a', agentId: 'agent-2' },
      { instance: achieved() }, // no team, no agent
      { instance: instance(), teamId: 'team-b', agentId: null }, // excluded, agent null
    ];
    expect(keysAndRates(slaComplianceBy(records, { by: 'team' }))).toEqual([
      ['team-a', 0.5],
      ['team-b', 1],
      [null, 1],
    ]);
    const byAgent = slaComplianceBy(records, { by: 'agent' });
    expect(keysAndRates(byAgent)).toEqual([
      ['agent-1', 0.5],
      ['agent-2', 1],
      [null, 1],
    ]);
    // the null group holds the unassigned record and the agentId: null record
    expect(byAgent[2]!.compliance.overall).toEqual({ achieved: 1, breached: 0, excluded: 1, rate: 1 });
  });

  it('groups by metric', () => {
    const records = [{ instance: achieved({ metric: 'resolution' }) }, { instance: breached({ metric: 'firstReply' }) }];
    expect(keysAndRates(slaComplianceBy(records, { by: 'metric' }))).toEqual([
      ['firstReply', 0],
      ['resolution', 1],
    ]);
  });

  it('groups by week starting on Monday (the default period)', () => {
    const records = [
      { instance: achieved({ startedAt: '2026-03-02T00:00:00.000Z' }) }, // Monday → week 2026-03-02
      { instance: breached({ startedAt: '2026-03-08T23:59:59.000Z' }) }, // Sunday → still week 2026-03-02
      { instance: achieved({ startedAt: '2026-03-09T00:00:00.000Z' }) }, // next Monday → week 2026-03-09
      { instance: achieved({ startedAt: '2026-03-04T12:00:00.000Z' }) }, // Wednesday → week 2026-03-02
    ];
    expect(keysAndRates(slaComplianceBy(records, { by: 'period' }))).toEqual([
      ['2026-03-02', 2 / 3],
      ['2026-03-09', 1],
    ]);
    expect(keysAndRates(slaComplianceBy(records, { by: 'period', period: 'week' }))).toEqual(keysAndRates(slaComplianceBy(records, { by: 'period' })));
  });

  it('groups by month and by day', () => {
    const records = [
      { instance: achieved({ startedAt: '2026-02-28T10:00:00.000Z' }) },
      { instance: breached({ startedAt: '2026-03-01T10:00:00.000Z' }) },
      { instance: achieved({ startedAt: '2026-03-31T23:30:00.000Z' }) },
    ];
    expect(keysAndRates(slaComplianceBy(records, { by: 'period', period: 'month' }))).toEqual([
      ['2026-02', 1],
      ['2026-03', 0.5],
    ]);
    expect(slaComplianceBy(records, { by: 'period', period: 'day' }).map((group) => group.key)).toEqual(['2026-02-28', '2026-03-01', '2026-03-31']);
  });

  it('uses local dates of the time zone', () => {
    // 2026-03-31T23:30Z is 2026-04-01 01:30 in Paris (CEST, UTC+2) → April
    const lateMarch = [{ instance: achieved({ startedAt: '2026-03-31T23:30:00.000Z' }) }];
    expect(slaComplianceBy(lateMarch, { by: 'period', period: 'month', timezone: 'Europe/Paris' })[0]!.key).toBe('2026-04');
    expect(slaComplianceBy(lateMarch, { by: 'period', period: 'month', timezone: 'UTC' })[0]!.key).toBe('2026-03');
    // Mon 2026-03-02T23:30Z is Tue 00:30 in Paris (CET, UTC+1)
    const lateMonday = [{ instance: achieved({ startedAt: '2026-03-02T23:30:00.000Z' }) }];
    expect(slaComplianceBy(lateMonday, { by: 'period', period: 'day', timezone: 'Europe/Paris' })[0]!.key).toBe('2026-03-03');
    // Sun 2026-03-08T20:00Z is Mon 2026-03-09 05:00 in Tokyo (UTC+9) → the next week
    const lateSunday = [{ instance: achieved({ startedAt: '2026-03-08T20:00:00.000Z' }) }];
    expect(slaComplianceBy(lateSunday, { by: 'period', timezone: 'Asia/Tokyo' })[0]!.key).toBe('2026-03-09');
    expect(slaComplianceBy(lateSunday, { by: 'period' })[0]!.key).toBe('2026-03-02');
    // Mon 2026-03-02T03:00Z is Sun 2026-03-01 22:00 in New York (UTC−5) → the previous week, Monday 02-23
    const earlyMonday = [{ instance: achieved({ startedAt: '2026-03-02T03:00:00.000Z' }) }];
    expect(slaComplianceBy(earlyMonday, { by: 'period', timezone: 'America/New_York' })[0]!.key).toBe('2026-02-23');
    expect(slaComplianceBy(earlyMonday, { by: 'period', period: 'day', timezone: 'America/New_York' })[0]!.key).toBe('2026-03-01');
  });

  it('rejects an unknown time zone for periods', () => {
    const error = (() => {
      try {
        slaComplianceBy([{ instance: achieved() }], { by: 'period', timezone: 'Mars/Olympus' });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(SlaInputError);
    expect((error as SlaInputError).issues.map((issue) => issue.path)).toEqual(['timezone']);
  });
});

// Censored history used below (minutes, observed?):
//   10 ✓, 20 ✓, 20 ✗ (censored), 30 ✓, 40 ✗, 50 ✓      n = 6
// Product-limit (Kaplan–Meier), S(t) = Π over event times t_i ≤ t of (1 − d_i / n_i):
//   t=10: n=6, d=1 → S = 5/6
//   t=20: n=5 (the censored 20 is still at risk at 20), d=1 → S = 5/6 · 4/5 = 2/3
//         then 2 leave (one event, one censored) → n = 3
//   t=30: n=3, d=1 → S = 2/3 · 2/3 = 4/9
//   t=40: censored only: no step, n 2 → 1
//   t=50: n=1, d=1 → S = 4/9 · 0 = 0
const HISTORY: SlaHistoryEntry[] = [
  { minutes: 30, observed: true },
  { minutes: 20, observed: false },
  { minutes: 10, observed: true },
  { minutes: 50, observed: true },
  { minutes: 20, observed: true },
  { minutes: 40, observed: false },
];

describe('kaplanMeier', () => {
  it('computes the product-limit estimate with censoring', () => {
    const curve = kaplanMeier(HISTORY);
    expect(curve.times).toEqual([10, 20, 30, 50]);
    expect(curve.survival[0]).toBeCloseTo(5 / 6, 12);
    expect(curve.survival[1]).toBeCloseTo(2 / 3, 12);
    expect(curve.survival[2]).toBeCloseTo(4 / 9, 12);
    expect(curve.survival[3]).toBe(0);
    expect(curve.sampleSize).toBe(6);
  });

  it('at(t) is a right-continuous step function', () => {
    const curve = kaplanMeier(HISTORY);
    expect(curve.at(0)).toBe(1);
    expect(curve.at(9.99)).toBe(1);
    expect(curve.at(10)).toBeCloseTo(5 / 6, 12);
    expect(curve.at(25)).toBeCloseTo(2 / 3, 12);
    expect(curve.at(45)).toBeCloseTo(4 / 9, 12);
    expect(curve.at(50)).toBe(0);
    expect(curve.at(1000)).toBe(0);
  });

  it('handles tied events and an all-censored history', () => {
    // 5 ✓, 5 ✓, 10 ✓, 10 ✗: t=5: n=4, d=2 → 1/2; t=10: n=2, d=1 → 1/2 · 1/2 = 1/4
    const tied = kaplanMeier([
      { minutes: 5, observed: true },
      { minutes: 10, observed: true },
      { minutes: 5, observed: true },
      { minutes: 10, observed: false },
    ]);
    expect(tied.times).toEqual([5, 10]);
    expect(tied.survival).toEqual([0.5, 0.25]);
    // Nothing observed: no steps, S = 1 everywhere
    const censored = kaplanMeier([{ minutes: 5, observed: false }]);
    expect(censored.times).toEqual([]);
    expect(censored.at(100)).toBe(1);
    expect(kaplanMeier([]).sampleSize).toBe(0);
  });
});

describe('predictBreach', () => {
  // Active firstReply clock: 15 min elapsed of a 35 min target, 20 min left
  const running = instance({ targetMinutes: 35, elapsedSeconds: 900, elapsedMinutes: 15, remainingMinutes: 20, remainingCalendarMinutes: 20, diffMinutes: 20 });

  it('is S(target) / S(elapsed) from the history', () => {
    // S(35) / S(15) = (4/9) / (5/6) = 24/45 = 8/15 ≈ 0.533 → medium (0.3 ≤ p < 0.6)
    const prediction = predictBreach({ instance: running, history: HISTORY, minHistory: 5 });
    expect(prediction.probability).toBeCloseTo(8 / 15, 12);
    expect(prediction).toMatchObject({ band: 'medium', basis: 'history', sampleSize: 6, queueAdjusted: false, remainingMinutes: 20, remainingCalendarMinutes: 20 });
    expect(prediction.survivalAtElapsed).toBeCloseTo(5 / 6, 12);
    expect(prediction.survivalAtTarget).toBeCloseTo(4 / 9, 12);
    expect(prediction.explanation).toMatch(/53%/);
    // The curve can be passed instead of the raw history
    expect(predictBreach({ instance: running, history: kaplanMeier(HISTORY), minHistory: 5 })).toEqual(prediction);
  });

  it('uses the exact elapsed time, not whole minutes', () => {
    // 25 min elapsed (1500 s), target 45: S(45) / S(25) = (4/9) / (2/3) = 2/3 → high
    const later = instance({ targetMinutes: 45, elapsedSeconds: 1500, elapsedMinutes: 25, remainingMinutes: 20 });
    expect(predictBreach({ instance: later, history: HISTORY, minHistory: 5 }).probability).toBeCloseTo(2 / 3, 12);
    expect(predictBreach({ instance: later, history: HISTORY, minHistory: 5 }).band).toBe('high');
    // 599 s = 9.98 min is before the first event (10): S(9.98) = 1; target 35 → 4/9
    const early = instance({ targetMinutes: 35, elapsedSeconds: 599, elapsedMinutes: 9 });
    expect(predictBreach({ instance: early, history: HISTORY, minHistory: 5 }).probability).toBeCloseTo(4 / 9, 12);
    // 600 s = 10 min exactly: S(10) = 5/6 → (4/9)/(5/6) = 8/15
    const atTen = instance({ targetMinutes: 35, elapsedSeconds: 600, elapsedMinutes: 10 });
    expect(predictBreach({ instance: atTen, history: HISTORY, minHistory: 5 }).probability).toBeCloseTo(8 / 15, 12);
  });

  it('low band and the older-than-all case', () => {
    // 45 min elapsed, target 55: S(55) / S(45) = 0 / (4/9) = 0 → low
    expect(predictBreach({ instance: instance({ targetMinutes: 55, elapsedSeconds: 2700 }), history: HISTORY, minHistory: 5 })).toMatchObject({ probability: 0, band: 'low' });
    // 55 min elapsed: S(55) = 0 → every similar clock had finished → assume 1
    const old = predictBreach({ instance: instance({ targetMinutes: 60, elapsedSeconds: 3300 }), history: HISTORY, minHistory: 5 });
    expect(old).toMatchObject({ probability: 1, band: 'high', basis: 'history' });
  });

  it('is 1 once breached', () => {
    expect(predictBreach({ instance: breached(), history: HISTORY, minHistory: 5 })).toMatchObject({ probability: 1, band: 'high', basis: 'already_breached' });
    // even with no history at all
    expect(predictBreach({ instance: breached({ state: 'paused', deadline: null }), history: [] })).toMatchObject({ probability: 1, basis: 'already_breached' });
  });

  it('is null for a paused or closed clock', () => {
    for (const stopped of [instance({ state: 'paused', deadline: null, remainingCalendarMinutes: null }), achieved()]) {
      expect(predictBreach({ instance: stopped, history: HISTORY, minHistory: 5 })).toMatchObject({ probability: null, band: null, basis: 'not_running' });
    }
  });

  it('is null with too little history (default minimum 20)', () => {
    expect(predictBreach({ instance: running, history: HISTORY })).toMatchObject({ probability: null, band: null, basis: 'insufficient_history', sampleSize: 6 });
    // 20 entries are enough
    const twenty = Array.from({ length: 20 }, (_, index) => ({ minutes: index + 1, observed: true }));
    expect(predictBreach({ instance: running, history: twenty }).basis).toBe('history');
    // 19 are not
    expect(predictBreach({ instance: running, history: twenty.slice(1) }).basis).toBe('insufficient_history');
  });

  it('raises the chance to 0.9 when the queue cannot be cleared in time', () => {
    // position 3 at 4 replies/h → 0.75 h = 45 min > 20 min left → max(8/15, 0.9) = 0.9
    const slow = predictBreach({ instance: running, history: HISTORY, minHistory: 5, queue: { position: 3, repliesPerBusinessHour: 4 } });
    expect(slow).toMatchObject({ probability: 0.9, band: 'high', basis: 'history', queueAdjusted: true });
    // position 1 at 6/h → 10 min < 20 → no adjustment
    const fast = predictBreach({ instance: running, history: HISTORY, minHistory: 5, queue: { position: 1, repliesPerBusinessHour: 6 } });
    expect(fast.probability).toBeCloseTo(8 / 15, 12);
    expect(fast.queueAdjusted).toBe(false);
    // exactly the time left (2 at 6/h = 20 min, not > 20) → no adjustment
    expect(predictBreach({ instance: running, history: HISTORY, minHistory: 5, queue: { position: 2, repliesPerBusinessHour: 6 } }).queueAdjusted).toBe(false);
    // an agent who is not replying at all: infinite queue time
    expect(predictBreach({ instance: running, history: HISTORY, minHistory: 5, queue: { position: 1, repliesPerBusinessHour: 0 } }).probability).toBe(0.9);
    // already above 0.9 from history: unchanged and not marked as adjusted
    const old = instance({ targetMinutes: 60, elapsedSeconds: 3300, remainingMinutes: 5 });
    expect(predictBreach({ instance: old, history: HISTORY, minHistory: 5, queue: { position: 3, repliesPerBusinessHour: 4 } })).toMatchObject({ probability: 1, queueAdjusted: false });
  });

  it('falls back to the queue alone when history is short', () => {
    expect(predictBreach({ instance: running, history: [], queue: { position: 3, repliesPerBusinessHour: 4 } })).toMatchObject({ probability: 0.9, band: 'high', basis: 'queue', queueAdjusted: true });
    expect(predictBreach({ instance: running, history: [], queue: { position: 1, repliesPerBusinessHour: 6 } }).probability).toBeNull();
  });

  it('applies custom band thresholds', () => {
    // p = 8/15 ≈ 0.533
    expect(predictBreach({ instance: running, history: HISTORY, minHistory: 5, bandThresholds: [0.5, 0.2] }).band).toBe('high');
    expect(predictBreach({ instance: running, history: HISTORY, minHistory: 5, bandThresholds: [0.9, 0.5] }).band).toBe('medium');
    expect(predictBreach({ instance: running, history: HISTORY, minHistory: 5, bandThresholds: [0.95, 0.6] }).band).toBe('low');
    // boundaries are inclusive: p = 8/15 with thresholds [8/15, …] → high
    expect(predictBreach({ instance: running, history: HISTORY, minHistory: 5, bandThresholds: [8 / 15, 0.1] }).band).toBe('high');
  });

  it('rejects a bad queue', () => {
    expect(() => predictBreach({ instance: running, history: HISTORY, queue: { position: 0, repliesPerBusinessHour: 4 } })).toThrow(SlaInputError);
    expect(() => predictBreach({ instance: running, history: HISTORY, queue: { position: 1, repliesPerBusinessHour: -1 } })).toThrow(SlaInputError);
    expect(() => predictBreach({ instance: running, history: HISTORY, queue: { position: Number.NaN, repliesPerBusinessHour: 1 } })).toThrow(SlaInputError);
  });
});

describe('rankTicketsAtRisk', () => {
  function candidate(ticketId: string, probability: number | null, remainingCalendarMinutes: number | null): AtRiskCandidate {
    const prediction = { probability } as BreachPrediction;
    return { ticketId, instance: instance({ remainingCalendarMinutes }), prediction };
  }
  const candidates = [
    candidate('A', 0.5, 40),
    candidate('B', 0.9, 30),
    candidate('C', null, 5),
    candidate('D', 0.9, 10),
    candidate('E', 0.2, 1),
    candidate('F', null, null),
  ];

  it('orders by probability, then nearest deadline; unknown chances last by deadline', () => {
    expect(rankTicketsAtRisk(candidates).map((entry) => entry.ticketId)).toEqual(['D', 'B', 'A', 'E', 'C', 'F']);
  });

  it('applies the limit and the minimum probability', () => {
    expect(rankTicketsAtRisk(candidates, { limit: 2 }).map((entry) => entry.ticketId)).toEqual(['D', 'B']);
    expect(rankTicketsAtRisk(candidates, { limit: 0 })).toEqual([]);
    // E (0.2) drops out; unknown chances stay
    expect(rankTicketsAtRisk(candidates, { minimumProbability: 0.3 }).map((entry) => entry.ticketId)).toEqual(['D', 'B', 'A', 'C', 'F']);
  });

  it('does not reorder its input', () => {
    const before = candidates.map((entry) => entry.ticketId);
    rankTicketsAtRisk(candidates);
    expect(candidates.map((entry) => entry.ticketId)).toEqual(before);
  });

  it('ranks real predictions', () => {
    const soon = instance({ targetMinutes: 45, elapsedSeconds: 1500, remainingMinutes: 20, remainingCalendarMinutes: 20 }); // 2/3
    const calm = instance({ targetMinutes: 35, elapsedSeconds: 900, remainingMinutes: 20, remainingCalendarMinutes: 20 }); // 8/15
    const late = breached({ remainingCalendarMinutes: -5 }); // 1
    const ranked = rankTicketsAtRisk(
      [
        { ticketId: 'calm', instance: calm, prediction: predictBreach({ instance: calm, history: HISTORY, minHistory: 5 }) },
        { ticketId: 'soon', instance: soon, prediction: predictBreach({ instance: soon, history: HISTORY, minHistory: 5 }) },
        { ticketId: 'late', instance: late, prediction: predictBreach({ instance: late, history: HISTORY, minHistory: 5 }) },
      ],
      { limit: 2 },
    );
    expect(ranked.map((entry) => entry.ticketId)).toEqual(['late', 'soon']);
  });
});
