import type { Agent } from '../../contracts/agent.js';
import type { Ticket } from '../../contracts/ticket.js';
import type { SupportData } from '../../data/support-data.js';
import { evaluateTicketSla } from '../../data/ticket-sla.js';
import type { SlaEvaluation } from '../../sla/types.js';
import { ticketSlaLevel } from '../service-levels/ticket-sla-level.js';
import { mean, standardDeviation } from '../statistics.js';
import { buildBreachHistory, ticketBreachRisk, type TicketBreachRisk } from './breach-risk.js';
import type { WorkloadConfig } from './team-config.js';
import { optionalSlaSetup, type TeamScope } from './team-scope.js';
import { indexTickets } from './ticket-index.js';

/** An open ticket of an agent as the workload sees it. */
export interface OpenTicketState {
  ticket: Ticket;
  /** Priority weight (urgent 3, high 2, normal 1, low 0.5). */
  weight: number;
  /** Whether a running SLA clock makes the ticket count toward load. */
  slaActive: boolean;
  risk: TicketBreachRisk | null;
  /** Some SLA clock of the ticket missed its target: its SLA level (`ticketSlaLevel`) is `breached`. */
  breached: boolean;
  ageMinutes: number;
}

/** The load of each agent and the open tickets behind it. */
export interface WorkloadState {
  queues: Map<string, OpenTicketState[]>;
  /** `Σ weight of SLA-active open tickets / capacity`, per agent id. */
  loads: Map<string, number>;
  meanLoad: number | null;
  loadStandardDeviation: number | null;
  /** Whether the risk came from an SLA policy at all (false: no policy in the data). */
  slaTracked: boolean;
}

/**
 * Evaluates the SLA of the scope's open assigned tickets only, builds the breach history from the
 * last `historyDays` of solved tickets (evaluations of solved tickets are cached by the SLA layer),
 * and computes each agent's weighted load.
 */
export function workloadState(data: SupportData, scope: TeamScope, now: Date, config: WorkloadConfig): WorkloadState {
  const index = indexTickets(data.tickets);
  const setup = optionalSlaSetup(data);
  const nowMs = now.getTime();
  const evaluated: { agent: Agent; ticket: Ticket; evaluation: SlaEvaluation | null }[] = [];
  for (const agent of scope.agents) {
    for (const ticket of index.openByAssignee.get(agent.id) ?? []) evaluated.push({ agent, ticket, evaluation: setup ? evaluateTicketSla(ticket, setup, now) : null });
  }
  const openEvaluations = evaluated.flatMap((entry) => (entry.evaluation ? [entry.evaluation] : []));
  const history = setup ? buildBreachHistory(index, scope, setup, openEvaluations, now, config) : new Map();
  const queues = new Map<string, OpenTicketState[]>(scope.agents.map((agent) => [agent.id, []]));
  for (const { agent, ticket, evaluation } of evaluated) {
    const risk = evaluation ? ticketBreachRisk(ticket, evaluation, history, config) : null;
    queues.get(agent.id)!.push({
      ticket,
      weight: config.priorityWeights[ticket.priority],
      slaActive: isSlaActive(ticket, evaluation),
      risk,
      // The level the ticket's row shows, so an agent's count of tickets past SLA is one figure everywhere.
      breached: evaluation !== null && ticketSlaLevel(evaluation) === 'breached',
      ageMinutes: Math.max(0, Math.floor((nowMs - Date.parse(ticket.createdAt)) / 60_000)),
    });
  }
  const loads = new Map(scope.agents.map((agent) => [agent.id, loadOf(queues.get(agent.id)!, agent.capacity)]));
  const values = [...loads.values()];
  return { queues, loads, meanLoad: mean(values), loadStandardDeviation: standardDeviation(values), slaTracked: setup !== null };
}

/** `Σ priority weight of SLA-active tickets / capacity` (SCORING §4.2). */
export function loadOf(queue: readonly Pick<OpenTicketState, 'weight' | 'slaActive'>[], capacity: number): number {
  let weighted = 0;
  for (const entry of queue) if (entry.slaActive) weighted += entry.weight;
  return weighted / capacity;
}

/**
 * SLA-active: some SLA clock is running (pending and on-hold tickets, whose clocks are paused, weigh
 * nothing). A ticket no clock tracks counts while it is `new` or `open`, the agent's court.
 */
function isSlaActive(ticket: Ticket, evaluation: SlaEvaluation | null): boolean {
  const running = evaluation?.instances.filter((instance) => instance.fulfilledAt === null) ?? [];
  if (running.length === 0) return ticket.status === 'new' || ticket.status === 'open';
  return running.some((instance) => instance.state === 'active');
}
