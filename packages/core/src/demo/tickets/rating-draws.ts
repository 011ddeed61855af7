import type { SeededRandom } from '../random.js';

/**
 * Good-or-bad CSAT draws that follow each agent's rate closely. Each agent keeps a running balance (error
 * diffusion from a random start) instead of flipping a coin per rating, so over any run of ratings the
 * number of good ones is within one of the sum of their rates: a month's CSAT shows the agent's habit, not
 * the luck of a dozen coin flips, and the planted best and worst agents stand apart on every seed.
 */
export class RatingDraws {
  private readonly balances = new Map<string, number>();

  constructor(private readonly random: SeededRandom) {}

  /** Whether the agent's next rating, good with probability `goodRate` on its own, is good. */
  isGood(agentId: string, goodRate: number): boolean {
    const balance = (this.balances.get(agentId) ?? this.random.next()) + goodRate;
    const good = balance >= 1;
    this.balances.set(agentId, good ? balance - 1 : balance);
    return good;
  }
}
