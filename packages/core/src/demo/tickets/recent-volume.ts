import type { DemoAgent } from '../agents.js';
import { CATEGORY_PROFILES } from '../categories.js';
import { DAY_MS } from '../demo-time.js';
import type { SeededRandom } from '../random.js';
import type { TicketPlan } from './ticket-plan.js';

/**
 * Recent tickets of the planted performers, whatever the seed and size. A ranking judges an agent on
 * the last 30 days once they have 20 solves and 10 ratings (the defaults): the best agent gets at
 * least 60, so their CSAT interval clears the team's median; the worst agent gets exactly 20, enough to
 * be ranked and fewer than the steady agents' ~35, so they trail on throughput too.
 */
export const BEST_AGENT_RECENT_TICKETS = 60;
export const WORST_AGENT_RECENT_TICKETS = 20;

// Solved tickets created in this span are solved inside the last 30 days (solved history ends before `now`).
const RECENT_FROM_DAYS = 30;
const RECENT_TO_DAYS = 1;

/**
 * Moves recent tickets between the planted performers and the steady agents of their team (planted
 * agents have every skill of their team; a steady agent takes only tickets of their skills). Churn-risk
 * accounts and incidents keep their agents. Changes the plans in place.
 */
export function plantRecentVolume(plans: readonly TicketPlan[], agents: readonly DemoAgent[], nowMs: number, random: SeededRandom): void {
  const recent = plans.filter(
    (plan) => plan.handling === 'human' && plan.createdAtMs > nowMs - RECENT_FROM_DAYS * DAY_MS && plan.createdAtMs < nowMs - RECENT_TO_DAYS * DAY_MS && plan.account.role !== 'churn' && plan.incidentKey === undefined,
  );
  for (const agent of agents) {
    const target = agent.role === 'best' ? BEST_AGENT_RECENT_TICKETS : agent.role === 'worst' ? WORST_AGENT_RECENT_TICKETS : null;
    if (target === null) continue;
    const own = recent.filter((plan) => plan.agent === agent);
    const steady = agents.filter((candidate) => candidate.teamId === agent.teamId && candidate.role === 'steady');
    if (own.length < target) {
      const movable = recent.filter((plan) => plan.teamId === agent.teamId && plan.agent?.role === 'steady');
      for (const plan of random.shuffle(movable).slice(0, target - own.length)) reassign(plan, agent);
    } else if (agent.role === 'worst') {
      for (const plan of random.shuffle(own).slice(0, own.length - target)) {
        const skilled = steady.filter((candidate) => candidate.agent.skills.includes(CATEGORY_PROFILES[plan.issue.category].skill));
        if (skilled.length > 0) reassign(plan, random.pick(skilled));
      }
    }
  }
}

function reassign(plan: TicketPlan, agent: DemoAgent): void {
  plan.agent = agent;
  if (plan.reassignedFrom === agent) delete plan.reassignedFrom;
}
