import type { Viewer } from '@supportai/core';
import type { TicketReassignment } from '../data-source/data-source.js';

/** A meeting the user confirmed from `meetings.schedule`'s proposed slots. */
export interface MeetingRequest {
  title: string;
  startsAt: string;
  endsAt: string;
  accountId: string | null;
  attendeeIds: string[];
  kind: 'call' | 'qbr' | 'one_on_one' | 'other';
}

/** A draft the user confirmed sending. */
export interface OutgoingMessage {
  draftId: string;
  ticketId: string | null;
  accountId: string | null;
  body: string;
}

/**
 * The side effects a host wires. SupportAI asks the user to confirm, checks scope, writes what belongs in
 * the data source, then calls these; an action the host did not wire answers `501 action_not_configured`,
 * so nothing is sent anywhere the host did not choose.
 */
export interface SupportAIActions {
  /** After reassignments were committed to the data source: tell the helpdesk (optional). */
  ticketsReassigned?(input: { moves: TicketReassignment[]; viewer: Viewer }): Promise<void>;
  /** Book the meeting in the host's calendar; return its id there. */
  scheduleMeeting?(input: { meeting: MeetingRequest; viewer: Viewer }): Promise<{ meetingId: string }>;
  /** Send the draft through the host's helpdesk or mail. */
  sendMessage?(input: { message: OutgoingMessage; viewer: Viewer }): Promise<void>;
}
