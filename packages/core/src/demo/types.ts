import type { SupportData } from '../data/support-data.js';

/**
 * How much data to generate: `'small'` is the demo (40 accounts, 12 agents in 2 teams, ~3,000 tickets over
 * 6 months); an explicit size is for benchmarks, up to `{ accounts: 5000, tickets: 100000 }` and beyond.
 */
export type DemoSize = 'small' | { accounts: number; tickets: number };

/** Options of `generateDemoDataset`. */
export interface GenerateDemoDatasetOptions {
  /** Any safe integer; the same seed and size always give the same dataset. @default 1 */
  seed?: number;
  /** @default 'small' */
  size?: DemoSize;
}

/** A planted churn risk and, in a sentence, the facts that make it one. */
export interface ChurnRiskTruth {
  accountId: string;
  reason: string;
}

/**
 * The signals planted in the dataset, so tests and demos can check that an analysis finds them. Every
 * id exists in the dataset, listed in dataset order (accounts by id, tickets by creation).
 */
export interface DemoTruth {
  /**
   * Accounts whose mean weekly active users over the last 4 weeks are at least 35 % below the 4 weeks
   * before, from a base of 20 users or more (computed from `usage`). The churn-risk accounts' usage falls
   * too, so they are listed here as well as the accounts whose only problem is the drop.
   */
  decliningAdoptionAccountIds: string[];
  /** Accounts with every churn signal at once: low and falling usage, bad CSAT, escalations, champion gone, overdue invoice, contraction. */
  highChurnRiskAccountIds: ChurnRiskTruth[];
  /** The agent whose open, priority-weighted load (urgent 3, high 2, normal 1, low 0.5) is at least twice their capacity. */
  overloadedAgentId: string;
  /** An active agent with at most one open ticket, in the overloaded agent's team with the same skills. */
  underloadedAgentId: string;
  /**
   * Fastest replies, CSAT near 99 % over 30+ ratings, the most solves, no reopens; at least 60 tickets
   * solved in the last 30 days, so a 30-day ranking names them top on any seed and size.
   */
  bestAgentId: string;
  /**
   * In the best agent's team: the slowest replies, CSAT near 47 % over 30+ ratings, reopens, no
   * one-touch solves and the lightest volume, yet at least 20 tickets solved in the last 30 days, so a
   * 30-day ranking (20 solves and 10 ratings by default) ranks them, last, and names them lowest.
   */
  worstAgentId: string;
  /**
   * Open tickets with no agent reply whose first-reply deadline, computed by the SLA engine at `now`, falls
   * within the next 60 minutes (computed over every ticket, not hand-listed).
   */
  atRiskTicketIds: string[];
  /** Healthy promoters using 95 %+ of their seats with growing usage and no open ticket. */
  upsellAccountIds: string[];
  /** Every account whose renewal date is within 90 days of `now` (computed). */
  renewalsWithin90DaysAccountIds: string[];
}

/** A generated dataset: `SupportData` plus its own clock, how it was made and what was planted. Deeply frozen. */
export type DemoDataset = SupportData & {
  /** The dataset's own "now" (ISO); analyses of the demo should use it instead of the clock. */
  now: string;
  seed: number;
  size: DemoSize;
  truth: DemoTruth;
};
