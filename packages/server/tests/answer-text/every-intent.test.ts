import { answerSchemaOf, INTENT_IDS } from '@supportai/core';
import { describe, expect, it } from 'vitest';
import { ANSWER_TEMPLATES, describeAnswer } from '../../src/chat/answer-text/index.js';
import { answerFor, CASES } from './demo-answers.js';

describe('describeAnswer on the demo dataset', () => {
  it('has a template for every intent of the catalogue, and none for an intent that does not exist', () => {
    expect(Object.keys(ANSWER_TEMPLATES).sort()).toEqual([...INTENT_IDS].sort());
  });

  it.each(CASES)('%s for a %s reads as a short, complete text', (intent, persona) => {
    const answer = answerFor(intent, persona);
    // The payload is the one the widgets get: the text must describe exactly that.
    answerSchemaOf(intent).parse(answer);
    const text = describeAnswer(answer);
    expect(text.trim().length).toBeGreaterThan(20);
    expect(text.length).toBeLessThan(600);
    expect(text).not.toMatch(/undefined|NaN|null|\[object|Infinity/);
    // Every sentence is finished and no placeholder leaked.
    expect(text).toMatch(/[.!?”)]$/);
    expect(text).not.toMatch(/\$\{|\*\*\*\*|\s{2,}|\s[,.;:]/);
  });

  it('answers the same text for the same answer (no clock or randomness in the templates)', () => {
    const answer = answerFor('sla.performance', 'manager');
    expect(describeAnswer(structuredClone(answer))).toBe(describeAnswer(answer));
  });
});
