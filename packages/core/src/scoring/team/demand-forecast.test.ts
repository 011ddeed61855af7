import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastDemand } from './demand-forecast.js';

const flat = [10, 10, 10, 10, 10, 2, 0];

describe('forecastDemand', () => {
  it('averages each weekday and keeps a flat history flat', () => {
    const forecast = forecastDemand([flat, flat, flat, flat], [0.75, 1.25]);
    expect(forecast.averageByWeekday).toEqual(flat);
    expect(forecast.slopeTicketsPerWeek).toBe(0);
    expect(forecast.trendFactor).toBe(1);
    expect(forecast.forecastByWeekday).toEqual(flat);
  });

  it('extrapolates the Theil–Sen trend from the mean to next week', () => {
    // Weekly totals 40, 44, 48, 52: slope 4, mean 46, K = 4 → (46 + 4 × 2.5) / 46 = 56 / 46.
    const weeks = [40, 44, 48, 52].map((total) => [total, 0, 0, 0, 0, 0, 0]);
    const forecast = forecastDemand(weeks, [0.75, 1.25]);
    expect(forecast.slopeTicketsPerWeek).toBe(4);
    expect(forecast.trendFactor).toBeCloseTo(56 / 46, 10);
    expect(forecast.forecastByWeekday[0]).toBeCloseTo(46 * (56 / 46), 10);
    expect(forecast.trendBounded).toBe(false);
  });

  it('clips a steep trend to the bounds', () => {
    // Totals 50 and 60: (55 + 10 × 1.5) / 55 = 1.27 → 1.25.
    const forecast = forecastDemand([[50, 0, 0, 0, 0, 0, 0], [60, 0, 0, 0, 0, 0, 0]], [0.75, 1.25]);
    expect(forecast.trendFactor).toBe(1.25);
    expect(forecast.trendBounded).toBe(true);
  });

  it('forecasts nothing from no history, and no trend from one week', () => {
    expect(forecastDemand([], [0.75, 1.25]).forecastByWeekday).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(forecastDemand([flat], [0.75, 1.25]).trendFactor).toBe(1);
  });

  it('never forecasts outside the bounded range of the weekday averages', () => {
    const week = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(fc.array(week, { minLength: 1, maxLength: 8 }), (weeks) => {
        const forecast = forecastDemand(weeks, [0.75, 1.25]);
        forecast.forecastByWeekday.forEach((value, day) => {
          expect(value).toBeGreaterThanOrEqual(0.75 * forecast.averageByWeekday[day]! - 1e-9);
          expect(value).toBeLessThanOrEqual(1.25 * forecast.averageByWeekday[day]! + 1e-9);
        });
      }),
    );
  });
});
