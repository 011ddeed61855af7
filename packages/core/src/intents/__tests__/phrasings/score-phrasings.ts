import type { IntentRegistry } from '../../registry.js';
import type { RouteResult } from '../../types.js';
import { route } from '../spec.js';
import { KNOWN_NAMES } from './known-names.js';
import type { ExpectedParams, PhrasingClass, PhrasingItem } from './phrasing-item.js';

/** One phrasing the router got wrong, for the report. */
export interface PhrasingMiss {
  text: string;
  persona: string;
  class: PhrasingClass;
  expected: string;
  got: string;
  confidence: number;
  slotIssues: string[];
}

export interface PhrasingScore {
  items: number;
  intentsCorrect: number;
  slotsExpected: number;
  slotsCorrect: number;
  /** Refusals the question did not call for: a misroute to an intent the persona may not see. */
  misrouteRefusals: PhrasingMiss[];
  /** Wrong intents, and right intents with a wrong slot. */
  misses: PhrasingMiss[];
  /** "expected → got" with how often, most frequent first. */
  confusion: [pair: string, count: number][];
  byClass: Partial<Record<PhrasingClass, { items: number; correct: number }>>;
}

/** The answer as one label: the intent, "(refused)" when refused, "(none)" for no intent. */
export function labelOf(intent: string | null, refused: boolean | undefined): string {
  if (intent === null) return '(none)';
  return refused ? `${intent} (refused)` : intent;
}

/** Slot differences as readable lines: names and period labels ignore case, a topic must contain the words. */
export function slotIssues(expected: ExpectedParams, actual: RouteResult['params']): string[] {
  const got = actual as Record<string, unknown>;
  const issues: string[] = [];
  for (const [key, want] of Object.entries(expected) as [keyof ExpectedParams, unknown][]) {
    const have = key === 'period' ? (actual.period?.label ?? undefined) : got[key];
    const ok =
      key === 'accountName' || key === 'agentName' || key === 'period'
        ? typeof have === 'string' && have.toLowerCase() === String(want).toLowerCase()
        : key === 'topic'
          ? typeof have === 'string' && have.toLowerCase().includes(String(want).toLowerCase())
          : have === want;
    if (!ok) issues.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
  }
  return issues;
}

/**
 * Routes every phrasing as a host would (the fixed clock of the tests, the known names passed for fuzzy
 * matching) and scores intents, entity slots and refusals. Slots count over every item, so a misroute
 * that loses a slot counts against both. `registry` replaces the default one (cross-validation trains its own).
 */
export function scorePhrasings(items: readonly PhrasingItem[], registry?: IntentRegistry): PhrasingScore {
  const score: PhrasingScore = { items: items.length, intentsCorrect: 0, slotsExpected: 0, slotsCorrect: 0, misrouteRefusals: [], misses: [], confusion: [], byClass: {} };
  const confusion = new Map<string, number>();
  for (const item of items) {
    const result = route(item.text, item.persona, { names: KNOWN_NAMES }, registry);
    const expected = labelOf(item.intent, item.refused);
    const got = labelOf(result.intent, result.refused);
    const intentOk = expected === got;
    const issues = slotIssues(item.params ?? {}, result.params);
    const slots = Object.keys(item.params ?? {}).length;
    score.slotsExpected += slots;
    score.slotsCorrect += slots - issues.length;
    const classScore = (score.byClass[item.class] ??= { items: 0, correct: 0 });
    classScore.items += 1;
    if (intentOk) {
      score.intentsCorrect += 1;
      classScore.correct += 1;
    } else confusion.set(`${expected} → ${got}`, (confusion.get(`${expected} → ${got}`) ?? 0) + 1);
    const miss: PhrasingMiss = { text: item.text, persona: item.persona, class: item.class, expected, got, confidence: result.confidence, slotIssues: issues };
    if (result.refused && !intentOk) score.misrouteRefusals.push(miss);
    if (!intentOk || issues.length > 0) score.misses.push(miss);
  }
  score.confusion = [...confusion].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
  return score;
}

/**
 * The score as the lines the test prints and docs/benchmarks.md quotes. `listMisses: false` keeps a held-out
 * set's sentences out of the output, so nobody tunes on them by reading a log.
 */
export function describeScore(name: string, score: PhrasingScore, listMisses = true): string {
  const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
  const lines = [
    `${name}: ${score.items} phrasings`,
    `  intents ${score.intentsCorrect}/${score.items} = ${percent(score.intentsCorrect, score.items)}`,
    `  entity slots ${score.slotsCorrect}/${score.slotsExpected} = ${percent(score.slotsCorrect, score.slotsExpected)}`,
    `  refusals caused by a misroute: ${score.misrouteRefusals.length}`,
    `  by class: ${Object.entries(score.byClass)
      .map(([kind, { items, correct }]) => `${kind} ${correct}/${items}`)
      .join(', ')}`,
    `  confusions (expected → got): ${score.confusion.map(([pair, count]) => `${pair} ×${count}`).join('; ') || 'none'}`,
  ];
  for (const miss of listMisses ? score.misses : []) {
    lines.push(`  ✗ [${miss.persona}/${miss.class}] "${miss.text}" — expected ${miss.expected}, got ${miss.got} @${miss.confidence}${miss.slotIssues.length ? ` (${miss.slotIssues.join('; ')})` : ''}`);
  }
  return lines.join('\n');
}
