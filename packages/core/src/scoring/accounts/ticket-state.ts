import type { TicketStatus } from '../../contracts/common.js';
import type { Ticket } from '../../contracts/ticket.js';
import type { IndexedTicket } from './account-index.js';
import type { SlaSetup } from '../../data/ticket-sla.js';
import { evaluateTicketSla } from '../../data/ticket-sla.js';
import { evaluateSla } from '../../sla/evaluate-sla.js';
import { OPEN_STATUSES } from '../service-levels/ticket-time-index.js';

/** Whether a status means the ticket still needs work. */
export function isOpenStatus(status: TicketStatus): boolean {
  return OPEN_STATUSES.has(status);
}

/**
 * The ticket's status at `asOfMs`, replayed from its status events; the current status when nothing
 * changed after `asOf`. Without status events, `solvedAt` decides.
 */
export function statusAt(entry: IndexedTicket, asOfMs: number): TicketStatus {
  const { ticket } = entry;
  if (entry.updatedAtMs <= asOfMs) return ticket.status;
  let status: TicketStatus | null = null;
  let statusAtMs = -Infinity;
  let hasStatusEvents = false;
  for (const event of ticket.events) {
    if (event.type !== 'status' && event.type !== 'created') continue;
    if (event.type === 'status') hasStatusEvents = true;
    const at = Date.parse(event.at);
    if (at > asOfMs || at < statusAtMs) continue;
    statusAtMs = at;
    status = event.type === 'status' ? event.to : (event.status ?? 'new');
  }
  if (hasStatusEvents && status !== null) return status;
  return entry.solvedAtMs !== null && entry.solvedAtMs <= asOfMs ? 'solved' : 'open';
}

/**
 * Whether any SLA clock of the ticket is breached at `asOfMs`, via the SLA engine. A ticket solved
 * since `asOf` is evaluated afresh: the engine's memo of settled tickets holds their final state.
 * Unevaluable tickets (a policy needing a missing calendar) count as not breached.
 */
export function isPastSla(ticket: Ticket, setup: SlaSetup, asOfMs: number): boolean {
  const now = new Date(asOfMs);
  try {
    const evaluation = isOpenStatus(ticket.status)
      ? evaluateTicketSla(ticket, setup, now)
      : evaluateSla({ ticket, policy: setup.policyFor(ticket), calendar: setup.calendarFor(ticket), now });
    return evaluation.instances.some((instance) => instance.breached);
  } catch {
    return false;
  }
}
