import * as z from 'zod';
import { IdSchema } from '../contracts/common.js';

/** The metrics a host can set goals on (executive OKR view). */
export const GOAL_METRICS = [
  'slaCompliance',
  'csat',
  'aiResolutionRate',
  'costPerTicket',
  'firstReplyMedianMinutes',
  'resolutionMedianMinutes',
  'nps',
  'backlog',
  'arrAtRisk',
] as const;

/** A KPI goal the host configured: reach `target` (at least or at most) by `dueDate`. */
export const KpiGoalSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'must name the goal'),
  metric: z.enum(GOAL_METRICS),
  target: z.number().finite(),
  /** Whether higher (`atLeast`) or lower (`atMost`) is better. */
  direction: z.enum(['atLeast', 'atMost']),
  /** Where the metric stood when the goal was set, for progress. */
  baseline: z.number().finite().optional(),
  dueDate: z.iso.date({ message: 'must be a date as YYYY-MM-DD' }).optional(),
});

/** Cost inputs for the board metrics (SCORING §6). Money in integer cents of `currency`. */
export const SupportCostsSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO-4217 code'),
  /** Total monthly support operating expense: salaries, tools (AI included), facilities. */
  monthlyOpexCents: z.number().int().nonnegative(),
  /** Share of opex that is human handling (for the cost per human-handled ticket). @default 0.8 */
  humanShareOfOpex: z.number().min(0).max(1).optional(),
  /** Price the AI vendor charges per automated resolution. */
  aiPricePerResolutionCents: z.number().int().nonnegative(),
  /** Monthly AI platform fees on top of per-resolution pricing. */
  aiPlatformFeeMonthlyCents: z.number().int().nonnegative(),
  /** Monthly budget of the support department, for budget vs actual. */
  monthlyBudgetCents: z.number().int().nonnegative().optional(),
});

/** Host settings the analytics read: costs, goals and the help-center traffic for deflection. */
export const SupportSettingsSchema = z.object({
  costs: SupportCostsSchema,
  goals: z.array(KpiGoalSchema),
  /** Help-center sessions per month, for the self-service (deflection) ratio. */
  helpCenterSessionsPerMonth: z.number().int().nonnegative().optional(),
  /** Key features per plan, for feature breadth (SCORING §1). */
  keyFeatures: z.array(z.string()).optional(),
  /** Product catalogue, for cross-sell whitespace (SCORING §7). */
  productCatalogue: z.array(z.string()).optional(),
});

export type KpiGoal = z.infer<typeof KpiGoalSchema>;
export type SupportCosts = z.infer<typeof SupportCostsSchema>;
export type SupportSettings = z.infer<typeof SupportSettingsSchema>;
