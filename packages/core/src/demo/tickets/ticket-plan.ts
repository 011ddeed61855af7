import type { Priority } from '../../contracts/common.js';
import type { Ticket, TicketChannel } from '../../contracts/ticket.js';
import type { DemoAccount, DemoContact } from '../accounts.js';
import type { DemoAgent } from '../agents.js';
import type { DemoTeamId } from '../calendars.js';
import type { IssueArchetype } from '../text/issue-types.js';

export type Sentiment = NonNullable<Ticket['sentiment']>;

/** Where an open ticket stands at `now`. */
export type OpenState =
  /** No agent reply yet; the first-reply deadline is `deadlineInMinutes` after `now` (the at-risk tickets). */
  | { kind: 'awaiting-first-reply'; deadlineInMinutes: number }
  /** Just arrived, unassigned, with a distant first-reply deadline. */
  | { kind: 'fresh'; ageMinutes: number }
  /** Answered and being worked on. */
  | { kind: 'in-progress'; status: 'open' | 'pending' | 'on_hold'; ageHours: number }
  /** Answered once, then the customer wrote back long ago and is still waiting. */
  | { kind: 'waiting-on-agent'; ageHours: number; waitingHours: number };

/** Everything decided about a ticket before its timeline is written. */
export interface TicketPlan {
  /** For open tickets, fixed by the plan; for solved ones, the first guess (recent timelines move earlier to end before `now`). */
  createdAtMs: number;
  account: DemoAccount;
  requester: DemoContact;
  issue: IssueArchetype;
  teamId: DemoTeamId;
  /** The agent who handles it; null for AI resolutions and tickets still in the team queue. */
  agent: DemoAgent | null;
  priority: Priority;
  channel: TicketChannel;
  sentiment: Sentiment;
  escalated: boolean;
  handling: 'human' | 'ai' | OpenState;
  /** The agent the ticket was first routed to before a manager moved it to `agent`. */
  reassignedFrom?: DemoAgent;
  /** The Jira key of the incident a ticket belongs to. */
  incidentKey?: string;
}
