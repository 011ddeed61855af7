import { describe, expect, test } from 'vitest';
import { INTENT_IDS, type IntentId, type Persona } from '../../index.js';
import { ALL_PERSONAS, ALLOWED, CATALOGUE_EXAMPLES, describeResult, PERSONA_NAME_PATTERNS, route } from './spec.js';

function expectRefusal(text: string, persona: Persona, intent: IntentId): void {
  const result = route(text, persona);
  expect(result.intent, describeResult(result)).toBe(intent);
  expect(result.refused, describeResult(result)).toBe(true);
  expect(typeof result.reason).toBe('string');
  const reason = result.reason ?? '';
  const named = ALLOWED[intent].filter((allowed) => PERSONA_NAME_PATTERNS[allowed].test(reason));
  expect(named, `reason "${reason}" should name one of: ${ALLOWED[intent].join(', ')}`).not.toEqual([]);
}

describe('refusals named in the brief', () => {
  test.each([
    ['agent', 'which customers are likely to churn', 'accounts.churnRisk'],
    ['csm', 'who is my top performing agent', 'agents.top'],
    ['agent', 'prepare metrics for the board meeting', 'executive.boardMetrics'],
  ] as const)('%s: "%s" → %s refused', (persona, text, intent) => expectRefusal(text, persona, intent));
});

/**
 * Every catalogue example asked by every persona not allowed to ask it. tickets.mine is left out: for a persona
 * other than an agent, "my open tickets" is fairly answered by tickets.list, which everyone may ask.
 */
const MATRIX: (readonly [IntentId, Persona, string])[] = INTENT_IDS.filter((intent) => intent !== 'tickets.mine').flatMap(
  (intent) =>
    CATALOGUE_EXAMPLES[intent].flatMap((question) =>
      ALL_PERSONAS.filter((persona) => !ALLOWED[intent].includes(persona)).map((persona) => [intent, persona, question] as const),
    ),
);

describe('every catalogue example asked by a persona it is not for', () => {
  test.each(MATRIX)('%s refused for %s: "%s"', (intent, persona, question) => expectRefusal(question, persona, intent));
});

describe('refusals are not suggestions, and allowed personas are not refused', () => {
  test('a refusal is not a no-match', () => {
    const result = route('which customers are likely to churn', 'agent');
    expect(result.intent).not.toBeNull();
    expect(result.refused).toBe(true);
  });

  test.each([
    ['executive', 'which customers are likely to churn', 'accounts.churnRisk'],
    ['manager', 'which customers are likely to churn', 'accounts.churnRisk'],
    ['csm', 'which customers are likely to churn', 'accounts.churnRisk'],
    ['manager', 'who is my top performing agent', 'agents.top'],
    ['executive', 'prepare metrics for the board meeting', 'executive.boardMetrics'],
  ] as const)('%s: "%s" → %s, not refused', (persona, text, intent) => {
    const result = route(text, persona);
    expect(result.intent, describeResult(result)).toBe(intent);
    expect(result.refused ?? false).toBe(false);
  });
});
