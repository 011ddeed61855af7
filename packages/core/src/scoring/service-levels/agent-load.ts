import type { Agent } from '../../contracts/agent.js';
import type { TicketTimeIndex } from './ticket-time-index.js';

/** An agent's open tickets against their capacity. */
export interface AgentOpenLoad {
  agentId: string;
  openTickets: number;
  capacity: number;
  /** `openTickets / capacity`; above 1 the agent holds more than they can work at once. */
  load: number;
}

/** Open load of every agent (agents without open tickets included at 0), from the index's open tickets. */
export function openLoadByAgent(index: TicketTimeIndex, agents: readonly Agent[]): Map<string, AgentOpenLoad> {
  const counts = new Map<string, number>();
  for (const position of index.openPositions) {
    const assigneeId = index.tickets[position]!.assigneeId;
    if (assigneeId !== null) counts.set(assigneeId, (counts.get(assigneeId) ?? 0) + 1);
  }
  const loads = new Map<string, AgentOpenLoad>();
  for (const agent of agents) {
    const openTickets = counts.get(agent.id) ?? 0;
    loads.set(agent.id, { agentId: agent.id, openTickets, capacity: agent.capacity, load: openTickets / agent.capacity });
  }
  return loads;
}
