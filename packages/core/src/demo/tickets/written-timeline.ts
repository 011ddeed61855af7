import type { Priority, TicketStatus } from '../../contracts/common.js';
import { DAY_MS } from '../demo-time.js';
import { SYSTEM_ACTOR_ID, type TimelineWriter } from './timeline-writer.js';

/** A drafted CSAT rating (time still in epoch milliseconds). */
export interface DraftCsat {
  rating: 'good' | 'bad';
  ratedAtMs: number;
  comment?: string;
  assigneeIdAtRating: string | null;
}

/** A ticket's timeline and the fields that follow from it. */
export interface WrittenTimeline {
  writer: TimelineWriter;
  status: TicketStatus;
  priority: Priority;
  assigneeId: string | null;
  solvedAtMs: number | null;
  csat: DraftCsat | null;
  reopens: number;
  resolvedBy: 'human' | 'ai' | null;
}

// Solved tickets close four days later, as help desks do by default.
const CLOSE_AFTER_MS = 4 * DAY_MS;

/** Closes a solved ticket four days after its last solve when that is before `now`. */
export function closeIfDue(writer: TimelineWriter, solvedAtMs: number): void {
  if (solvedAtMs + CLOSE_AFTER_MS < writer.context.nowMs) writer.setStatus(solvedAtMs + CLOSE_AFTER_MS, 'closed', SYSTEM_ACTOR_ID);
}
