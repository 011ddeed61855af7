import * as z from 'zod';
import { PrioritySchema } from '../contracts/common.js';
import { toInputIssues } from '../contracts/parse.js';
import { TicketEventInputSchema, type TicketEventInput } from '../contracts/ticket-event.js';
import { SlaInputError } from './errors.js';
import { validatedEpochSeconds } from './instant.js';

/** The part of a ticket the SLA engine reads. */
export interface SlaTicketInput {
  /** Used as the opening priority when the `created` event carries none. */
  priority?: z.infer<typeof PrioritySchema> | null;
  events: readonly TicketEventInput[];
}

const SlaTicketInputSchema = z.object({
  priority: PrioritySchema.nullable().optional(),
  events: z.array(TicketEventInputSchema),
});

/** A validated timeline: each event's instant (epoch seconds) and the events' time order. */
export interface PreparedTimeline {
  events: readonly TicketEventInput[];
  instants: readonly number[];
  /** Event indexes by time (stable; `created` first on ties). */
  order: readonly number[];
}

/**
 * Prepared timelines of frozen event lists. Data sources hand out frozen tickets and dashboards
 * evaluate the same tickets at every refresh, so those are validated and ordered once; a list that
 * is not frozen could change between calls and is prepared every time.
 */
const preparedFrozenLists = new WeakMap<object, PreparedTimeline>();

/**
 * Validates a ticket's timeline with the contracts and orders it. With `remember` false a frozen
 * timeline is not kept (its caller stores what it needs from the result instead).
 * @throws SlaInputError naming the bad field (`ticket.events.3.at`).
 */
export function prepareTimeline(ticket: SlaTicketInput, remember = true): PreparedTimeline {
  const events: unknown = typeof ticket === 'object' && ticket !== null ? ticket.events : undefined;
  if (typeof events === 'object' && events !== null) {
    const cached = preparedFrozenLists.get(events);
    if (cached && isValidPriority(ticket.priority)) return cached;
  }
  const result = SlaTicketInputSchema.safeParse(ticket);
  if (!result.success) throw new SlaInputError('Invalid ticket timeline', toInputIssues(result.error.issues, 'ticket'));
  // The schema has no transforms, so the caller's own list can be used (and remembered when frozen).
  const prepared = orderTimeline(ticket.events);
  if (remember && isDeeplyFrozen(ticket.events)) preparedFrozenLists.set(ticket.events, prepared);
  return prepared;
}

function isValidPriority(priority: unknown): boolean {
  return priority === undefined || priority === null || PrioritySchema.safeParse(priority).success;
}

/** Frozen all the way down (a `Date` can still be changed in place, so those lists don't count). */
function isDeeplyFrozen(events: readonly TicketEventInput[]): boolean {
  return Object.isFrozen(events) && events.every((event) => Object.isFrozen(event) && !(event.at instanceof Date));
}

/** Reads every instant and checks there is exactly one `created` and nothing before it. */
function orderTimeline(events: readonly TicketEventInput[]): PreparedTimeline {
  const instants: number[] = [];
  let createdIndex = -1;
  let createdCount = 0;
  let secondCreatedIndex = -1;
  let earliestIndex = -1;
  let inOrder = true;
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index]!;
    const at = validatedEpochSeconds(event.at);
    if (index > 0 && at < instants[index - 1]!) inOrder = false;
    instants.push(at);
    if (event.type === 'created') {
      createdCount += 1;
      if (createdIndex < 0) createdIndex = index;
      else if (secondCreatedIndex < 0) secondCreatedIndex = index;
    }
    if (earliestIndex < 0 || at < instants[earliestIndex]!) earliestIndex = index;
  }
  if (createdCount !== 1) {
    const path = createdCount === 0 ? 'ticket.events' : `ticket.events.${secondCreatedIndex}`;
    throw new SlaInputError('Invalid ticket timeline', [{ path, message: `must hold exactly one 'created' event (found ${createdCount})` }]);
  }
  if (instants[earliestIndex]! < instants[createdIndex]!) {
    throw new SlaInputError('Invalid ticket timeline', [
      { path: `ticket.events.${earliestIndex}.at`, message: `'${events[earliestIndex]!.type}' happens before the ticket was created` },
    ]);
  }
  const order = instants.map((_, index) => index);
  // Stored timelines are usually in order already; sorting is for the rest.
  if (!inOrder || createdIndex !== 0) {
    const rank = (index: number) => (index === createdIndex ? -1 : index);
    order.sort((left, right) => instants[left]! - instants[right]! || rank(left) - rank(right));
  }
  return { events, instants, order };
}
