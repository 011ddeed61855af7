// Open queues for the workload and reassignment tests.
import type { Agent } from '../../../contracts/agent.js';
import type { Priority, TicketStatus } from '../../../contracts/common.js';
import type { SlaPolicy } from '../../../contracts/sla-policy.js';
import type { Ticket } from '../../../contracts/ticket.js';
import type { SupportData } from '../../../data/support-data.js';
import { dataset, NOW, plus, ticket, type TicketSpec } from './team-fixtures.js';

/** Calendar-time first reply (60 min) and resolution (1 day); pending and on-hold pause both. */
export const PAUSING_POLICY: SlaPolicy & { id: string } = {
  id: 'sla-pausing',
  targets: [
    { metric: 'firstReply', targetMinutes: 60 },
    { metric: 'resolution', targetMinutes: 1440 },
  ],
  pauseOn: ['pending', 'on_hold'],
};

export interface OpenSpec extends Partial<TicketSpec> {
  /** Minutes before `NOW` the ticket was created. @default 30 */
  ageMinutes?: number;
  priority?: Priority;
  status?: TicketStatus;
}

/** An open ticket of `assigneeId`, created `ageMinutes` before `NOW`; a pending/on-hold status is set by an event. */
export function openTicket(id: string, assigneeId: string, spec: OpenSpec = {}): Ticket {
  const createdAt = plus(NOW, -(spec.ageMinutes ?? 30));
  const status = spec.status ?? 'open';
  const waiting = status === 'pending' || status === 'on_hold';
  return ticket({
    id,
    createdAt,
    assigneeId,
    status,
    ...spec,
    extraEvents: [...(spec.extraEvents ?? []), ...(waiting ? [{ type: 'status' as const, at: plus(createdAt, 1), to: status }] : [])],
  });
}

/** A dataset of open queues under the pausing policy. */
export function workloadData(agents: Agent[], tickets: Ticket[], extra: Partial<Pick<SupportData, 'slaPolicies'>> = {}): SupportData {
  return dataset({ agents, tickets, slaPolicies: extra.slaPolicies ?? [PAUSING_POLICY] });
}
