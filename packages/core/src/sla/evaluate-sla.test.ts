import { describe, expect, it } from 'vitest';
import { evaluateSla, type EvaluateSlaInput, type InstantInput, type SlaEvaluation, type SlaInstance, type SlaMetric, type SlaPolicy, type TicketEventInput } from '../index.js';
import { ev, iso, mon, NINE_TO_FIVE_UTC, on, policyOf } from './__fixtures__/sla-fixtures.js';

// All instants are on Monday 2026-03-02 (UTC) unless `on(day, …)` says otherwise. Targets count calendar
// time unless `businessHours: true`.

function evaluate(events: TicketEventInput[], policy: SlaPolicy, now: InstantInput, extra: Partial<EvaluateSlaInput> = {}): SlaEvaluation {
  return evaluateSla({ ticket: { events }, policy, now, ...extra });
}

function instancesOf(evaluation: SlaEvaluation, metric: SlaMetric): SlaInstance[] {
  return evaluation.metrics[metric] ?? [];
}

/** The single instance of a metric (fails when there is not exactly one). */
function only(evaluation: SlaEvaluation, metric: SlaMetric): SlaInstance {
  const instances = instancesOf(evaluation, metric);
  expect(instances, `instances of ${metric}`).toHaveLength(1);
  return instances[0]!;
}

describe('firstReply', () => {
  const policy = policyOf([{ metric: 'firstReply', targetMinutes: 60 }]);

  it('is achieved by the first agent reply', () => {
    // Created 09:00, reply 09:40: elapsed 40 min = 2400 s; deadline 09:00 + 60 = 10:00; diff 60 − 40 = 20
    const result = evaluate([ev.created(mon('09:00')), ev.reply(mon('09:40')), ev.reply(mon('09:50'))], policy, mon('12:00'));
    expect(only(result, 'firstReply')).toEqual({
      metric: 'firstReply',
      priorityApplied: null,
      targetMinutes: 60,
      businessHours: false,
      startedAt: iso(mon('09:00')),
      fulfilledAt: iso(mon('09:40')),
      state: 'closed',
      breached: false,
      deadline: iso(mon('10:00')),
      elapsedSeconds: 2400,
      elapsedMinutes: 40,
      remainingMinutes: 20,
      remainingCalendarMinutes: null,
      diffMinutes: 20,
      level: 'achieved',
    });
  });

  it('is ok while more than 15 minutes remain, at risk below that', () => {
    const events = [ev.created(mon('09:00'))];
    // now 09:30: elapsed 1800 s; 3600 − 1800 = 1800 ≥ 900 → ok; deadline 10:00 is 30 min away
    const early = only(evaluate(events, policy, mon('09:30')), 'firstReply');
    expect(early).toMatchObject({ state: 'active', elapsedSeconds: 1800, remainingMinutes: 30, remainingCalendarMinutes: 30, deadline: iso(mon('10:00')), level: 'ok' });
    // now 09:45:00: 3600 − 2700 = 900, not < 900 → still ok
    expect(only(evaluate(events, policy, mon('09:45:00')), 'firstReply').level).toBe('ok');
    // now 09:45:01: 3600 − 2701 = 899 < 900 → at_risk; elapsedMinutes floor(2701/60) = 45; remaining 15;
    // remainingCalendarMinutes floor((10:00 − 09:45:01)/60) = floor(899/60) = 14
    expect(only(evaluate(events, policy, mon('09:45:01')), 'firstReply')).toMatchObject({
      level: 'at_risk',
      elapsedSeconds: 2701,
      elapsedMinutes: 45,
      remainingMinutes: 15,
      diffMinutes: 15,
      remainingCalendarMinutes: 14,
    });
    // now 09:50: elapsed 3000, 600 < 900 → at_risk
    expect(only(evaluate(events, policy, mon('09:50')), 'firstReply')).toMatchObject({ level: 'at_risk', remainingCalendarMinutes: 10 });
  });

  it('honours warnBeforeMinutes', () => {
    // warn 30 min: at 09:40, 3600 − 2400 = 1200 < 1800 → at_risk
    const warned = policyOf([{ metric: 'firstReply', targetMinutes: 60 }], { warnBeforeMinutes: 30 });
    expect(only(evaluate([ev.created(mon('09:00'))], warned, mon('09:40')), 'firstReply').level).toBe('at_risk');
    // warn 0: never at risk before the deadline (at 09:59:59, 1 s left, 1 < 0 is false)
    const never = policyOf([{ metric: 'firstReply', targetMinutes: 60 }], { warnBeforeMinutes: 0 });
    expect(only(evaluate([ev.created(mon('09:00'))], never, mon('09:59:59')), 'firstReply').level).toBe('ok');
  });

  it('is breached once now passes the deadline', () => {
    // now 10:30, no reply: elapsed 90 min; diff 60 − 90 = −30; remaining max(0, −30) = 0; 10:00 − 10:30 = −30 min
    expect(only(evaluate([ev.created(mon('09:00'))], policy, mon('10:30')), 'firstReply')).toMatchObject({
      state: 'active',
      breached: true,
      level: 'breached',
      elapsedSeconds: 5400,
      elapsedMinutes: 90,
      diffMinutes: -30,
      remainingMinutes: 0,
      remainingCalendarMinutes: -30,
      deadline: iso(mon('10:00')),
    });
  });

  it('a reply exactly at the deadline is on time, one second later is breached', () => {
    const atDeadline = only(evaluate([ev.created(mon('09:00')), ev.reply(mon('10:00:00'))], policy, mon('12:00')), 'firstReply');
    expect(atDeadline).toMatchObject({ breached: false, level: 'achieved', elapsedSeconds: 3600, diffMinutes: 0 });
    const late = only(evaluate([ev.created(mon('09:00')), ev.reply(mon('10:00:01'))], policy, mon('12:00')), 'firstReply');
    // 3601 s → elapsedMinutes 60, diff 0, but 10:00:01 > 10:00:00 → breached
    expect(late).toMatchObject({ breached: true, level: 'breached', elapsedSeconds: 3601, elapsedMinutes: 60, diffMinutes: 0 });
  });

  it('now exactly at the deadline is not breached, one second later is', () => {
    // now = 10:00:00: end (now) > deadline is false; 0 s left < 900 → at_risk
    expect(only(evaluate([ev.created(mon('09:00'))], policy, mon('10:00:00')), 'firstReply')).toMatchObject({
      breached: false,
      level: 'at_risk',
      remainingCalendarMinutes: 0,
    });
    // now = 10:00:01: breached; floor(−1/60) = −1
    expect(only(evaluate([ev.created(mon('09:00'))], policy, mon('10:00:01')), 'firstReply')).toMatchObject({
      breached: true,
      remainingCalendarMinutes: -1,
    });
  });

  it('is never fulfilled by a customer message, a note or an assignment', () => {
    const events = [ev.created(mon('09:00')), ev.customer(mon('09:05')), ev.note(mon('09:10')), ev.assign(mon('09:15'), 'agent-1')];
    expect(only(evaluate(events, policy, mon('09:30')), 'firstReply')).toMatchObject({ state: 'active', fulfilledAt: null, elapsedSeconds: 1800 });
  });

  it('a zero-minute target is met only by a reply at creation', () => {
    const zero = policyOf([{ metric: 'firstReply', targetMinutes: 0 }]);
    expect(only(evaluate([ev.created(mon('09:00')), ev.reply(mon('09:00'))], zero, mon('10:00')), 'firstReply').breached).toBe(false);
    expect(only(evaluate([ev.created(mon('09:00')), ev.reply(mon('09:00:01'))], zero, mon('10:00')), 'firstReply').breached).toBe(true);
  });
});

describe('nextReply', () => {
  const policy = policyOf([{ metric: 'nextReply', targetMinutes: 30 }]);
  const events = [
    ev.created(mon('09:00')),
    ev.customer(mon('09:05')), // before the first agent reply: starts nothing
    ev.reply(mon('09:10')),
    ev.customer(mon('09:20')), // starts wait #1
    ev.customer(mon('09:25')), // a wait is already open: no second one
    ev.reply(mon('10:00')), // fulfils #1
    ev.customer(mon('10:10')), // starts wait #2
    ev.status(mon('10:20'), 'solved'), // fulfils #2
  ];

  it('starts one wait per unanswered customer message after the first reply', () => {
    const [first, second, ...rest] = instancesOf(evaluate(events, policy, mon('11:00')), 'nextReply');
    expect(rest).toHaveLength(0);
    // #1: 09:20 → 10:00 = 40 min > 30; deadline 09:50 < 10:00 → breached
    expect(first).toMatchObject({
      startedAt: iso(mon('09:20')),
      fulfilledAt: iso(mon('10:00')),
      elapsedSeconds: 2400,
      deadline: iso(mon('09:50')),
      breached: true,
      level: 'breached',
      diffMinutes: -10,
    });
    // #2: 10:10 → solved 10:20 = 10 min; deadline 10:40 → achieved
    expect(second).toMatchObject({ startedAt: iso(mon('10:10')), fulfilledAt: iso(mon('10:20')), elapsedSeconds: 600, state: 'closed', breached: false, level: 'achieved' });
  });

  it('shows an open wait as active', () => {
    // now 09:30: wait #1 has run 10 min of 30; deadline 09:50
    expect(only(evaluate(events, policy, mon('09:30')), 'nextReply')).toMatchObject({ state: 'active', elapsedSeconds: 600, deadline: iso(mon('09:50')), remainingMinutes: 20 });
  });

  it('a note does not answer the customer', () => {
    const withNote = [ev.created(mon('09:00')), ev.reply(mon('09:10')), ev.customer(mon('09:20')), ev.note(mon('09:25'))];
    expect(only(evaluate(withNote, policy, mon('09:40')), 'nextReply')).toMatchObject({ state: 'active', elapsedSeconds: 1200 });
  });

  it('nextReplyIncludesFirst lets a customer-created ticket start a wait at creation', () => {
    const including = policyOf([{ metric: 'nextReply', targetMinutes: 30 }], { nextReplyIncludesFirst: true });
    const result = evaluate([ev.created(mon('09:00')), ev.reply(mon('09:10'))], including, mon('10:00'));
    // 09:00 → 09:10 = 600 s
    expect(only(result, 'nextReply')).toMatchObject({ startedAt: iso(mon('09:00')), fulfilledAt: iso(mon('09:10')), elapsedSeconds: 600, level: 'achieved' });
    // Without the flag nothing starts at creation
    expect(evaluate([ev.created(mon('09:00')), ev.reply(mon('09:10'))], policy, mon('10:00')).metrics.nextReply).toBeUndefined();
    // An agent-created ticket starts no wait at creation even with the flag
    expect(evaluate([ev.created(mon('09:00'), { by: 'agent' })], including, mon('10:00')).metrics.nextReply).toBeUndefined();
  });
});

describe('periodicUpdate and pausableUpdate', () => {
  const policy = policyOf([
    { metric: 'periodicUpdate', targetMinutes: 120 },
    { metric: 'pausableUpdate', targetMinutes: 60 },
  ]);
  const events = [
    ev.created(mon('09:00')), // by the customer: starts no update clock
    ev.reply(mon('09:30')), // starts periodic #1 and pausable #1
    ev.status(mon('09:40'), 'pending'),
    ev.status(mon('10:10'), 'open'),
  ];

  it('pausableUpdate pauses while pending, periodicUpdate does not', () => {
    const result = evaluate(events, policy, mon('10:20'));
    // periodic: 09:30 → 10:20 = 50 min; deadline 09:30 + 120 = 11:30
    expect(only(result, 'periodicUpdate')).toMatchObject({ startedAt: iso(mon('09:30')), state: 'active', elapsedSeconds: 3000, deadline: iso(mon('11:30')) });
    // pausable: 09:30–09:40 (10) + 10:10–10:20 (10) = 20 min; deadline 09:30 + 60 + 30 paused = 11:00
    expect(only(result, 'pausableUpdate')).toMatchObject({ state: 'active', elapsedSeconds: 1200, deadline: iso(mon('11:00')) });
    // while pending (now 10:00): pausable paused at 10 min, deadline null; periodic active
    const pending = evaluate(events, policy, mon('10:00'));
    expect(only(pending, 'pausableUpdate')).toMatchObject({ state: 'paused', elapsedSeconds: 600, deadline: null, remainingCalendarMinutes: null, level: 'paused' });
    expect(only(pending, 'periodicUpdate')).toMatchObject({ state: 'active', elapsedSeconds: 1800 });
  });

  it('each agent reply fulfils the open update and starts the next one', () => {
    const result = evaluate([...events, ev.reply(mon('10:30'))], policy, mon('11:00'));
    const periodic = instancesOf(result, 'periodicUpdate');
    const pausable = instancesOf(result, 'pausableUpdate');
    expect(periodic).toHaveLength(2);
    expect(pausable).toHaveLength(2);
    // periodic #1: 09:30 → 10:30 = 3600 s; #2 10:30 → now 11:00 = 1800 s
    expect(periodic[0]).toMatchObject({ fulfilledAt: iso(mon('10:30')), elapsedSeconds: 3600, level: 'achieved' });
    expect(periodic[1]).toMatchObject({ startedAt: iso(mon('10:30')), state: 'active', elapsedSeconds: 1800 });
    // pausable #1: 10 min + 10:10–10:30 (20 min) = 1800 s
    expect(pausable[0]).toMatchObject({ fulfilledAt: iso(mon('10:30')), elapsedSeconds: 1800, level: 'achieved' });
    expect(pausable[1]).toMatchObject({ startedAt: iso(mon('10:30')), elapsedSeconds: 1800 });
  });

  it('breaches a gap longer than the target', () => {
    // periodic from 09:30, now 12:00: 150 min > 120, deadline 11:30
    const result = evaluate([ev.created(mon('09:00')), ev.reply(mon('09:30'))], policy, mon('12:00'));
    expect(only(result, 'periodicUpdate')).toMatchObject({ breached: true, elapsedSeconds: 9000, deadline: iso(mon('11:30')) });
  });

  it('a pausableUpdate started while pending starts paused', () => {
    const result = evaluate([ev.created(mon('09:00')), ev.status(mon('09:10'), 'pending'), ev.reply(mon('09:20'))], policy, mon('10:00'));
    expect(only(result, 'pausableUpdate')).toMatchObject({ startedAt: iso(mon('09:20')), state: 'paused', elapsedSeconds: 0 });
    expect(only(result, 'periodicUpdate')).toMatchObject({ state: 'active', elapsedSeconds: 2400 });
  });

  it('a note starts no update', () => {
    expect(evaluate([ev.created(mon('09:00')), ev.note(mon('09:10'))], policy, mon('10:00')).metrics.periodicUpdate).toBeUndefined();
  });
});

describe('requesterWait, agentWork and resolution', () => {
  const policy = policyOf([
    { metric: 'requesterWait', targetMinutes: 240 },
    { metric: 'agentWork', targetMinutes: 240 },
    { metric: 'resolution', targetMinutes: 240 },
  ]);
  const events = [
    ev.created(mon('09:00')),
    ev.status(mon('10:00'), 'pending'),
    ev.status(mon('11:00'), 'on_hold'),
    ev.status(mon('12:00'), 'open'),
    ev.status(mon('13:00'), 'solved'),
  ];

  it('count until solved with their own pauses', () => {
    const result = evaluate(events, policy, mon('14:00'));
    // requesterWait pauses on pending only: 4 h − 1 h = 3 h; deadline 09:00 + 4 h + 1 h = 14:00
    expect(only(result, 'requesterWait')).toMatchObject({ state: 'closed', fulfilledAt: iso(mon('13:00')), elapsedSeconds: 10800, deadline: iso(mon('14:00')), level: 'achieved' });
    // agentWork pauses on pending and on_hold: 4 h − 2 h = 2 h; deadline 09:00 + 4 h + 2 h = 15:00
    expect(only(result, 'agentWork')).toMatchObject({ elapsedSeconds: 7200, deadline: iso(mon('15:00')), level: 'achieved' });
    // resolution never pauses: 4 h = target exactly; deadline 13:00 = solve time → on time
    expect(only(result, 'resolution')).toMatchObject({ elapsedSeconds: 14400, deadline: iso(mon('13:00')), breached: false, diffMinutes: 0, level: 'achieved' });
  });

  it('mid-way: on hold pauses agentWork only', () => {
    const result = evaluate(events, policy, mon('11:30'));
    // requesterWait: 09–10 + 11:00–11:30 = 1.5 h, active, deadline 14:00
    expect(only(result, 'requesterWait')).toMatchObject({ state: 'active', elapsedSeconds: 5400, deadline: iso(mon('14:00')), remainingCalendarMinutes: 150 });
    // agentWork: paused since 10:00 with 1 h counted
    expect(only(result, 'agentWork')).toMatchObject({ state: 'paused', elapsedSeconds: 3600, deadline: null, level: 'paused', remainingMinutes: 180 });
    // resolution: 2.5 h
    expect(only(result, 'resolution')).toMatchObject({ state: 'active', elapsedSeconds: 9000, deadline: iso(mon('13:00')) });
  });

  it('closing straight from open fulfils them too', () => {
    const result = evaluate([ev.created(mon('09:00')), ev.status(mon('10:00'), 'closed')], policy, mon('11:00'));
    expect(only(result, 'resolution')).toMatchObject({ state: 'closed', fulfilledAt: iso(mon('10:00')), elapsedSeconds: 3600 });
  });

  it('lists instances in start order, metrics in table order', () => {
    const all = policyOf([
      { metric: 'resolution', targetMinutes: 240 },
      { metric: 'agentWork', targetMinutes: 240 },
      { metric: 'requesterWait', targetMinutes: 240 },
      { metric: 'firstReply', targetMinutes: 60 },
      { metric: 'periodicUpdate', targetMinutes: 60 },
    ]);
    const result = evaluate([ev.created(mon('09:00')), ev.reply(mon('09:10'))], all, mon('09:30'));
    expect(result.instances.map((instance) => instance.metric)).toEqual(['firstReply', 'requesterWait', 'agentWork', 'resolution', 'periodicUpdate']);
  });
});

describe('agent-created tickets', () => {
  const policy = policyOf([
    { metric: 'firstReply', targetMinutes: 60 },
    { metric: 'nextReply', targetMinutes: 30 },
    { metric: 'periodicUpdate', targetMinutes: 120 },
  ]);

  it('the public opening comment is not a first reply but starts an update', () => {
    const events = [ev.created(mon('09:00'), { by: 'agent' }), ev.customer(mon('09:30')), ev.reply(mon('10:00'))];
    const result = evaluate(events, policy, mon('10:30'));
    // firstReply: 09:00 → first agent_reply 10:00 = 3600 s = target; deadline 10:00 → on time
    expect(only(result, 'firstReply')).toMatchObject({ startedAt: iso(mon('09:00')), fulfilledAt: iso(mon('10:00')), elapsedSeconds: 3600, breached: false });
    // periodicUpdate #1 from the opening comment (09:00 → 10:00), #2 from the reply (10:00 → now 10:30)
    const periodic = instancesOf(result, 'periodicUpdate');
    expect(periodic.map((instance) => [instance.startedAt, instance.elapsedSeconds])).toEqual([
      [iso(mon('09:00')), 3600],
      [iso(mon('10:00')), 1800],
    ]);
    // The customer message came before the first agent reply: no next-reply wait
    expect(result.metrics.nextReply).toBeUndefined();
  });

  it('a private opening starts no update', () => {
    const result = evaluate([ev.created(mon('09:00'), { by: 'agent', public: false }), ev.reply(mon('10:00'))], policy, mon('10:30'));
    expect(instancesOf(result, 'periodicUpdate').map((instance) => instance.startedAt)).toEqual([iso(mon('10:00'))]);
  });

  it('firstReply is still running before any agent reply', () => {
    const result = evaluate([ev.created(mon('09:00'), { by: 'agent' })], policy, mon('09:20'));
    expect(only(result, 'firstReply')).toMatchObject({ state: 'active', elapsedSeconds: 1200 });
  });
});

describe('pauses per metric and pauseOn', () => {
  const all = [
    { metric: 'firstReply' as const, targetMinutes: 600 },
    { metric: 'requesterWait' as const, targetMinutes: 600 },
    { metric: 'agentWork' as const, targetMinutes: 600 },
    { metric: 'resolution' as const, targetMinutes: 600 },
  ];
  // pending 09:10–09:20, on hold 09:20–09:30, open again from 09:30; now 10:00 (60 min after creation)
  const events = [
    ev.created(mon('09:00')),
    ev.status(mon('09:10'), 'pending'),
    ev.status(mon('09:20'), 'on_hold'),
    ev.status(mon('09:30'), 'open'),
  ];
  const elapsed = (policy: SlaPolicy) => {
    const result = evaluate(events, policy, mon('10:00'));
    return Object.fromEntries(result.instances.map((instance) => [instance.metric, instance.elapsedSeconds / 60]));
  };

  it('uses the defaults without pauseOn', () => {
    // firstReply and resolution never pause (60); requesterWait pauses on pending (50); agentWork on both (40)
    expect(elapsed(policyOf(all))).toEqual({ firstReply: 60, requesterWait: 50, agentWork: 40, resolution: 60 });
  });

  it('an array applies to every metric and replaces the defaults', () => {
    // every metric pauses on on_hold only: 60 − 10 = 50 (pending no longer pauses requesterWait/agentWork)
    expect(elapsed(policyOf(all, { pauseOn: ['on_hold'] }))).toEqual({ firstReply: 50, requesterWait: 50, agentWork: 50, resolution: 50 });
    // an empty array stops all pausing
    expect(elapsed(policyOf(all, { pauseOn: [] }))).toEqual({ firstReply: 60, requesterWait: 60, agentWork: 60, resolution: 60 });
  });

  it('an object overrides the named metrics, others keep their defaults', () => {
    // firstReply pauses on pending (50), resolution on pending + on_hold (40); requesterWait 50 and agentWork 40 as default
    expect(elapsed(policyOf(all, { pauseOn: { firstReply: ['pending'], resolution: ['pending', 'on_hold'] } }))).toEqual({
      firstReply: 50,
      requesterWait: 50,
      agentWork: 40,
      resolution: 40,
    });
    // an override can remove pausing: agentWork no longer pauses → 60
    expect(elapsed(policyOf(all, { pauseOn: { agentWork: [] } }))).toEqual({ firstReply: 60, requesterWait: 50, agentWork: 60, resolution: 60 });
  });

  it('a ticket created pending starts the pausing clocks paused', () => {
    const result = evaluate([ev.created(mon('09:00'), { status: 'pending' }), ev.status(mon('09:30'), 'open')], policyOf(all), mon('10:00'));
    expect(Object.fromEntries(result.instances.map((instance) => [instance.metric, instance.elapsedSeconds / 60]))).toEqual({
      firstReply: 60,
      requesterWait: 30,
      agentWork: 30,
      resolution: 60,
    });
  });
});

describe('priority', () => {
  const policy = policyOf([
    { metric: 'firstReply', targetMinutes: 120 }, // any priority without its own
    { metric: 'firstReply', priority: 'urgent', targetMinutes: 30 },
    { metric: 'resolution', priority: 'high', targetMinutes: 480 },
  ]);

  it('takes the opening priority from created, else the ticket, else none', () => {
    const created = (priority?: 'low' | 'urgent') => ev.created(mon('09:00'), priority ? { priority } : {});
    const run = (events: TicketEventInput[], ticketPriority?: 'urgent' | null) =>
      evaluateSla({ ticket: { events, priority: ticketPriority }, policy, now: mon('09:10') });
    expect(only(run([created('urgent')]), 'firstReply')).toMatchObject({ priorityApplied: 'urgent', targetMinutes: 30 });
    expect(only(run([created()], 'urgent'), 'firstReply')).toMatchObject({ priorityApplied: 'urgent', targetMinutes: 30 });
    // created.priority wins over ticket.priority; low has no own target → the any-priority 120
    expect(only(run([created('low')], 'urgent'), 'firstReply')).toMatchObject({ priorityApplied: 'low', targetMinutes: 120 });
    // no priority at all → any-priority target, priorityApplied null; resolution (high only) not tracked
    const none = run([created()], null);
    expect(only(none, 'firstReply')).toMatchObject({ priorityApplied: null, targetMinutes: 120 });
    expect(none.metrics.resolution).toBeUndefined();
  });

  it('an open clock takes the new priority’s target', () => {
    const events = [ev.created(mon('09:00'), { priority: 'normal' }), ev.priority(mon('09:20'), 'urgent')];
    // now 09:25: target 30 from 09:00 → deadline 09:30; elapsed 25 min; 5 min left → at_risk
    expect(only(evaluate(events, policy, mon('09:25')), 'firstReply')).toMatchObject({
      priorityApplied: 'normal',
      targetMinutes: 30,
      deadline: iso(mon('09:30')),
      elapsedSeconds: 1500,
      remainingMinutes: 5,
      breached: false,
      level: 'at_risk',
    });
    // now 09:40: 09:40 > 09:30 → breached (the old 120 target would have allowed until 11:00)
    expect(only(evaluate(events, policy, mon('09:40')), 'firstReply')).toMatchObject({ targetMinutes: 30, breached: true, elapsedSeconds: 2400 });
  });

  it('a clock whose new priority has no target disappears', () => {
    const events = [ev.created(mon('09:00'), { priority: 'high' }), ev.priority(mon('10:00'), 'low')];
    expect(only(evaluate(events, policy, mon('09:30')), 'resolution')).toMatchObject({ priorityApplied: 'high', targetMinutes: 480 });
    const after = evaluate(events, policy, mon('11:00'));
    expect(after.metrics.resolution).toBeUndefined();
    expect(after.instances.some((instance) => instance.metric === 'resolution')).toBe(false);
    // firstReply falls back to the any-priority target (120)
    expect(only(after, 'firstReply')).toMatchObject({ priorityApplied: 'high', targetMinutes: 120 });
  });

  it('a closed clock keeps its target', () => {
    // firstReply met at 09:10 under urgent (30); later change to normal does not touch it
    const events = [ev.created(mon('09:00'), { priority: 'urgent' }), ev.reply(mon('09:10')), ev.priority(mon('09:20'), 'normal')];
    expect(only(evaluate(events, policy, mon('10:00')), 'firstReply')).toMatchObject({ targetMinutes: 30, state: 'closed', elapsedSeconds: 600, level: 'achieved' });
    // resolution solved at 11:00 under high (480); priority → low afterwards keeps it
    const solved = [ev.created(mon('09:00'), { priority: 'high' }), ev.status(mon('11:00'), 'solved'), ev.priority(mon('12:00'), 'low')];
    expect(only(evaluate(solved, policy, mon('13:00')), 'resolution')).toMatchObject({ targetMinutes: 480, state: 'closed', elapsedSeconds: 7200 });
  });

  it('a breach stays recorded after a change to a longer target', () => {
    // urgent (30) from 09:00 → deadline 09:30; at 09:45 priority → low (120): 09:45 > 09:30 → breached, sticky
    const events = [ev.created(mon('09:00'), { priority: 'urgent' }), ev.priority(mon('09:45'), 'low')];
    // now 10:00: new deadline 11:00 is not passed, elapsed 60 < 120, but the breach stays
    expect(only(evaluate(events, policy, mon('10:00')), 'firstReply')).toMatchObject({
      targetMinutes: 120,
      deadline: iso(mon('11:00')),
      elapsedSeconds: 3600,
      diffMinutes: 60,
      breached: true,
      level: 'breached',
      state: 'active',
    });
    // and once answered it is still breached
    expect(only(evaluate([...events, ev.reply(mon('10:00'))], policy, mon('10:30')), 'firstReply')).toMatchObject({ state: 'closed', breached: true, level: 'breached' });
  });

  it('without the change, the same timeline is not breached', () => {
    // control: normal (120) from 09:00, reply 09:45 → on time
    expect(only(evaluate([ev.created(mon('09:00'), { priority: 'normal' }), ev.reply(mon('09:45'))], policy, mon('10:00')), 'firstReply').breached).toBe(false);
  });
});

describe('sticky breach on pause', () => {
  it('a clock breached before it pauses stays breached while paused', () => {
    const policy = policyOf([{ metric: 'requesterWait', targetMinutes: 60 }]);
    // 09:00 → pending at 10:30: deadline 10:00 < 10:30 → breached at the pause
    const result = evaluate([ev.created(mon('09:00')), ev.status(mon('10:30'), 'pending')], policy, mon('12:00'));
    expect(only(result, 'requesterWait')).toMatchObject({ state: 'paused', deadline: null, breached: true, level: 'breached', elapsedSeconds: 5400 });
  });

  it('a paused clock whose new priority has a target below its counted time is breached', () => {
    const policy = policyOf([
      { metric: 'requesterWait', priority: 'normal', targetMinutes: 120 },
      { metric: 'requesterWait', priority: 'urgent', targetMinutes: 60 },
    ]);
    // 09:00 → pending at 10:30: 90 min counted, within normal's 120; at 11:00 it becomes urgent (60 < 90)
    const events = [ev.created(mon('09:00'), { priority: 'normal' }), ev.status(mon('10:30'), 'pending'), ev.priority(mon('11:00'), 'urgent')];
    expect(only(evaluate(events, policy, mon('12:00')), 'requesterWait')).toMatchObject({
      state: 'paused',
      targetMinutes: 60,
      elapsedSeconds: 5400,
      diffMinutes: -30,
      breached: true,
      level: 'breached',
    });
  });

  it('a clock paused exactly at its deadline is not breached', () => {
    const policy = policyOf([{ metric: 'requesterWait', targetMinutes: 60 }]);
    const result = evaluate([ev.created(mon('09:00')), ev.status(mon('10:00'), 'pending')], policy, mon('12:00'));
    expect(only(result, 'requesterWait')).toMatchObject({ state: 'paused', breached: false, level: 'paused', elapsedSeconds: 3600 });
  });
});

describe('events after now', () => {
  const policy = policyOf([
    { metric: 'firstReply', targetMinutes: 60 },
    { metric: 'resolution', targetMinutes: 240 },
  ]);
  const events = [ev.created(mon('09:00')), ev.reply(mon('09:50')), ev.status(mon('11:00'), 'solved')];

  it('are ignored', () => {
    const result = evaluate(events, policy, mon('09:40'));
    expect(only(result, 'firstReply')).toMatchObject({ state: 'active', fulfilledAt: null, elapsedSeconds: 2400 });
    expect(only(result, 'resolution')).toMatchObject({ state: 'active', elapsedSeconds: 2400 });
  });

  it('an event exactly at now counts', () => {
    expect(only(evaluate(events, policy, mon('09:50')), 'firstReply')).toMatchObject({ state: 'closed', fulfilledAt: iso(mon('09:50')) });
  });

  it('events are sorted by time, ties kept in input order', () => {
    const shuffled = [events[2]!, events[0]!, events[1]!];
    expect(evaluate(shuffled, policy, mon('12:00'))).toEqual(evaluate(events, policy, mon('12:00')));
    // Same instant: the later one in the input wins
    const wait = policyOf([{ metric: 'requesterWait', targetMinutes: 600 }]);
    const pendingThenOpen = [ev.created(mon('09:00')), ev.status(mon('09:10'), 'pending'), ev.status(mon('09:10'), 'open')];
    const openThenPending = [ev.created(mon('09:00')), ev.status(mon('09:10'), 'open'), ev.status(mon('09:10'), 'pending')];
    expect(only(evaluate(pendingThenOpen, wait, mon('09:30')), 'requesterWait')).toMatchObject({ state: 'active', elapsedSeconds: 1800 });
    expect(only(evaluate(openThenPending, wait, mon('09:30')), 'requesterWait')).toMatchObject({ state: 'paused', elapsedSeconds: 600 });
  });
});

describe('reopen', () => {
  const policy = policyOf([
    { metric: 'firstReply', targetMinutes: 90 },
    { metric: 'requesterWait', targetMinutes: 240 },
    { metric: 'resolution', targetMinutes: 240 },
  ]);
  const events = [ev.created(mon('09:00')), ev.status(mon('10:00'), 'solved'), ev.status(mon('12:00'), 'open')];

  it('while solved, the resolution is closed and firstReply (never answered) is paused', () => {
    const result = evaluate(events, policy, mon('11:00'));
    expect(only(result, 'resolution')).toMatchObject({ state: 'closed', fulfilledAt: iso(mon('10:00')), elapsedSeconds: 3600 });
    expect(only(result, 'firstReply')).toMatchObject({ state: 'paused', fulfilledAt: null, deadline: null, elapsedSeconds: 3600, level: 'paused' });
    expect(result.nextDeadline).toBeNull();
  });

  it('reopening resumes the clocks without the solved time', () => {
    const result = evaluate(events, policy, mon('13:00'));
    // resolution: 09–10 + 12–13 = 2 h; deadline 09:00 + 4 h + 2 h solved = 15:00
    expect(only(result, 'resolution')).toMatchObject({ state: 'active', fulfilledAt: null, elapsedSeconds: 7200, deadline: iso(mon('15:00')), remainingCalendarMinutes: 120 });
    expect(only(result, 'requesterWait')).toMatchObject({ state: 'active', elapsedSeconds: 7200 });
    // firstReply (90): 60 min before the solve, resumed 12:00 → deadline 12:30; now 13:00: 120 min → breached
    expect(only(result, 'firstReply')).toMatchObject({ state: 'active', elapsedSeconds: 7200, deadline: iso(mon('12:30')), breached: true });
    // at 12:20: 80 min counted; 5400 − 4800 = 600 < 900 → at_risk
    expect(only(evaluate(events, policy, mon('12:20')), 'firstReply')).toMatchObject({ elapsedSeconds: 4800, level: 'at_risk', breached: false });
  });

  it('solving again fulfils them with both stretches counted', () => {
    const result = evaluate([...events, ev.status(mon('14:00'), 'solved')], policy, mon('16:00'));
    // 09–10 + 12–14 = 3 h
    expect(only(result, 'resolution')).toMatchObject({ state: 'closed', fulfilledAt: iso(mon('14:00')), elapsedSeconds: 10800, level: 'achieved' });
  });

  it('reopening to pending resumes requesterWait paused', () => {
    const toPending = [ev.created(mon('09:00')), ev.status(mon('10:00'), 'solved'), ev.status(mon('12:00'), 'pending')];
    const result = evaluate(toPending, policy, mon('13:00'));
    expect(only(result, 'requesterWait')).toMatchObject({ state: 'paused', fulfilledAt: null, elapsedSeconds: 3600, deadline: null });
    expect(only(result, 'resolution')).toMatchObject({ state: 'active', elapsedSeconds: 7200 });
  });

  it('solved → closed keeps the clocks stopped', () => {
    const closed = [ev.created(mon('09:00')), ev.status(mon('10:00'), 'solved'), ev.status(mon('12:00'), 'closed')];
    expect(only(evaluate(closed, policy, mon('13:00')), 'resolution')).toMatchObject({ state: 'closed', fulfilledAt: iso(mon('10:00')), elapsedSeconds: 3600 });
  });
});

describe('nextDeadline', () => {
  const policy = policyOf([
    { metric: 'firstReply', targetMinutes: 60 },
    { metric: 'resolution', targetMinutes: 240 },
  ]);

  it('is the earliest deadline among active clocks', () => {
    // firstReply 10:00, resolution 13:00
    expect(evaluate([ev.created(mon('09:00'))], policy, mon('09:30')).nextDeadline).toBe(iso(mon('10:00')));
    // once the first reply is in, only resolution remains
    expect(evaluate([ev.created(mon('09:00')), ev.reply(mon('09:40'))], policy, mon('09:50')).nextDeadline).toBe(iso(mon('13:00')));
    // a breached but still running clock still counts
    expect(evaluate([ev.created(mon('09:00'))], policy, mon('10:30')).nextDeadline).toBe(iso(mon('10:00')));
  });

  it('is null when every clock is paused or closed', () => {
    const pausing = policyOf(policy.targets, { pauseOn: ['pending'] });
    expect(evaluate([ev.created(mon('09:00')), ev.status(mon('09:10'), 'pending')], pausing, mon('09:30')).nextDeadline).toBeNull();
    expect(evaluate([ev.created(mon('09:00')), ev.reply(mon('09:10')), ev.status(mon('09:20'), 'solved')], policy, mon('09:30')).nextDeadline).toBeNull();
  });

  it('skips paused clocks', () => {
    // firstReply pauses on pending (deadline null); resolution does not (13:00)
    const pausing = policyOf(policy.targets, { pauseOn: { firstReply: ['pending'] } });
    expect(evaluate([ev.created(mon('09:00')), ev.status(mon('09:10'), 'pending')], pausing, mon('09:30')).nextDeadline).toBe(iso(mon('13:00')));
  });
});

describe('inputs', () => {
  it('Date and ISO inputs give the same result', () => {
    const policy = policyOf([
      { metric: 'firstReply', targetMinutes: 60, businessHours: true },
      { metric: 'resolution', targetMinutes: 480 },
      { metric: 'nextReply', targetMinutes: 30 },
    ]);
    const isoEvents = [
      ev.created(mon('16:30')),
      ev.reply(on(1, '09:15')),
      ev.customer(on(1, '09:20:30')),
      ev.status(on(1, '10:00'), 'pending'),
    ];
    const dateEvents = isoEvents.map((event) => ({ ...event, at: new Date(event.at) }));
    const fromIso = evaluateSla({ ticket: { events: isoEvents }, policy, calendar: NINE_TO_FIVE_UTC, now: on(1, '11:00') });
    const fromDates = evaluateSla({ ticket: { events: dateEvents }, policy, calendar: NINE_TO_FIVE_UTC, now: new Date(on(1, '11:00')) });
    expect(fromDates).toEqual(fromIso);
    // Offsets are the same instant: 17:30+01:00 = 16:30Z
    const withOffsets = isoEvents.map((event, index) => (index === 0 ? { ...event, at: '2026-03-02T17:30:00+01:00' } : event));
    expect(evaluateSla({ ticket: { events: withOffsets }, policy, calendar: NINE_TO_FIVE_UTC, now: '2026-03-03T12:00:00+01:00' })).toEqual(fromIso);
  });
});

describe('business-hours targets vs calendar-time targets', () => {
  const policy = policyOf([
    { metric: 'firstReply', targetMinutes: 60, businessHours: true },
    { metric: 'resolution', targetMinutes: 480 }, // businessHours defaults to false
  ]);

  it('count business time and calendar time respectively', () => {
    // Created Mon 16:30, now Tue 09:15
    const result = evaluateSla({ ticket: { events: [ev.created(mon('16:30'))] }, policy, calendar: NINE_TO_FIVE_UTC, now: on(1, '09:15') });
    // firstReply: Mon 16:30–17:00 (30) + Tue 09:00–09:15 (15) = 45 min; deadline Tue 09:30; 900 left → ok
    expect(only(result, 'firstReply')).toMatchObject({
      businessHours: true,
      elapsedSeconds: 2700,
      deadline: iso(on(1, '09:30')),
      remainingMinutes: 15,
      remainingCalendarMinutes: 15,
      level: 'ok',
    });
    // resolution: 16:30 → 09:15 = 16 h 45 min = 60300 s; deadline Tue 00:30; 00:30 − 09:15 = −525 min
    expect(only(result, 'resolution')).toMatchObject({
      businessHours: false,
      elapsedSeconds: 60300,
      elapsedMinutes: 1005,
      deadline: iso(on(1, '00:30')),
      breached: true,
      diffMinutes: -525,
      remainingCalendarMinutes: -525,
    });
  });

  it('a business-hours target running out at closing is due at the next opening (nextOpen)', () => {
    const short = policyOf([{ metric: 'firstReply', targetMinutes: 30, businessHours: true }]);
    const run = (events: TicketEventInput[], endpoint?: 'nextOpen' | 'close') =>
      only(evaluateSla({ ticket: { events }, policy: short, calendar: NINE_TO_FIVE_UTC, now: on(1, '12:00'), ...(endpoint ? { endpoint } : {}) }), 'firstReply');
    // Created 16:30: 30 business minutes end exactly at 17:00 → nextOpen deadline Tue 09:00
    expect(run([ev.created(mon('16:30'))]).deadline).toBe(iso(on(1, '09:00')));
    expect(run([ev.created(mon('16:30'))], 'close').deadline).toBe(iso(mon('17:00')));
    // A reply at Mon 20:00 (closed): 30 business min counted; 20:00 ≤ Tue 09:00 → on time
    expect(run([ev.created(mon('16:30')), ev.reply(mon('20:00'))])).toMatchObject({ elapsedSeconds: 1800, breached: false, level: 'achieved' });
    // A reply at Tue 09:00:00 is still on time; 09:00:01 is late
    expect(run([ev.created(mon('16:30')), ev.reply(on(1, '09:00:00'))]).breached).toBe(false);
    expect(run([ev.created(mon('16:30')), ev.reply(on(1, '09:00:01'))]).breached).toBe(true);
    // With endpoint 'close' the same 20:00 reply is after the 17:00 deadline → breached (fulfilledAt > deadline)
    expect(run([ev.created(mon('16:30')), ev.reply(mon('20:00'))], 'close')).toMatchObject({ elapsedSeconds: 1800, breached: true });
  });

  it('business-hours pauses only remove open time', () => {
    const wait = policyOf([{ metric: 'requesterWait', targetMinutes: 240, businessHours: true }]);
    // Created Mon 15:00, pending Mon 16:00 → Tue 10:00, now Tue 12:00:
    // counted Mon 15–16 (1 h) + Tue 10–12 (2 h) = 3 h; deadline: 1 h left after Tue 12:00 → Tue 13:00
    const result = evaluateSla({
      ticket: { events: [ev.created(mon('15:00')), ev.status(mon('16:00'), 'pending'), ev.status(on(1, '10:00'), 'open')] },
      policy: wait,
      calendar: NINE_TO_FIVE_UTC,
      now: on(1, '12:00'),
    });
    expect(only(result, 'requesterWait')).toMatchObject({ elapsedSeconds: 10800, deadline: iso(on(1, '13:00')), remainingCalendarMinutes: 60 });
  });
});
