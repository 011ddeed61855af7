import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../demo/generate-demo-dataset.js';
import { deepFreeze } from '../demo/deep-freeze.js';
import { at, atDate, BASIC_POLICY, makeData, makeTicket, NINE_TO_FIVE } from '../scoring/service-levels/__fixtures__/support-fixtures.js';
import { evaluateSla } from '../sla/evaluate-sla.js';
import { settledClockStoreFor } from './settled-clocks.js';
import { evaluateTicketSla, prepareTicketSla, slaSetupOf, ticketClocks } from './ticket-sla.js';

const BUSINESS_POLICY = { ...BASIC_POLICY, id: 'sla-business', targets: [{ metric: 'firstReply' as const, targetMinutes: 120, businessHours: true }, { metric: 'resolution' as const, targetMinutes: 600 }] };

describe('evaluateTicketSla', () => {
  it('gives what evaluateSla gives for every demo ticket, first sight and stored alike', () => {
    const data = generateDemoDataset({ seed: 3, size: 'small' });
    const now = new Date(data.now);
    const setup = slaSetupOf(data);
    const sample = data.tickets.filter((_, position) => position % 7 === 0);
    const direct = sample.map((ticket) => evaluateSla({ ticket, policy: setup.policyFor(ticket), calendar: setup.calendarFor(ticket), now }));
    expect(sample.map((ticket) => evaluateTicketSla(ticket, setup, now))).toEqual(direct);
    // The second call reads settled tickets back from the compact store.
    expect(sample.map((ticket) => evaluateTicketSla(ticket, setup, now))).toEqual(direct);
    for (const [position, ticket] of sample.entries()) {
      const clocks = ticketClocks(ticket, setup, now);
      expect(Array.from({ length: clocks.count }, (_, index) => clocks.instance(index))).toEqual(direct[position]!.instances);
      for (let index = 0; index < clocks.count; index += 1) {
        const instance = direct[position]!.instances[index]!;
        expect(clocks.startedAt(index) * 1000).toBe(Date.parse(instance.startedAt));
        expect(clocks.fulfilledAt(index)).toBe(instance.fulfilledAt === null ? null : Date.parse(instance.fulfilledAt) / 1000);
        expect(clocks.deadline(index)).toBe(instance.deadline === null ? null : Date.parse(instance.deadline) / 1000);
        expect([clocks.metric(index), clocks.priorityApplied(index), clocks.state(index), clocks.breached(index), clocks.businessHours(index), clocks.elapsedSeconds(index), clocks.targetMinutes(index)]).toEqual([
          instance.metric,
          instance.priorityApplied,
          instance.state,
          instance.breached,
          instance.businessHours,
          instance.elapsedSeconds,
          instance.targetMinutes,
        ]);
      }
    }
  });

  it('evaluates a stored ticket afresh at an instant before its last event', () => {
    const ticket = deepFreeze(makeTicket('T-1', { createdHour: 0, replyHours: [3], solvedHour: 30 }));
    const data = makeData({ tickets: [ticket], slaPolicies: [BUSINESS_POLICY], calendars: [NINE_TO_FIVE] });
    const setup = slaSetupOf(data);
    const late = atDate(100);
    const early = atDate(2);
    expect(evaluateTicketSla(ticket, setup, late).instances.every((instance) => instance.state === 'closed')).toBe(true);
    const before = evaluateTicketSla(ticket, setup, early);
    expect(before).toEqual(evaluateSla({ ticket, policy: BUSINESS_POLICY, calendar: NINE_TO_FIVE, now: early }));
    expect(before.instances.some((instance) => instance.state === 'active')).toBe(true);
    expect(evaluateTicketSla(ticket, setup, late)).toEqual(evaluateSla({ ticket, policy: BUSINESS_POLICY, calendar: NINE_TO_FIVE, now: late }));
  });

  it('evaluates a ticket whose instants do not fit the columns every time, with the same result', () => {
    const farHours = (Date.UTC(2090, 0, 1) - Date.UTC(2026, 2, 2)) / 3_600_000;
    const ticket = deepFreeze(makeTicket('T-2090', { createdHour: farHours, replyHours: [1], solvedHour: 5 }));
    const data = makeData({ tickets: [ticket] });
    const setup = slaSetupOf(data);
    const now = atDate(farHours + 100);
    const direct = evaluateSla({ ticket, policy: setup.policyFor(ticket), calendar: setup.calendarFor(ticket), now });
    expect(evaluateTicketSla(ticket, setup, now)).toEqual(direct);
    expect(settledClockStoreFor(setup.policyFor(ticket), setup.calendarFor(ticket)).slotOf(ticket, Math.floor(now.getTime() / 1000))).toBe(-1);
    expect(evaluateTicketSla(ticket, setup, now)).toEqual(direct);
  });

  it('keeps stored results apart per policy', () => {
    const ticket = deepFreeze(makeTicket('T-2', { createdHour: 0, replyHours: [2], solvedHour: 20 }));
    const now = new Date(at(200));
    const basic = slaSetupOf(makeData({ tickets: [ticket], slaPolicies: [BASIC_POLICY], calendars: [NINE_TO_FIVE] }));
    const business = slaSetupOf(makeData({ tickets: [ticket], slaPolicies: [BUSINESS_POLICY], calendars: [NINE_TO_FIVE] }));
    expect(evaluateTicketSla(ticket, basic, now)).toEqual(evaluateSla({ ticket, policy: BASIC_POLICY, calendar: NINE_TO_FIVE, now }));
    expect(evaluateTicketSla(ticket, business, now)).toEqual(evaluateSla({ ticket, policy: BUSINESS_POLICY, calendar: NINE_TO_FIVE, now }));
    expect(evaluateTicketSla(ticket, basic, now).instances[0]!.targetMinutes).toBe(60);
  });
});

describe('prepareTicketSla', () => {
  it('stores every settled ticket and trims the store to what it holds', () => {
    const data = generateDemoDataset({ seed: 5, size: 'small' });
    const now = new Date(data.now);
    const setup = slaSetupOf(data);
    prepareTicketSla(data.tickets, setup, now);
    const policy = data.slaPolicies[0]!;
    const store = settledClockStoreFor(policy, setup.calendarFor(data.tickets.find((ticket) => setup.policyFor(ticket) === policy)!));
    const settled = data.tickets.filter((ticket) => (ticket.status === 'solved' || ticket.status === 'closed') && setup.policyFor(ticket) === policy && setup.calendarFor(ticket) === setup.calendarFor(data.tickets.find((candidate) => setup.policyFor(candidate) === policy)!));
    const stored = settled.filter((ticket) => store.slotOf(ticket, Math.floor(now.getTime() / 1000)) >= 0);
    expect(stored.length).toBeGreaterThan(settled.length * 0.95);
    const clocks = stored.reduce((total, ticket) => total + evaluateTicketSla(ticket, setup, now).instances.length, 0);
    // 16 bytes a ticket slot, 19 bytes a clock: the columns hold nothing spare after trimming.
    expect(store.byteLength).toBe(stored.length * 16 + clocks * 19);
  });
});
