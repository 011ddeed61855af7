import { describe, expect, it } from 'vitest';
import { kendallTau, linearScore, median, percentileRank, quantile, shrunkRate, theilSenSlope, wilsonInterval } from './statistics.js';

describe('statistics, hand-computed', () => {
  it('median and quantiles interpolate between ranks', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    // p90 of 1..10: position 0.9 × 9 = 8.1 → 9 + 0.1 × (10 − 9) = 9.1
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(median([])).toBeNull();
  });

  it('Wilson lower bound: 8/10 → 0.49, 80/100 → 0.71', () => {
    expect(wilsonInterval(8, 10)!.lower).toBeCloseTo(0.49, 2);
    expect(wilsonInterval(80, 100)!.lower).toBeCloseTo(0.711, 2);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('shrinkage pulls a small sample toward the prior: (7 + 10·0.8) / (8 + 10) = 0.8333', () => {
    expect(shrunkRate(7, 8, 0.8)).toBeCloseTo(15 / 18);
  });

  it('Theil–Sen takes the median pairwise slope', () => {
    // pairs: (0,1)=1 (0,2)=1 (0,3)=33 (1,2)=1 (1,3)=49 (2,3)=97 → sorted 1,1,1,33,49,97 → median (1+33)/2 = 17
    expect(theilSenSlope([1, 2, 3, 100])).toBe(17);
    expect(theilSenSlope([10, 8, 6, 4])).toBe(-2);
  });

  it("Kendall's tau is 1 for a rising series and −1 for a falling one", () => {
    expect(kendallTau([1, 2, 3, 4])).toBe(1);
    expect(kendallTau([4, 3, 2, 1])).toBe(-1);
    // pairs of 1,3,2,0: (1,3)+ (1,2)+ (1,0)− (3,2)− (3,0)− (2,0)− → (2 − 4) / 6
    expect(kendallTau([1, 3, 2, 0])).toBeCloseTo(-2 / 6);
  });

  it('linear scores clamp and work in both directions', () => {
    expect(linearScore(0.65, 0.5, 0.8)).toBeCloseTo(50);
    expect(linearScore(1.5, 2, 1)).toBeCloseTo(50); // lower is better: 2.0× poor, 1.0× good
    expect(linearScore(3, 2, 1)).toBe(0);
  });

  it('percentile rank counts ties half', () => {
    expect(percentileRank(2, [1, 2, 3, 4])).toBe(37.5);
  });
});
