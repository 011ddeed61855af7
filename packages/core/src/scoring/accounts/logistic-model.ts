import * as z from 'zod';
import { createParser } from '../../contracts/parse.js';

const finite = z.number().finite();

/**
 * A churn model trained offline (L2-regularised logistic regression on standardised features, SCORING §2.2)
 * and exported as JSON. Every feature with a coefficient needs a mean and a positive scale.
 * @example { version: 'churn-lr-2026-05', intercept: -2.1, coef: { seatUtilisationRate: -0.8 }, mean: { seatUtilisationRate: 0.7 }, scale: { seatUtilisationRate: 0.15 } }
 */
export const LogisticModelSchema = z
  .object({
    version: z.string().trim().min(1, 'must name the model version'),
    intercept: finite,
    coef: z.record(z.string(), finite),
    mean: z.record(z.string(), finite),
    scale: z.record(z.string(), finite),
  })
  .superRefine((model, context) => {
    for (const feature of Object.keys(model.coef)) {
      if (model.mean[feature] === undefined) context.addIssue({ code: 'custom', path: ['mean', feature], message: `must give the training mean of "${feature}"` });
      const scale = model.scale[feature];
      if (scale === undefined || scale <= 0) context.addIssue({ code: 'custom', path: ['scale', feature], message: `must give a positive training scale of "${feature}"` });
    }
  });

export type LogisticModel = z.infer<typeof LogisticModelSchema>;

/** Parses a model exported as JSON, naming every bad field. */
export const parseLogisticModel = createParser(LogisticModelSchema, 'LogisticModel');

/** One feature's exact share of the log-odds: `β·(x − μ)/σ` (0 when x is missing). */
export interface FeatureContribution {
  feature: string;
  value: number | null;
  standardisedValue: number;
  coefficient: number;
  /** Log-odds added by this feature; positive raises risk. */
  contribution: number;
  /** `e^contribution`: how many times this feature multiplies the odds. */
  oddsMultiplier: number;
  missing: boolean;
}

/** A model's probability with its exact explanation. */
export interface LogisticScore {
  modelVersion: string;
  logOdds: number;
  probability: number;
  /** Every feature, largest absolute contribution first. */
  contributions: FeatureContribution[];
  /** Top 3 positive contributions. */
  riskDrivers: FeatureContribution[];
  /** The largest negative contribution, if any. */
  protectiveFactor: FeatureContribution | null;
  /** Features the model uses that had no value (scored at the training mean). */
  missingFeatures: string[];
}

/**
 * Scores a logistic model in pure TypeScript: `z = β0 + Σ β_i·(x_i − μ_i)/σ_i`, `p = 1/(1 + e^−z)`. For a
 * linear model the contributions are exact SHAP values; a missing feature sits at its mean and adds 0.
 */
export function scoreLogisticModel(model: LogisticModel, features: Readonly<Record<string, number | null | undefined>>): LogisticScore {
  let logOdds = model.intercept;
  const contributions: FeatureContribution[] = [];
  const missingFeatures: string[] = [];
  for (const [feature, coefficient] of Object.entries(model.coef)) {
    const raw = features[feature];
    const value = raw === undefined || raw === null || !Number.isFinite(raw) ? null : raw;
    const scale = model.scale[feature] ?? 0;
    const standardisedValue = value === null || scale <= 0 ? 0 : (value - (model.mean[feature] ?? 0)) / scale;
    const contribution = coefficient * standardisedValue;
    if (value === null) missingFeatures.push(feature);
    logOdds += contribution;
    contributions.push({ feature, value, standardisedValue, coefficient, contribution, oddsMultiplier: Math.exp(contribution), missing: value === null });
  }
  contributions.sort((left, right) => Math.abs(right.contribution) - Math.abs(left.contribution) || left.feature.localeCompare(right.feature));
  const riskDrivers = contributions.filter((entry) => entry.contribution > 0).slice(0, 3);
  const protectiveFactor = contributions.find((entry) => entry.contribution < 0) ?? null;
  return { modelVersion: model.version, logOdds, probability: 1 / (1 + Math.exp(-logOdds)), contributions, riskDrivers, protectiveFactor, missingFeatures };
}
