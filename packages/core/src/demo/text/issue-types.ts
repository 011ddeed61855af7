import type { Priority } from '../../contracts/common.js';
import type { Category } from '../categories.js';

/**
 * One recurring customer issue, phrased several ways so similar-ticket search has true neighbours.
 * Texts may hold `{slot}` placeholders (see `slots.ts`), filled once per ticket.
 */
export interface IssueArchetype {
  key: string;
  category: Category;
  tags: readonly string[];
  /** Relative weights of the priority a ticket of this issue opens with. */
  priorities: Readonly<Partial<Record<Priority, number>>>;
  subjects: readonly string[];
  descriptions: readonly string[];
  /** The agent's first answer: acknowledgement and questions. */
  firstReplies: readonly string[];
  /** The agent's answer that fixes it. */
  solutionReplies: readonly string[];
  /** `resolutionSummary` of solved tickets. */
  resolutions: readonly string[];
}

export const DEFAULT_PRIORITIES: Readonly<Partial<Record<Priority, number>>> = { low: 15, normal: 58, high: 22, urgent: 5 };
