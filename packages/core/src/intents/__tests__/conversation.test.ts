import { describe, expect, test } from 'vitest';
import type { Conversation, ConversationTurn, RouteResult } from '../../index.js';
import { describeResult, expectPeriod, route } from './spec.js';

const after = (...turns: ConversationTurn[]): { conversation: Conversation } => ({ conversation: { turns } });

describe('actions that wait for a confirmation', () => {
  test('scheduling a QBR proposes and waits', () => {
    const proposal = route('schedule a QBR with Acme Corp', 'csm');
    expect(proposal.intent, describeResult(proposal)).toBe('meetings.schedule');
    expect(proposal.awaitingConfirmation).toBe(true);
    expect(proposal.confirmed ?? false).toBe(false);
  });

  test('recommending reassignments proposes and waits', () => {
    const proposal = route('recommend ticket reassignments', 'manager');
    expect(proposal.intent, describeResult(proposal)).toBe('team.rebalance');
    expect(proposal.awaitingConfirmation).toBe(true);
  });

  test.each([
    ['manager', 'show me csat scores'],
    ['agent', 'my meetings today'],
    ['csm', 'upcoming renewals'],
    ['executive', 'exec summary'],
    ['agent', 'show ticket DESK-1002'],
  ] as const)('a read-only question does not wait: %s "%s"', (persona, text) => {
    expect(route(text, persona).awaitingConfirmation ?? false).toBe(false);
  });
});

describe('confirming the pending action of the previous turn', () => {
  const proposal = (): RouteResult => route('schedule a QBR with Acme Corp', 'csm');

  test.each(['yes', 'ok', 'sure', 'book it', 'go ahead', 'yes please', 'Yes!', 'OK.'])('"%s" confirms it', (reply) => {
    const pending = proposal();
    const result = route(reply, 'csm', after(pending));
    expect(result.intent, describeResult(result)).toBe('meetings.schedule');
    expect(result.params).toEqual(pending.params);
    expect(result.confirmed).toBe(true);
    expect(result.cancelled ?? false).toBe(false);
  });

  test.each(['no', 'cancel', 'No.'])('"%s" cancels it', (reply) => {
    const result = route(reply, 'csm', after(proposal()));
    expect(result.cancelled, describeResult(result)).toBe(true);
    expect(result.confirmed ?? false).toBe(false);
  });

  test('"go ahead" confirms a proposed rebalance with its params', () => {
    const pending = route('recommend ticket reassignments', 'manager');
    const result = route('go ahead', 'manager', after(pending));
    expect(result.intent, describeResult(result)).toBe('team.rebalance');
    expect(result.params).toEqual(pending.params);
    expect(result.confirmed).toBe(true);
  });

  test('only the last turn counts: a proposal followed by another question is no longer pending', () => {
    const pending = proposal();
    const later = route('upcoming renewals', 'csm');
    const result = route('yes', 'csm', after(pending, later));
    expect(result.confirmed ?? false, describeResult(result)).toBe(false);
    expect(result.intent).not.toBe('meetings.schedule');
  });

  test('a previous turn that was not awaiting confirmation is not confirmed, even with a confirmable intent', () => {
    const turn: ConversationTurn = { intent: 'meetings.schedule', params: { accountName: 'Acme Corp' }, awaitingConfirmation: false };
    const result = route('yes', 'csm', after(turn));
    expect(result.confirmed ?? false, describeResult(result)).toBe(false);
    expect(result.intent).toBeNull();
  });

  test('a confirmed action is not confirmed twice', () => {
    const pending = proposal();
    const confirmed = route('yes', 'csm', after(pending));
    expect(confirmed.confirmed).toBe(true);
    const again = route('yes', 'csm', after(pending, confirmed));
    expect(again.confirmed ?? false, describeResult(again)).toBe(false);
  });

  test('a real question while an action is pending is routed as a question', () => {
    const result = route('upcoming renewals', 'csm', after(proposal()));
    expect(result.intent, describeResult(result)).toBe('renewals.upcoming');
    expect(result.confirmed ?? false).toBe(false);
  });
});

describe('"yes" with nothing pending', () => {
  test.each(['yes', 'ok', 'sure', 'go ahead'])('"%s" alone routes nowhere and confirms nothing', (reply) => {
    const result = route(reply, 'csm');
    expect(result.intent, describeResult(result)).toBeNull();
    expect(result.confirmed ?? false).toBe(false);
  });

  test('"yes" after a read-only answer confirms nothing', () => {
    const previous = route('show me csat scores', 'manager');
    const result = route('yes', 'manager', after(previous));
    expect(result.intent, describeResult(result)).toBeNull();
    expect(result.confirmed ?? false).toBe(false);
  });

  test('"yes" with an empty conversation confirms nothing', () => {
    const result = route('ok', 'manager', after());
    expect(result.intent).toBeNull();
    expect(result.confirmed ?? false).toBe(false);
  });
});

describe('follow-ups that change only the period', () => {
  test('"what about last month?" after SLA performance this quarter', () => {
    const first = route('sla performance this quarter', 'manager');
    expect(first.intent, describeResult(first)).toBe('sla.performance');
    const result = route('what about last month?', 'manager', after(first));
    expect(result.intent, describeResult(result)).toBe('sla.performance');
    expectPeriod(result.params.period, 'last month', '2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z');
    expect(result.confirmed ?? false).toBe(false);
  });
});
