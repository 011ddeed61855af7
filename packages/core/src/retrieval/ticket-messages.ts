import type { Ticket } from '../contracts/ticket.js';
import type { TicketEvent } from '../contracts/ticket-event.js';

/** One message of a ticket's conversation, located by its event index. */
export interface TicketMessage {
  body: string;
  at: string;
  /** Index in `ticket.events`; `null` when the text came from `ticket.description`. */
  eventIndex: number | null;
  actorId: string | null;
}

function isCustomerMessage(event: TicketEvent): boolean {
  return (event.type === 'created' && event.by === 'customer' && event.public !== false) || event.type === 'customer_message';
}

function messageAt(ticket: Ticket, index: number): TicketMessage {
  const event = ticket.events[index]!;
  return { body: 'body' in event && event.body !== undefined ? event.body : '', at: event.at, eventIndex: index, actorId: event.actorId ?? null };
}

function hasBody(event: TicketEvent): boolean {
  return 'body' in event && event.body !== undefined && event.body.trim() !== '';
}

/**
 * The customer's opening message: the first customer message with a body, else the ticket's
 * description (most sources copy the opening message there).
 */
export function firstCustomerMessage(ticket: Ticket): TicketMessage | null {
  const index = ticket.events.findIndex((event) => isCustomerMessage(event) && hasBody(event));
  if (index !== -1) return messageAt(ticket, index);
  if (ticket.description.trim() === '') return null;
  return { body: ticket.description, at: ticket.createdAt, eventIndex: null, actorId: ticket.requesterId };
}

/** The customer's latest message with a body, else the description as the opening message. */
export function lastCustomerMessage(ticket: Ticket): TicketMessage | null {
  const index = ticket.events.findLastIndex((event) => isCustomerMessage(event) && hasBody(event));
  return index === -1 ? firstCustomerMessage(ticket) : messageAt(ticket, index);
}

/** The latest public agent reply with a body (private notes never count). */
export function lastPublicAgentReply(ticket: Ticket): TicketMessage | null {
  const index = ticket.events.findLastIndex((event) => event.type === 'agent_reply' && hasBody(event));
  return index === -1 ? null : messageAt(ticket, index);
}
