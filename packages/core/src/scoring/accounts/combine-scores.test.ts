import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineHealthScores, combineWeightedScores, healthBandOf } from './combine-scores.js';
import { DEFAULT_HEALTH_CONFIG } from './health-config.js';

describe('combineHealthScores: SCORING §1.2 worked example', () => {
  // Dimension weights 35/25/15/15/10; usage 80, support 40, NPS (voice of customer) missing, engagement 100, billing 100.
  const example = combineHealthScores([
    { key: 'adoption', label: 'Usage', weight: 35, score: 80 },
    { key: 'support', label: 'Support', weight: 25, score: 40 },
    { key: 'voiceOfCustomer', label: 'NPS', weight: 15, score: null },
    { key: 'relationship', label: 'Engagement', weight: 15, score: 100 },
    { key: 'commercial', label: 'Billing', weight: 10, score: 100 },
  ]);

  it('gives 6300/85 = 74 → yellow at coverage 0.85', () => {
    // 35·80 + 25·40 + 15·100 + 10·100 = 2800 + 1000 + 1500 + 1000 = 6300; present weight 85
    expect(example.unroundedScore).toBeCloseTo(6300 / 85, 10);
    expect(example.score).toBe(74);
    expect(example.band).toBe('yellow');
    expect(example.coverageRate).toBeCloseTo(0.85, 10);
    expect(example.configVersion).toBe(DEFAULT_HEALTH_CONFIG.version);
  });

  it('puts support first among the drivers', () => {
    // pointsLost = (100 − s)·w / 85: support 60·25/85 = 17.6, usage 20·35/85 = 8.2; they sum to 100 − 74.1.
    // SCORING's prose says "−14 pts"; with the table's 25-point support weight the exact figure is 17.6
    // (14 = 60·20/85 would need support 20 and usage 50, which also give 6300/85).
    expect(example.drivers.map((driver) => driver.key)).toEqual(['support', 'adoption']);
    expect(example.drivers[0]!.pointsLost).toBeCloseTo(1500 / 85, 10);
    expect(example.drivers[1]!.pointsLost).toBeCloseTo(700 / 85, 10);
    expect(example.drivers[0]!.reason).toContain('−17.6 pts');
    const totalLost = example.components.reduce((total, component) => total + component.pointsLost, 0);
    expect(totalLost).toBeCloseTo(100 - example.unroundedScore!, 10);
  });
});

describe('combineHealthScores: floor, cap and bands', () => {
  it('reports insufficient data below 60 % coverage but still computes the score', () => {
    const thin = combineHealthScores([
      { key: 'a', label: 'A', weight: 50, score: 100 },
      { key: 'b', label: 'B', weight: 50, score: null },
    ]);
    // coverage 50/100 = 0.5 < 0.6
    expect(thin.score).toBe(100);
    expect(thin.band).toBe('insufficient_data');
  });

  it('caps at 49 when a critical input is 0, and a critical flag forces red even on thin data', () => {
    const capped = combineHealthScores([
      { key: 'usage', label: 'Usage', weight: 90, score: 100 },
      { key: 'champion', label: 'Champion', weight: 10, score: 0, critical: true, detail: 'champion left 45 days ago' },
    ]);
    // uncapped 9000/100 = 90 → min(90, 49) = 49
    expect(capped.unroundedScore).toBe(90);
    expect(capped.score).toBe(49);
    expect(capped.capped).toBe(true);
    expect(capped.criticalFlags).toEqual(['champion']);
    expect(capped.band).toBe('red');
    expect(capped.drivers[0]!.reason).toMatch(/^Critical: champion left 45 days ago/);
    const thinCritical = combineHealthScores([
      { key: 'champion', label: 'Champion', weight: 10, score: 0, critical: true },
      { key: 'usage', label: 'Usage', weight: 90, score: null },
    ]);
    expect(thinCritical.band).toBe('red');
  });

  it('has no score and no drivers without data', () => {
    const empty = combineHealthScores([{ key: 'a', label: 'A', weight: 10, score: null }]);
    expect(empty.score).toBeNull();
    expect(empty.band).toBe('insufficient_data');
    expect(empty.drivers).toEqual([]);
    expect(combineWeightedScores([]).coverageRate).toBe(0);
  });

  it('bands at the documented edges: 49 red, 50 yellow, 74 yellow, 75 green', () => {
    const config = DEFAULT_HEALTH_CONFIG;
    expect([49, 50, 74, 75].map((score) => healthBandOf(score, 1, false, config))).toEqual(['red', 'yellow', 'yellow', 'green']);
  });

  it('orders tied drivers by key', () => {
    const tied = combineWeightedScores([
      { key: 'b', label: 'B', weight: 10, score: 50 },
      { key: 'a', label: 'A', weight: 10, score: 50 },
    ]);
    expect(tied.drivers.map((driver) => driver.key)).toEqual(['a', 'b']);
  });
});

describe('combineHealthScores: properties', () => {
  const inputs = fc.array(fc.record({ weight: fc.integer({ min: 1, max: 20 }), score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }), { minLength: 1, maxLength: 8 });

  it('points lost always sum to 100 − score', () => {
    fc.assert(
      fc.property(inputs, (list) => {
        const result = combineWeightedScores(list.map((input, position) => ({ key: `m${position}`, label: `M${position}`, ...input })));
        const lost = result.components.reduce((total, component) => total + component.pointsLost, 0);
        if (result.unroundedScore === null) return lost === 0;
        return Math.abs(lost - (100 - result.unroundedScore)) < 1e-9;
      }),
    );
  });

  it('raising one sub-score never lowers the total', () => {
    fc.assert(
      fc.property(inputs, fc.nat(), fc.integer({ min: 1, max: 100 }), (list, pick, raise) => {
        const position = pick % list.length;
        const before = combineWeightedScores(list.map((input, index) => ({ key: `m${index}`, label: 'M', ...input })));
        const raised = list.map((input, index) => (index === position && input.score !== null ? { ...input, score: Math.min(100, input.score + raise) } : input));
        const after = combineWeightedScores(raised.map((input, index) => ({ key: `m${index}`, label: 'M', ...input })));
        return (after.unroundedScore ?? 0) >= (before.unroundedScore ?? 0) - 1e-9;
      }),
    );
  });
});
