import { type HealthConfig, type HealthConfigOverrides, resolveHealthConfig } from './health-config.js';
import type { HealthBand, ScoreComponent, ScoreDriver, WeightedScoreInput } from './types.js';

/** A weighted mean over the inputs that have data, with every input's share of the gap to 100. */
export interface WeightedScore {
  /** `Σ w·s / Σ present w`, unrounded; null when no input has data. */
  unroundedScore: number | null;
  presentWeight: number;
  totalWeight: number;
  /** `Σ present w / Σ all w` (0–1). */
  coverageRate: number;
  components: ScoreComponent[];
  /** Components that cost points, largest loss first. */
  drivers: ScoreDriver[];
}

/**
 * Weighted mean of 0–100 sub-scores over the present inputs (SCORING §1.2 NA handling); absent inputs
 * lower the coverage instead of the score. `pointsLost_i = (100 − s_i)·w_i / Σ present w`, so the losses sum to 100 − score.
 * `explain` false leaves `drivers` empty.
 */
export function combineWeightedScores(inputs: readonly WeightedScoreInput[], explain = true): WeightedScore {
  let presentWeight = 0;
  let totalWeight = 0;
  let weightedSum = 0;
  for (const input of inputs) {
    totalWeight += input.weight;
    if (input.score !== null && input.weight > 0) {
      presentWeight += input.weight;
      weightedSum += input.weight * input.score;
    }
  }
  const components = inputs.map((input): ScoreComponent => {
    const present = input.score !== null && input.weight > 0;
    return {
      key: input.key,
      label: input.label,
      weight: input.weight,
      score: input.score,
      rawValue: input.rawValue ?? null,
      unit: input.unit ?? null,
      thresholds: input.thresholds ?? null,
      present,
      critical: input.critical ?? false,
      pointsLost: present ? ((100 - input.score!) * input.weight) / presentWeight : 0,
      detail: input.detail ?? null,
    };
  });
  // Without `explain` (e.g. a trend's past score) the reason sentences are skipped.
  const drivers = explain
    ? components
        .filter((component) => component.pointsLost > 0)
        .sort((left, right) => right.pointsLost - left.pointsLost || left.key.localeCompare(right.key))
        .map(driverOf)
    : [];
  return {
    unroundedScore: presentWeight > 0 ? weightedSum / presentWeight : null,
    presentWeight,
    totalWeight,
    coverageRate: totalWeight > 0 ? presentWeight / totalWeight : 0,
    components,
    drivers,
  };
}

/** A combined health score with its band, coverage, critical cap and explanation. */
export interface HealthScoreSummary extends WeightedScore {
  /** The score shown: rounded, after the critical cap; null without data. */
  score: number | null;
  band: HealthBand;
  /** Whether a critical input at 0 capped the score. */
  capped: boolean;
  /** Keys of the critical inputs at 0. */
  criticalFlags: string[];
  thresholds: { coverageFloorRate: number; criticalCap: number; redBelow: number; yellowBelow: number };
  configVersion: string;
}

/**
 * Combines metric or dimension scores into a health score: weighted mean, coverage floor, critical cap, bands.
 * `explain` false leaves `drivers` empty.
 * @example combineHealthScores([{ key: 'adoption', label: 'Usage', weight: 35, score: 80 }, …]).band // 'yellow'
 */
export function combineHealthScores(inputs: readonly WeightedScoreInput[], config: HealthConfig | HealthConfigOverrides = {}, explain = true): HealthScoreSummary {
  const resolved = resolveHealthConfig(config);
  const weighted = combineWeightedScores(inputs, explain);
  const criticalFlags: string[] = [];
  for (const component of weighted.components) {
    if (component.present && component.critical && component.score === 0) criticalFlags.push(component.key);
  }
  const critical = criticalFlags.length > 0;
  const exact = weighted.unroundedScore;
  const score = exact === null ? null : critical ? Math.min(Math.round(exact), resolved.criticalCap) : Math.round(exact);
  // Built property by property: spreading the weighted result here was the hot spot on 5k accounts.
  return {
    unroundedScore: exact,
    presentWeight: weighted.presentWeight,
    totalWeight: weighted.totalWeight,
    coverageRate: weighted.coverageRate,
    components: weighted.components,
    drivers: weighted.drivers,
    score,
    band: healthBandOf(score, weighted.coverageRate, critical, resolved),
    capped: critical && exact !== null && exact > resolved.criticalCap,
    criticalFlags,
    thresholds: { coverageFloorRate: resolved.coverageFloor, criticalCap: resolved.criticalCap, redBelow: resolved.bands.redBelow, yellowBelow: resolved.bands.yellowBelow },
    configVersion: resolved.version,
  };
}

/** The band of a score: a critical flag forces Red even on thin data; otherwise thin data is `insufficient_data`. */
export function healthBandOf(score: number | null, coverageRate: number, critical: boolean, config: Pick<HealthConfig, 'bands' | 'coverageFloor'>): HealthBand {
  if (score === null) return 'insufficient_data';
  if (critical) return 'red';
  if (coverageRate < config.coverageFloor) return 'insufficient_data';
  if (score < config.bands.redBelow) return 'red';
  return score < config.bands.yellowBelow ? 'yellow' : 'green';
}

function driverOf(component: ScoreComponent): ScoreDriver {
  const lost = component.pointsLost.toFixed(1);
  const scored = `${component.label} scores ${Math.round(component.score ?? 0)}/100`;
  const reason = component.critical && component.score === 0
    ? `Critical: ${component.detail ?? component.label} (costs ${lost} pts and caps health)`
    : component.detail
      ? `${component.detail}: ${scored}, −${lost} pts`
      : `${scored}, −${lost} pts`;
  return { key: component.key, reason, pointsLost: component.pointsLost, rawValue: component.rawValue, score: component.score, critical: component.critical };
}
