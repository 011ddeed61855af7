import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSla, type SlaEvaluation, type SlaInstance, type SlaMetric, type SlaPolicy, type TicketEventInput, type TicketStatus } from '../index.js';
import { ev, iso, mon, NINE_TO_FIVE_UTC, on, policyOf } from './__fixtures__/sla-fixtures.js';

// Two rules of docs/sla.md §4, from Zendesk's and Zammad's definitions:
// 1. Zendesk: periodic update is "the time between each public comment from agents"; a ticket that is solved
//    has no clock running (Zendesk's SLA "stops" on solve; Zammad's escalation ends when the ticket is
//    closed). So the reply that solves a ticket fulfils the open update and starts nothing: no instance of
//    any metric starts while the ticket is solved or closed.
// 2. Zendesk: next reply time measures "the oldest unanswered customer comment" to the next public agent
//    comment. On a ticket an agent opened with an internal note there is no agent reply yet; with
//    `nextReplyIncludesFirst` the first customer message is such a comment, so it starts a wait.

function evaluate(events: TicketEventInput[], policy: SlaPolicy, now: string, calendar = NINE_TO_FIVE_UTC): SlaEvaluation {
  return evaluateSla({ ticket: { events }, policy, calendar, now });
}

const instancesOf = (evaluation: SlaEvaluation, metric: SlaMetric): SlaInstance[] => evaluation.metrics[metric] ?? [];
const spans = (evaluation: SlaEvaluation, metric: SlaMetric) =>
  instancesOf(evaluation, metric).map((instance) => [instance.startedAt, instance.fulfilledAt]);

describe('a reply that solves the ticket opens no new update clock', () => {
  for (const metric of ['periodicUpdate', 'pausableUpdate'] as const) {
    const policy = policyOf([{ metric, targetMinutes: 120 }]);
    for (const solvedStatus of ['solved', 'closed'] as const) {
      it(`${metric}: the reply fulfils the open instance and starts none (reply, then ${solvedStatus}, same instant)`, () => {
        // Updates 09:30 → 11:00 and 11:00 → 12:00; the 12:00 reply solves the ticket: no third instance.
        const events = [ev.created(mon('09:00')), ev.reply(mon('09:30')), ev.reply(mon('11:00')), ev.reply(mon('12:00')), ev.status(mon('12:00'), solvedStatus)];
        const result = evaluate(events, policy, mon('15:00'));
        expect(spans(result, metric)).toEqual([
          [iso(mon('09:30')), iso(mon('11:00'))],
          [iso(mon('11:00')), iso(mon('12:00'))],
        ]);
        expect(instancesOf(result, metric).every((instance) => instance.level === 'achieved')).toBe(true);
        expect(result.nextDeadline).toBeNull();
      });

      it(`${metric}: the same when the ${solvedStatus} status comes before the reply at that instant`, () => {
        const events = [ev.created(mon('09:00')), ev.reply(mon('09:30')), ev.status(mon('12:00'), solvedStatus), ev.reply(mon('12:00'))];
        const result = evaluate(events, policy, mon('15:00'));
        expect(spans(result, metric)).toEqual([[iso(mon('09:30')), iso(mon('12:00'))]]);
      });
    }

    it(`${metric}: a reply on a solved ticket starts nothing, and after a reopen the next reply starts a new instance`, () => {
      const events = [
        ev.created(mon('09:00')),
        ev.reply(mon('09:30')),
        ev.status(mon('10:00'), 'solved'),
        ev.reply(mon('10:30')), // a public comment on the solved ticket
        ev.status(mon('11:00'), 'open'),
        ev.reply(mon('11:15')),
      ];
      const result = evaluate(events, policy, mon('12:00'));
      // The 10:30 comment fulfils the 09:30 instance like any reply, but starts nothing: the ticket is solved.
      // After the 11:00 reopen no update clock runs until the 11:15 reply starts one.
      expect(spans(result, metric)).toEqual([
        [iso(mon('09:30')), iso(mon('10:30'))],
        [iso(mon('11:15')), null],
      ]);
    });
  }

  it('a customer message on a solved ticket starts its next-reply wait when the ticket is reopened, not before', () => {
    const policy = policyOf([{ metric: 'nextReply', targetMinutes: 60 }]);
    const events = [ev.created(mon('09:00')), ev.reply(mon('09:10')), ev.status(mon('09:20'), 'solved'), ev.customer(mon('10:00')), ev.status(mon('13:00'), 'open')];
    // Still solved at 12:00: no wait yet.
    expect(instancesOf(evaluate(events.slice(0, 4), policy, mon('12:00')), 'nextReply')).toEqual([]);
    // Reopened at 13:00: the wait starts then, with the full hour ahead of it.
    const reopened = instancesOf(evaluate(events, policy, mon('13:30')), 'nextReply');
    expect(reopened).toHaveLength(1);
    expect(reopened[0]).toMatchObject({ startedAt: iso(mon('13:00')), state: 'active', deadline: iso(mon('14:00')), elapsedMinutes: 30 });
  });

  it('a ticket solved the instant it is created starts its creation clocks at its first reopen', () => {
    const policy = policyOf([
      { metric: 'firstReply', targetMinutes: 60 },
      { metric: 'resolution', targetMinutes: 240 },
    ]);
    const events = [ev.created(mon('09:00'), { status: 'solved' }), ev.status(mon('10:00'), 'open'), ev.reply(mon('10:20'))];
    expect(evaluate(events.slice(0, 1), policy, mon('12:00')).instances).toEqual([]);
    const result = evaluate(events, policy, mon('12:00'));
    expect(instancesOf(result, 'firstReply')).toEqual([expect.objectContaining({ startedAt: iso(mon('10:00')), fulfilledAt: iso(mon('10:20')), elapsedMinutes: 20 })]);
    expect(instancesOf(result, 'resolution')).toEqual([expect.objectContaining({ startedAt: iso(mon('10:00')), state: 'active', elapsedMinutes: 120 })]);
  });

  it('property: no instance of any metric starts while the ticket is solved or closed', () => {
    const metrics: SlaMetric[] = ['firstReply', 'nextReply', 'periodicUpdate', 'pausableUpdate', 'requesterWait', 'agentWork', 'resolution'];
    const policy = policyOf(metrics.map((metric) => ({ metric, targetMinutes: 90 })), { nextReplyIncludesFirst: true });
    const statuses: TicketStatus[] = ['open', 'pending', 'on_hold', 'solved', 'closed'];
    const stepArb = fc.record({
      // Minutes after the previous event; 0 puts two events on the same instant.
      gap: fc.integer({ min: 0, max: 90 }),
      event: fc.oneof(
        fc.constant({ type: 'customer_message' } as const),
        fc.constant({ type: 'agent_reply' } as const),
        fc.constant({ type: 'agent_note' } as const),
        fc.constantFrom(...statuses).map((to) => ({ type: 'status', to }) as const),
      ),
    });
    fc.assert(
      fc.property(fc.constantFrom('customer', 'agent'), fc.boolean(), fc.array(stepArb, { maxLength: 14 }), (by, isPublic, steps) => {
        let time = Date.parse(mon('09:00'));
        const events: TicketEventInput[] = [{ type: 'created', at: new Date(time).toISOString(), by, public: isPublic }];
        for (const step of steps) {
          time += step.gap * 60_000;
          events.push({ ...step.event, at: new Date(time).toISOString() } as TicketEventInput);
        }
        // The status at the end of each instant: a clock may start only at an instant that ends unsolved.
        const statusAtEnd = new Map<number, TicketStatus>();
        let status: TicketStatus = 'new';
        for (const event of events) {
          if (event.type === 'status') status = event.to;
          statusAtEnd.set(Date.parse(String(event.at)), status);
        }
        const result = evaluate(events, policy, new Date(time + 3_600_000).toISOString());
        for (const instance of result.instances) {
          const endStatus = statusAtEnd.get(Date.parse(instance.startedAt));
          expect(endStatus, `${instance.metric} started at ${instance.startedAt}`).not.toBe('solved');
          expect(endStatus).not.toBe('closed');
        }
      }),
      { numRuns: process.env.SLA_RUNS ? Number(process.env.SLA_RUNS) : 300 },
    );
  });
});

describe('an agent-created ticket arms the next-reply clock at the first customer message', () => {
  const policy = policyOf([{ metric: 'nextReply', targetMinutes: 60 }], { nextReplyIncludesFirst: true });
  const openedWithNote = ev.created(mon('09:00'), { by: 'agent', public: false });

  it('the first customer message starts a nextReply instance, with its deadline computed as usual', () => {
    const result = evaluate([openedWithNote, ev.note(mon('09:05')), ev.customer(mon('10:00'))], policy, mon('10:30'));
    expect(instancesOf(result, 'nextReply')).toEqual([
      expect.objectContaining({ startedAt: iso(mon('10:00')), state: 'active', deadline: iso(mon('11:00')), elapsedMinutes: 30, remainingMinutes: 30 }),
    ]);
    expect(result.nextDeadline).toBe(iso(mon('11:00')));
  });

  it('later customer messages do not restart it: the oldest unanswered message counts; the reply fulfils it', () => {
    const result = evaluate([openedWithNote, ev.customer(mon('10:00')), ev.customer(mon('10:20')), ev.customer(mon('10:40')), ev.reply(mon('11:30'))], policy, mon('12:00'));
    expect(instancesOf(result, 'nextReply')).toEqual([
      expect.objectContaining({ startedAt: iso(mon('10:00')), fulfilledAt: iso(mon('11:30')), breached: true, level: 'breached', diffMinutes: -30 }),
    ]);
  });

  it('after that first answer, waits start as on any ticket', () => {
    const events = [openedWithNote, ev.customer(mon('10:00')), ev.reply(mon('10:15')), ev.customer(mon('11:00')), ev.reply(mon('11:10'))];
    expect(spans(evaluate(events, policy, mon('12:00')), 'nextReply')).toEqual([
      [iso(mon('10:00')), iso(mon('10:15'))],
      [iso(mon('11:00')), iso(mon('11:10'))],
    ]);
  });

  it('counts business hours when the target does: a Friday 16:30 message is due Monday 09:30', () => {
    const businessPolicy = policyOf([{ metric: 'nextReply', targetMinutes: 60, businessHours: true }], { nextReplyIncludesFirst: true });
    const events = [ev.created(on(4, '16:00'), { by: 'agent', public: false }), ev.customer(on(4, '16:30'))];
    expect(instancesOf(evaluate(events, businessPolicy, on(4, '16:45')), 'nextReply')).toEqual([
      expect.objectContaining({ startedAt: iso(on(4, '16:30')), deadline: iso(on(7, '09:30')), businessHours: true }),
    ]);
  });

  it('agent outbound messages without any customer message start nothing', () => {
    const result = evaluate([openedWithNote, ev.reply(mon('09:30')), ev.reply(mon('10:30'))], policy, mon('12:00'));
    expect(instancesOf(result, 'nextReply')).toEqual([]);
  });

  it('without nextReplyIncludesFirst, the first customer message on such a ticket starts nothing', () => {
    const plain = policyOf([{ metric: 'nextReply', targetMinutes: 60 }]);
    expect(instancesOf(evaluate([openedWithNote, ev.customer(mon('10:00'))], plain, mon('10:30')), 'nextReply')).toEqual([]);
  });

  it('a ticket an agent opened with a public comment is unchanged: its opening comment is not a reply', () => {
    const opened = ev.created(mon('09:00'), { by: 'agent', public: true });
    expect(instancesOf(evaluate([opened, ev.customer(mon('10:00'))], policy, mon('10:30')), 'nextReply')).toEqual([]);
  });
});
