import { ForbiddenError, NotFoundError, scopeFor, type Viewer } from '@supportai/core';
import type { ServerContext } from '../server-context.js';
import type { MeetingRequest } from './actions.js';
import { ActionNotConfiguredError } from './action-errors.js';

/** Who may book meetings: the personas `meetings.schedule` is for. */
const SCHEDULERS = new Set(['manager', 'csm', 'executive']);

/**
 * Books one meeting through the host after checking it is in the viewer's scope: the account must be
 * one the viewer sees, and a manager's agent attendee must be on the manager's team.
 */
export async function scheduleMeeting({ viewer, meeting, server }: { viewer: Viewer; meeting: MeetingRequest; server: ServerContext }): Promise<{ meetingId: string }> {
  if (!SCHEDULERS.has(viewer.persona)) throw new ForbiddenError('Scheduling meetings is available to support managers, client success managers and executives.');
  const data = await server.snapshot();
  const scope = scopeFor(data, viewer);
  if (meeting.accountId !== null && !scope.accountById.has(meeting.accountId)) throw new NotFoundError('account', meeting.accountId);
  for (const attendeeId of meeting.attendeeIds) {
    const agent = data.agents.find((candidate) => candidate.id === attendeeId);
    if (agent && viewer.persona === 'manager' && agent.teamId !== viewer.teamId) throw new NotFoundError('agent', attendeeId);
  }
  if (!server.actions.scheduleMeeting) throw new ActionNotConfiguredError('scheduleMeeting');
  return server.actions.scheduleMeeting({ meeting, viewer });
}
