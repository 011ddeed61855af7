import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLogisticModel, scoreLogisticModel } from './logistic-model.js';

const model = parseLogisticModel({ version: 'test-1', intercept: -2, coef: { a: 1, b: -0.5, c: 2 }, mean: { a: 10, b: 0, c: 0 }, scale: { a: 2, b: 1, c: 1 } });

describe('scoreLogisticModel', () => {
  it('computes exact contributions, probability, drivers and odds multipliers', () => {
    // a: (14 − 10)/2 = 2 → +2; b: (2 − 0)/1 = 2 → −1; c missing → 0. z = −2 + 2 − 1 = −1 → p = 1/(1 + e) = 0.2689
    const score = scoreLogisticModel(model, { a: 14, b: 2, c: null });
    expect(score.logOdds).toBeCloseTo(-1, 12);
    expect(score.probability).toBeCloseTo(1 / (1 + Math.E), 12);
    expect(score.riskDrivers.map((entry) => entry.feature)).toEqual(['a']);
    expect(score.riskDrivers[0]!.oddsMultiplier).toBeCloseTo(Math.exp(2), 12);
    expect(score.protectiveFactor).toMatchObject({ feature: 'b', contribution: -1 });
    expect(score.missingFeatures).toEqual(['c']);
    expect(score.contributions.map((entry) => entry.feature)).toEqual(['a', 'b', 'c']);
  });

  it('scores every feature at its mean as the intercept alone', () => {
    expect(scoreLogisticModel(model, {}).probability).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
  });

  it('rejects a model without a mean or with a zero scale, naming the field', () => {
    expect(() => parseLogisticModel({ version: 'bad', intercept: 0, coef: { a: 1 }, mean: {}, scale: { a: 0 } })).toThrow(/mean\.a.*scale\.a|scale\.a.*mean\.a/s);
  });

  it('raising a feature with a positive coefficient never lowers the probability', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (value, raise) => {
        const before = scoreLogisticModel(model, { a: value }).probability;
        const after = scoreLogisticModel(model, { a: value + raise }).probability;
        return after >= before - 1e-12;
      }),
    );
  });
});
