import type { Agent } from '../../contracts/agent.js';
import type { BusinessCalendar } from '../../contracts/business-calendar.js';
import type { Ticket } from '../../contracts/ticket.js';
import { businessSecondsBetween } from '../../sla/business-time.js';
import type { ReassignmentConfig } from './team-config.js';
import { HOUR_MS } from './team-scope.js';
import type { TicketFacts } from './ticket-facts.js';

/** Why a ticket may not move (SCORING §4.2 `movable` and the guardrails). */
export type MoveBlock = 'not_new_or_open' | 'escalated' | 'agent_engaged' | 'moved_recently' | 'customer_active';

/** Skills a ticket needs: its category's, from `categorySkills` (lower-cased); none for an unlisted category. */
export function requiredSkillsOf(ticket: Ticket, config: ReassignmentConfig): readonly string[] {
  return config.categorySkills[ticket.category.trim().toLowerCase()] ?? [];
}

/** Ticket tags that are somebody's skill (e.g. a language) and not required: nice to have in the target. */
export function optionalSkillsOf(ticket: Ticket, knownSkills: ReadonlySet<string>, required: readonly string[], config: ReassignmentConfig): string[] {
  if (!config.optionalSkillsFromTags) return [];
  return ticket.tags.map((tag) => tag.trim().toLowerCase()).filter((tag) => knownSkills.has(tag) && !required.includes(tag));
}

/** An agent's skills, lower-cased, for case-insensitive matching. */
export function skillSet(agent: Agent): Set<string> {
  return new Set(agent.skills.map((skill) => skill.trim().toLowerCase()));
}

/**
 * Why a ticket may not be moved, or null when it may: it must be new or open (not pending the
 * customer, not on hold), not escalated, not yet answered publicly unless no agent touched it for
 * `idleBusinessHours`, not reassigned within `movedWithinHours`, and its customer not writing right now.
 */
export function moveBlockOf(ticket: Ticket, facts: TicketFacts, calendar: BusinessCalendar | null, nowMs: number, config: ReassignmentConfig): MoveBlock | null {
  if (ticket.status !== 'new' && ticket.status !== 'open') return 'not_new_or_open';
  if (ticket.escalated === true) return 'escalated';
  if (facts.lastMovedAtMs !== null && nowMs - facts.lastMovedAtMs < config.movedWithinHours * HOUR_MS) return 'moved_recently';
  if (facts.lastCustomerMessageAtMs !== null && nowMs - facts.lastCustomerMessageAtMs < config.customerActiveHours * HOUR_MS) return 'customer_active';
  if (facts.firstAgentReplyAtMs !== null && facts.lastAgentTouchAtMs !== null) {
    const idleSeconds = calendar ? businessSecondsBetween(calendar, new Date(facts.lastAgentTouchAtMs), new Date(nowMs)) : (nowMs - facts.lastAgentTouchAtMs) / 1000;
    if (idleSeconds < config.idleBusinessHours * 3600) return 'agent_engaged';
  }
  return null;
}

/** The five terms of the move cost (SCORING §4.2), each as its input and its weighted share. */
export interface MoveCost {
  total: number;
  missingOptionalSkills: { count: number; points: number };
  contextLoss: { lost: boolean; points: number };
  targetLoadAfter: { load: number; points: number };
  slaRisk: { risk: number; points: number };
  csatAdvantage: { difference: number; points: number };
}

/**
 * `c(t, a→b) = 3·missingOptionalSkills + 2·contextLoss + 1·load_b_after − 4·slaRisk − 1·(csatAdj_b − csatAdj_team)`;
 * lower is better.
 */
export function moveCost(
  input: { missingOptionalSkills: number; contextLoss: boolean; targetLoadAfter: number; slaRisk: number; csatDifference: number },
  config: ReassignmentConfig,
): MoveCost {
  const weights = config.costWeights;
  const parts = {
    missingOptionalSkills: { count: input.missingOptionalSkills, points: weights.missingOptionalSkill * input.missingOptionalSkills },
    contextLoss: { lost: input.contextLoss, points: input.contextLoss ? weights.contextLoss : 0 },
    targetLoadAfter: { load: input.targetLoadAfter, points: weights.targetLoadAfter * input.targetLoadAfter },
    slaRisk: { risk: input.slaRisk, points: -weights.slaRisk * input.slaRisk },
    csatAdvantage: { difference: input.csatDifference, points: -weights.csatAdvantage * input.csatDifference },
  };
  const total = parts.missingOptionalSkills.points + parts.contextLoss.points + parts.targetLoadAfter.points + parts.slaRisk.points + parts.csatAdvantage.points;
  return { total, ...parts };
}
