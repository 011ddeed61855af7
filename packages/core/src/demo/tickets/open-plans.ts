import type { Priority } from '../../contracts/common.js';
import type { DemoAccount } from '../accounts.js';
import type { AgentRole, DemoAgent } from '../agents.js';
import { AMERICAS_TEAM_ID, EUROPE_TEAM_ID, TEAM_IDS, type DemoTeamId } from '../calendars.js';
import { CATEGORY_PROFILES, categoriesOfTeam, PRIORITY_WEIGHTS, type Category } from '../categories.js';
import { HOUR_MS, MINUTE_MS } from '../demo-time.js';
import type { SeededRandom } from '../random.js';
import type { PlanPicker } from './plan-picker.js';
import type { TeamClock } from './team-clock.js';
import type { OpenState, TicketPlan } from './ticket-plan.js';

export interface OpenContext {
  picker: PlanPicker;
  random: SeededRandom;
  clocks: ReadonlyMap<string, TeamClock>;
  agents: readonly DemoAgent[];
  accounts: readonly DemoAccount[];
  nowMs: number;
  agentsPerTeam: number;
}

interface AtRiskSpec {
  teamId: DemoTeamId;
  role: AgentRole | null;
  priority: Priority;
  deadlineInMinutes: number;
}

// Six tickets whose first reply is due within the hour: three on the overloaded agent, one in the queue, two in Europe.
const AT_RISK: readonly AtRiskSpec[] = [
  { teamId: AMERICAS_TEAM_ID, role: 'overloaded', priority: 'urgent', deadlineInMinutes: 18 },
  { teamId: AMERICAS_TEAM_ID, role: 'overloaded', priority: 'high', deadlineInMinutes: 34 },
  { teamId: AMERICAS_TEAM_ID, role: 'overloaded', priority: 'high', deadlineInMinutes: 52 },
  { teamId: AMERICAS_TEAM_ID, role: null, priority: 'normal', deadlineInMinutes: 41 },
  { teamId: EUROPE_TEAM_ID, role: 'steady', priority: 'high', deadlineInMinutes: 27 },
  { teamId: EUROPE_TEAM_ID, role: 'steady', priority: 'normal', deadlineInMinutes: 47 },
];

// The overloaded agent's answered backlog: with the three at-risk tickets, 21 priority points on a capacity of 8.
const OVERLOADED_BACKLOG: readonly Priority[] = ['urgent', 'urgent', 'high', 'high', 'high', 'normal', 'normal'];

/**
 * Plans the tickets open at `now`: the at-risk ones, the overloaded agent's pile, the underloaded agent's
 * single ticket, one engineering escalation per churn risk, every other agent at 80–92 % of capacity, and a
 * few fresh arrivals in each team's queue.
 */
export function planOpenTickets(context: OpenContext): TicketPlan[] {
  const { agents, random } = context;
  const plans: TicketPlan[] = [];
  const loads = new Map<DemoAgent, number>(agents.map((agent) => [agent, 0]));
  const add = (plan: TicketPlan) => {
    plans.push(plan);
    if (plan.agent) loads.set(plan.agent, loads.get(plan.agent)! + PRIORITY_WEIGHTS[plan.priority]);
  };
  const steadyEurope = random.shuffle(agents.filter((agent) => agent.teamId === EUROPE_TEAM_ID && agent.role === 'steady'));
  for (const spec of AT_RISK) {
    const agent = spec.role === null ? null : spec.role === 'steady' ? steadyEurope.shift()! : agents.find((candidate) => candidate.role === spec.role)!;
    const minutes = spec.deadlineInMinutes + random.int(-3, 3);
    add(openPlan(context, { teamId: spec.teamId, agent, priority: spec.priority, state: { kind: 'awaiting-first-reply', deadlineInMinutes: minutes } }));
  }
  const overloaded = agents.find((agent) => agent.role === 'overloaded')!;
  OVERLOADED_BACKLOG.forEach((priority, index) => {
    const state: OpenState =
      index % 3 === 2
        ? { kind: 'waiting-on-agent', ageHours: random.between(30, 60), waitingHours: random.between(20, 28) }
        : { kind: 'in-progress', status: 'open', ageHours: random.between(2, 30) };
    add(openPlan(context, { teamId: AMERICAS_TEAM_ID, agent: overloaded, priority, state }));
  });
  const underloaded = agents.find((agent) => agent.role === 'underloaded')!;
  add(openPlan(context, { teamId: AMERICAS_TEAM_ID, agent: underloaded, priority: 'normal', state: { kind: 'in-progress', status: 'pending', ageHours: random.between(20, 50) } }));

  // Each churn risk has an engineering escalation on hold for days, spread over the steady Americas agents.
  const steadyAmericas = agents.filter((agent) => agent.teamId === AMERICAS_TEAM_ID && agent.role === 'steady');
  context.accounts
    .filter((account) => account.role === 'churn')
    .forEach((account, index) => {
      const agent = steadyAmericas[index % steadyAmericas.length]!;
      const state: OpenState = { kind: 'in-progress', status: 'on_hold', ageHours: random.between(72, 190) };
      add(openPlan(context, { teamId: AMERICAS_TEAM_ID, agent, priority: 'high', account, escalated: true, state }));
    });

  for (const agent of agents) {
    if (agent.role === 'overloaded' || agent.role === 'underloaded') continue;
    const target = random.between(0.8, 0.92) * agent.agent.capacity;
    for (;;) {
      const drawn = random.weighted<Priority>({ normal: 60, high: 18, low: 22, urgent: 0 });
      const priority = loads.get(agent)! + PRIORITY_WEIGHTS[drawn] <= target ? drawn : 'low';
      if (loads.get(agent)! + PRIORITY_WEIGHTS[priority] > target) break;
      const status = random.weighted({ open: 45, pending: 45, on_hold: 10 });
      add(openPlan(context, { teamId: agent.teamId, agent, priority, escalated: status === 'on_hold', state: { kind: 'in-progress', status, ageHours: random.between(3, 100) } }));
    }
  }

  for (const teamId of TEAM_IDS) {
    for (let index = 0; index < Math.max(1, Math.round(context.agentsPerTeam / 4)); index += 1) {
      add(openPlan(context, { teamId, agent: null, priority: random.chance(0.7) ? 'normal' : 'low', state: { kind: 'fresh', ageMinutes: random.int(3, 25) } }));
    }
  }
  return plans;
}

interface OpenRequest {
  teamId: DemoTeamId;
  agent: DemoAgent | null;
  priority: Priority;
  state: OpenState;
  account?: DemoAccount;
  escalated?: boolean;
}

function openPlan(context: OpenContext, request: OpenRequest): TicketPlan {
  const { picker, random, nowMs } = context;
  const account = request.account ?? picker.account(true);
  const category = categoryFor(request, context);
  const issue = picker.issue(category);
  const { state } = request;
  const clock = context.clocks.get(request.teamId)!;
  const createdAtMs =
    state.kind === 'awaiting-first-reply'
      ? clock.startForDeadline(nowMs + state.deadlineInMinutes * MINUTE_MS, 'firstReply', request.priority)
      : state.kind === 'fresh'
        ? nowMs - state.ageMinutes * MINUTE_MS - random.int(0, 59) * 1000
        : nowMs - Math.round(state.ageHours * HOUR_MS / 1000) * 1000;
  return {
    createdAtMs,
    account,
    requester: picker.requester(account),
    issue,
    teamId: request.teamId,
    agent: request.agent,
    priority: request.priority,
    // Nobody has answered yet, so the customer did not phone in (a phone ticket is logged by the agent who took the call).
    channel: state.kind === 'awaiting-first-reply' || state.kind === 'fresh' ? random.pick(['email', 'web', 'chat'] as const) : picker.channel(false),
    sentiment: account.role === 'churn' ? 'very_negative' : picker.sentiment(account, category, request.priority),
    escalated: (request.escalated ?? false) && CATEGORY_PROFILES[category].escalationRate > 0,
    handling: state,
  };
}

// A category of the team that the agent is skilled for (escalations are technical).
function categoryFor(request: OpenRequest, context: OpenContext): Category {
  const skills = request.agent?.agent.skills;
  const candidates = categoriesOfTeam(request.teamId).filter(
    (category) => (!skills || skills.includes(CATEGORY_PROFILES[category].skill)) && (!request.escalated || CATEGORY_PROFILES[category].escalationRate > 0),
  );
  if (candidates.length === 0) return context.picker.category(request.teamId);
  return context.random.pick(candidates);
}
