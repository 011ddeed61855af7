import { describe, expect, test } from 'vitest';
import { INTENT_IDS, type IntentId, type Persona } from '../../index.js';
import { ALLOWED, CATALOGUE_EXAMPLES, describeResult, route } from './spec.js';

/** Every example question of DESIGN §6, once for each persona allowed to ask it. */
const CASES: (readonly [IntentId, Persona, string])[] = INTENT_IDS.flatMap((intent) =>
  CATALOGUE_EXAMPLES[intent].flatMap((question) => ALLOWED[intent].map((persona) => [intent, persona, question] as const)),
);

describe('DESIGN §6 catalogue examples', () => {
  test('every intent has at least one example and one allowed persona', () => {
    for (const intent of INTENT_IDS) {
      expect(CATALOGUE_EXAMPLES[intent].length, intent).toBeGreaterThan(0);
      expect(ALLOWED[intent].length, intent).toBeGreaterThan(0);
    }
  });

  test.each(CASES)('%s ← %s: "%s"', (intent, persona, question) => {
    const result = route(question, persona);
    expect(result.intent, describeResult(result)).toBe(intent);
    expect(result.refused ?? false, describeResult(result)).toBe(false);
    expect(result.confidence).toBeGreaterThan(0);
  });
});
