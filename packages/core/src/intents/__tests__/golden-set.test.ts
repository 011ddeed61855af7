import { beforeAll, describe, expect, test } from 'vitest';
import * as z from 'zod';
import { INTENT_IDS, type RouteResult } from '../../index.js';
import { PARAM_SCHEMAS } from '../params.js';
import { GOLDEN_SET, type GoldenItem } from './golden-set.js';
import { ALLOWED, CATALOGUE_EXAMPLES, describeResult, paramIssues, route } from './spec.js';

const MIN_ACCURACY = 0.95;
const MIN_PER_INTENT = 6;

/** What the router answered, as one label: the intent, "(refused)" when refused, "(none)" for no intent. */
function predictedLabel(result: RouteResult): string {
  if (result.intent === null) return '(none)';
  return result.refused ? `${result.intent} (refused)` : result.intent;
}

function expectedLabel(item: GoldenItem): string {
  return item.refused ? `${item.intent} (refused)` : item.intent;
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('golden set: its own shape', () => {
  test.each(INTENT_IDS.map((id) => [id]))(`%s has at least ${MIN_PER_INTENT} routable phrasings`, (id) => {
    const routable = GOLDEN_SET.filter((item) => item.intent === id && !item.refused);
    expect(routable.length).toBeGreaterThanOrEqual(MIN_PER_INTENT);
  });

  test.each(INTENT_IDS.map((id) => [id]))('%s is asked by every persona allowed to', (id) => {
    const askedBy = new Set(GOLDEN_SET.filter((item) => item.intent === id && !item.refused).map((item) => item.persona));
    expect([...askedBy].sort()).toEqual([...ALLOWED[id]].sort());
  });

  test('routable items use an allowed persona, refusal items a disallowed one', () => {
    const wrong = GOLDEN_SET.filter((item) => ALLOWED[item.intent].includes(item.persona) === Boolean(item.refused));
    expect(wrong).toEqual([]);
  });

  test('no item copies a catalogue example, and no text is repeated for the same persona', () => {
    const examples = new Set(Object.values(CATALOGUE_EXAMPLES).flat().map(normalise));
    expect(GOLDEN_SET.filter((item) => examples.has(normalise(item.text))).map((item) => item.text)).toEqual([]);
    const seen = new Set<string>();
    const repeated: string[] = [];
    for (const item of GOLDEN_SET) {
      const key = `${item.persona}:${normalise(item.text)}`;
      if (seen.has(key)) repeated.push(key);
      seen.add(key);
    }
    expect(repeated).toEqual([]);
  });
});

describe('golden set: routing', () => {
  let results: RouteResult[] = [];

  beforeAll(() => {
    results = GOLDEN_SET.map((item) => route(item.text, item.persona));
  });

  test(`overall accuracy ≥ ${MIN_ACCURACY} (per-intent precision and recall printed)`, () => {
    const expected = GOLDEN_SET.map(expectedLabel);
    const predicted = results.map(predictedLabel);
    const correct = predicted.map((label, i) => label === expected[i]);

    const rows = INTENT_IDS.map((id) => {
      const support = GOLDEN_SET.filter((item) => item.intent === id).length;
      const truePositives = GOLDEN_SET.filter((item, i) => item.intent === id && correct[i]).length;
      // A prediction of `id`, refused or not, counts towards its precision.
      const predictedCount = results.filter((result) => result.intent === id).length;
      const precision = predictedCount === 0 ? (support === 0 ? 1 : 0) : truePositives / predictedCount;
      const recall = support === 0 ? 1 : truePositives / support;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return {
        intent: id,
        support,
        predicted: predictedCount,
        correct: truePositives,
        precision: Number(precision.toFixed(3)),
        recall: Number(recall.toFixed(3)),
        f1: Number(f1.toFixed(3)),
      };
    });
    const noneCount = results.filter((result) => result.intent === null).length;
    const accuracy = correct.filter(Boolean).length / GOLDEN_SET.length;
    const macroRecall = rows.reduce((sum, row) => sum + row.recall, 0) / rows.length;
    const macroPrecision = rows.reduce((sum, row) => sum + row.precision, 0) / rows.length;

    const failures = GOLDEN_SET.flatMap((item, i) =>
      correct[i]
        ? []
        : [{ persona: item.persona, text: item.text, expected: expected[i], got: describeResult(results[i]!) }],
    );

    console.log(`\nGolden set: ${GOLDEN_SET.length} items, ${INTENT_IDS.length} intents`);
    console.table(rows);
    console.log(
      `accuracy ${(accuracy * 100).toFixed(1)}% (${correct.filter(Boolean).length}/${GOLDEN_SET.length}), ` +
        `macro precision ${(macroPrecision * 100).toFixed(1)}%, macro recall ${(macroRecall * 100).toFixed(1)}%, ` +
        `no intent for ${noneCount} item(s)`,
    );
    if (failures.length > 0) {
      console.log(`\n${failures.length} misrouted:`);
      console.table(failures);
    }

    expect(accuracy, `${failures.length} misrouted: see the table above`).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  test('every answer has params that satisfy the shared param schemas (stable names only)', () => {
    const paramsSchema = z.object(PARAM_SCHEMAS).partial().strict();
    const invalid = GOLDEN_SET.flatMap((item, i) => {
      const parsed = paramsSchema.safeParse(results[i]!.params);
      return parsed.success ? [] : [`${item.persona} "${item.text}": ${z.prettifyError(parsed.error)}`];
    });
    expect(invalid).toEqual([]);
  });

  test('confidence is a number in [0, 1]; a routed answer has a positive one', () => {
    const bad = GOLDEN_SET.flatMap((item, i) => {
      const { confidence, intent } = results[i]!;
      const ok = Number.isFinite(confidence) && confidence >= 0 && confidence <= 1 && (intent === null || confidence > 0);
      return ok ? [] : [`${item.persona} "${item.text}": ${confidence}`];
    });
    expect(bad).toEqual([]);
  });
});

describe('golden set: entities', () => {
  const withParams = GOLDEN_SET.filter((item) => item.params !== undefined);
  test.each(withParams.map((item) => [item.persona, item.text, item] as const))('%s: "%s"', (_persona, _text, item) => {
    const result = route(item.text, item.persona);
    expect(paramIssues(item.params!, result.params), describeResult(result)).toEqual([]);
  });
});
