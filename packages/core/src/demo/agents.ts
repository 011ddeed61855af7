import type { Agent } from '../contracts/agent.js';
import { AMERICAS_TEAM_ID, EUROPE_TEAM_ID, TEAM_IDS, type DemoTeamId } from './calendars.js';
import { TEAM_SKILLS } from './categories.js';
import type { DemoScale } from './demo-scale.js';
import type { SeededRandom } from './random.js';
import { personNames } from './text/names.js';

/** The part an agent plays in the planted signals; `steady` agents are middle-of-the-road. */
export type AgentRole = 'best' | 'worst' | 'overloaded' | 'underloaded' | 'steady';

/** An agent with the habits the ticket generator gives them. */
export interface DemoAgent {
  agent: Agent;
  teamId: DemoTeamId;
  role: AgentRole;
  /** Median reply delay as a share of the SLA target (0.4: replies after 40 % of the target). */
  replySpeed: number;
  /** Probability that a rating of their ticket is good. */
  csatGoodRate: number;
  /** Probability that a customer rates their solved ticket. */
  ratingRate: number;
  reopenRate: number;
  /** Relative share of the team's incoming tickets. */
  volumeWeight: number;
  /** Back-and-forths every solved ticket takes at least: 1 means the first reply never solves it (no one-touch). */
  minimumExchanges: number;
}

const TIME_ZONES: Readonly<Record<DemoTeamId, readonly string[]>> = {
  [EUROPE_TEAM_ID]: ['Europe/Paris', 'Europe/Madrid', 'Europe/Berlin', 'Europe/Lisbon', 'Europe/Brussels'],
  [AMERICAS_TEAM_ID]: ['America/New_York', 'America/Toronto', 'America/Chicago', 'America/Bogota'],
};

const LANGUAGES: Readonly<Record<DemoTeamId, readonly string[]>> = {
  [EUROPE_TEAM_ID]: ['french', 'german', 'spanish', 'portuguese'],
  [AMERICAS_TEAM_ID]: ['spanish', 'french'],
};

// The Europe team holds the best and worst performers, the Americas team the overloaded and underloaded agents.
const PLANTED_ROLES: Readonly<Record<DemoTeamId, readonly AgentRole[]>> = {
  [EUROPE_TEAM_ID]: ['best', 'worst'],
  [AMERICAS_TEAM_ID]: ['overloaded', 'underloaded'],
};

/** Two teams of agents; one agent of each planted role, the rest steady. */
export function generateAgents(scale: DemoScale, random: SeededRandom): DemoAgent[] {
  const names = personNames(scale.agentsPerTeam * TEAM_IDS.length, random);
  const agents: DemoAgent[] = [];
  for (const teamId of TEAM_IDS) {
    const roles: AgentRole[] = Array.from({ length: scale.agentsPerTeam }, () => 'steady');
    const slots = random.shuffle(roles.map((_, index) => index));
    PLANTED_ROLES[teamId].forEach((role, index) => (roles[slots[index]!] = role));
    for (const role of roles) {
      const number = agents.length + 1;
      const name = names[number - 1]!;
      agents.push(buildAgent(`agent-${number}`, name, teamId, role, random));
    }
  }
  return agents;
}

function buildAgent(id: string, name: string, teamId: DemoTeamId, role: AgentRole, random: SeededRandom): DemoAgent {
  const categorySkills = TEAM_SKILLS[teamId];
  // Planted agents cover every skill of their team, so reassignment and comparisons are fair.
  const dropped = role === 'steady' && random.chance(0.4) ? random.pick(categorySkills.slice(1)) : undefined;
  const skills = [...categorySkills.filter((skill) => skill !== dropped), ...random.shuffle(LANGUAGES[teamId]).slice(0, random.int(0, 2))];
  const agent: Agent = {
    id,
    name,
    email: `${name.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/ +/g, '.')}@support.supportai.example`,
    teamId,
    skills,
    capacity: role === 'overloaded' ? 8 : role === 'underloaded' ? 10 : random.int(6, 12),
    timezone: random.pick(TIME_ZONES[teamId]),
    hourlyCost: { amountCents: random.int(76, 124) * 50, currency: 'USD' },
    active: true,
  };
  return { agent, teamId, role, ...habitsOf(role, random) };
}

function habitsOf(role: AgentRole, random: SeededRandom): Omit<DemoAgent, 'agent' | 'teamId' | 'role'> {
  switch (role) {
    case 'best':
      return { replySpeed: 0.06, csatGoodRate: 0.99, ratingRate: 0.9, reopenRate: 0, volumeWeight: 1.8, minimumExchanges: 0 };
    case 'worst':
      // Reopened tickets rate worse still, which brings the observed CSAT near 47 %. The lightest share of
      // the volume and no one-touch solves put them last on throughput and one-touch too, not only on
      // speed, CSAT and reopens; customers who wait rate more often.
      return { replySpeed: 1.1, csatGoodRate: 0.52, ratingRate: 0.9, reopenRate: 0.2, volumeWeight: 0.45, minimumExchanges: 1 };
    default:
      return {
        replySpeed: random.between(0.3, 0.48),
        csatGoodRate: random.between(0.84, 0.89),
        ratingRate: 0.4,
        reopenRate: random.between(0.03, 0.06),
        volumeWeight: role === 'overloaded' ? 1.15 : random.between(0.9, 1.1),
        minimumExchanges: 0,
      };
  }
}
