import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { INTENT_IDS, routeQuery, type Persona, type RouteResult } from '../../index.js';
import { PARAM_SCHEMAS } from '../params.js';
import { GOLDEN_SET } from './golden-set.js';
import { ALL_PERSONAS, describeResult, NOW, route } from './spec.js';

const KNOWN = new Set<string>(INTENT_IDS);
/** Extracted params always fit the shared schemas (the LLM tools' inputs): no unknown keys, no out-of-range values. */
const PARAMS = z.object(PARAM_SCHEMAS).partial().strict();

/** The shape every answer must have, whatever the input. */
function expectWellFormed(result: RouteResult): void {
  expect(result).toBeTypeOf('object');
  expect(result.intent === null || KNOWN.has(result.intent), `unknown intent ${String(result.intent)}`).toBe(true);
  expect(result.params).toBeTypeOf('object');
  expect(result.params).not.toBeNull();
  const parsed = PARAMS.safeParse(result.params);
  expect(parsed.success, parsed.success ? '' : `params ${JSON.stringify(result.params)}: ${z.prettifyError(parsed.error)}`).toBe(true);
  expect(Number.isFinite(result.confidence)).toBe(true);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
}

const STRANGE: [string, string][] = [
  ['emoji only', '🔥🔥🔥'],
  ['emoji around words', '🚨 escalated tickets 🚨'],
  ['flags and ZWJ sequences', '👩‍💻🏳️‍🌈🇫🇷'],
  ['Arabic (RTL)', 'ما هي حالة التذكرة'],
  ['Hebrew (RTL)', 'מה מזג האוויר'],
  ['RTL override', '\u202eshow ticket 12345'],
  ['NUL and control characters', 'show\u0000 ticket\u0001\u0007 12345\u001b[31m'],
  ['all C0 controls', Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')],
  ['lone high surrogate', '\ud800'],
  ['lone low surrogate inside words', 'show \udc00 tickets'],
  ['reversed surrogate pair', '\udc00\ud800'],
  ['zero-width characters', '\u200b\u200c\u200d\ufeff'],
  ['combining marks', 'e\u0301\u0301\u0301\u0301 tickets'],
  ['CJK', '顧客満足度を見せて'],
  ['punctuation only', '?!?!...;;;'],
  ['regex metacharacters', '.*+?^${}()|[]\\ ticket (DESK-1'],
  ['html', '<script>alert(1)</script> show ticket 5'],
  ['sql-ish', "'; DROP TABLE tickets; --"],
  ['prototype keys', '__proto__ constructor toString hasOwnProperty'],
  ['very long number', '9'.repeat(500)],
  ['huge count', 'top 99999999999999999999 accounts'],
  ['negative and decimal counts', 'top -5 agents, last 2.5 days, next 0 hours'],
  ['absurd period', 'sla performance for Q9 99999'],
  ['10 KB of one letter', 'a'.repeat(10 * 1024)],
  ['10 KB of a real question', 'show me escalated tickets '.repeat(400)],
  ['10 KB of digits and ids', 'DESK-1002 #12345 '.repeat(600)],
  ['10 KB of random words', Array.from({ length: 2000 }, (_, i) => ['ticket', 'sla', 'yes', 'csat', 'q4', '2025'][i % 6]).join(' ')],
];

describe('never throws, always well formed', () => {
  test.each(ALL_PERSONAS.flatMap((persona) => STRANGE.map(([label, text]) => [persona, label, text] as const)))(
    '%s: %s',
    (persona, _label, text) => {
      const result = route(text, persona);
      expectWellFormed(result);
    },
  );

  test('fuzz: any string of code units, including lone surrogates', () => {
    const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 120 }).map((units) => String.fromCharCode(...units));
    fc.assert(
      fc.property(fc.oneof(codeUnits, fc.string({ unit: 'binary', maxLength: 200 })), fc.constantFrom(...ALL_PERSONAS), (text, persona) => {
        expectWellFormed(routeQuery(text, { persona, now: NOW }));
      }),
      { numRuns: 500 },
    );
  });

  test('fuzz: sentences built from the router vocabulary', () => {
    const words = fc.constantFrom(
      'show', 'my', 'ticket', 'tickets', 'DESK-1002', '#12345', 'top', '20', 'next', '90', 'days', 'hours', 'last', 'this',
      'week', 'quarter', 'Q4', '2025', 'sla', 'csat', 'nps', 'draft', 'reply', 'message', 'to', 'Acme', 'Corp', 'with', 'Marcus',
      'yes', 'no', 'ok', 'cancel', 'schedule', 'qbr', 'help', 'kb', 'search', 'for', 'urgent', 'angry', 'formal', '?', '!', '',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 25 }), fc.constantFrom(...ALL_PERSONAS), (parts, persona) => {
        expectWellFormed(routeQuery(parts.join(' '), { persona, now: NOW }));
      }),
      { numRuns: 1000 },
    );
  });

  test('a 10 KB paste is no question: a null intent that says why', () => {
    const text = 'what is going on with the escalated tickets for Acme Corp this quarter '.repeat(150).slice(0, 10 * 1024);
    const result = route(text, 'manager');
    expectWellFormed(result);
    expect(result.intent).toBeNull();
    expect(result.reason).toMatch(/longer than/);
  });
});

describe('empty and non-string input', () => {
  test.each([
    ['empty', ''],
    ['space', ' '],
    ['tabs and newlines', '\t\n\r\n  '],
    ['no-break and ideographic spaces', '\u00a0\u3000\u2003'],
  ])('%s gives no intent, confidence 0 and a reason', (_label, text) => {
    for (const persona of ALL_PERSONAS) {
      const result = route(text, persona);
      expect(result.intent).toBeNull();
      expect(result.confidence).toBe(0);
      expect(typeof result.reason).toBe('string');
      expect(result.reason!.length).toBeGreaterThan(0);
    }
  });

  const throwingToString = { toString: () => { throw new Error('boom'); } };
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['an object', { text: 'show ticket 1' }],
    ['an array', ['help']],
    ['a symbol', Symbol('help')],
    ['an object whose toString throws', throwingToString],
  ] as [string, unknown][])('%s does not throw and gives no intent', (_label, value) => {
    const result = routeQuery(value as string, { persona: 'agent', now: NOW });
    expect(result.intent).toBeNull();
    expect(result.confidence).toBe(0);
  });
});

describe('questions outside the catalogue', () => {
  const OUTSIDE = ["what's the weather in Paris", 'tell me a joke', 'asdfgh', 'what is the capital of France', 'qwerty uiop zxcv'];

  test.each(ALL_PERSONAS.flatMap((persona) => OUTSIDE.map((text) => [persona, text] as const)))(
    '%s: "%s" → no intent, with suggestions',
    (persona: Persona, text) => {
      const result = route(text, persona);
      expect(result.intent, describeResult(result)).toBeNull();
      expect(result.refused ?? false).toBe(false);
      expect(Array.isArray(result.suggestions)).toBe(true);
      expect(result.suggestions!.length).toBeGreaterThan(0);
      for (const suggestion of result.suggestions!) {
        expect(typeof suggestion).toBe('string');
        expect(suggestion.trim().length).toBeGreaterThan(0);
      }
    },
  );

  test('each persona is offered its own quick actions', () => {
    const offered = ALL_PERSONAS.map((persona) => JSON.stringify(route('tell me a joke', persona).suggestions));
    expect(new Set(offered).size).toBeGreaterThan(1);
  });
});

describe('normalisation', () => {
  test.each([
    ['manager', 'ESCALATED TICKETS!!!'],
    ['manager', '   escalated\n\ttickets   '],
    ['manager', '🚨 escalated tickets 🚨'],
    ['manager', 'Escalated Tickets?'],
  ] as const)('%s: %j routes like "escalated tickets"', (persona, text) => {
    const result = route(text, persona);
    expect(result.intent, describeResult(result)).toBe('tickets.escalated');
  });
});

describe('determinism and speed', () => {
  test('the same question gives the same answer', () => {
    for (const item of GOLDEN_SET.slice(0, 80)) {
      expect(route(item.text, item.persona)).toEqual(route(item.text, item.persona));
    }
  });

  test('routing does not depend on earlier calls', () => {
    const fresh = route('customer satisfaction this month', 'executive');
    for (const item of GOLDEN_SET) route(item.text, item.persona);
    expect(route('customer satisfaction this month', 'executive')).toEqual(fresh);
  });
});
