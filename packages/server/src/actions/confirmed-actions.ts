import { answerIntent } from '@supportai/core';
import { ReassignmentConflictError } from '../data-source/data-source-errors.js';
import type { MeetingRequest } from './actions.js';
import { applyReassignments, type PlannedMoves } from './apply-reassignments.js';
import type { ActionOutcome, PerformConfirmedAction } from './perform-action.js';
import { scheduleMeeting } from './schedule-meeting.js';

/** The parts of the `team.rebalance` payload applying reads. */
interface PlanAction extends PlannedMoves {
  action: { moves: { ticketId: string; fromAgentId: string; toAgentId: string }[] };
}

/** The parts of the `meetings.schedule` payload booking reads. */
interface MeetingProposal {
  kind: MeetingRequest['kind'];
  agentId: string | null;
  accounts: { accountId: string; accountName: string }[];
  proposedSlots: { startsAt: string; endsAt: string }[];
}

/**
 * Carries out what the user confirmed with "yes": the proposal is recomputed from current data in the
 * viewer's scope (never taken from the client or the model), then written and handed to the host.
 */
export const performConfirmedAction: PerformConfirmedAction = async ({ intent, params, viewer, context }) => {
  const data = await context.snapshot();
  const answer = answerIntent(intent, { data, viewer, params, now: context.now() });
  switch (intent) {
    case 'team.rebalance': {
      const plan = answer.data as PlanAction;
      const moves = plan.action.moves;
      if (moves.length === 0) return outcome('nothing_to_do', intent, 'The workload is already balanced: no move lowers the highest load.', []);
      try {
        const result = await applyReassignments({ viewer, moves, server: context, plan });
        return outcome('done', intent, `Reassigned ${result.applied} ticket${result.applied === 1 ? '' : 's'}: ${result.ticketIds.join(', ')}.`, result.ticketIds);
      } catch (error) {
        if (error instanceof ReassignmentConflictError) return outcome('conflict', intent, `Nothing was moved: ${error.message}. Ask again for a fresh plan.`, [error.ticketId]);
        throw error;
      }
    }
    case 'meetings.schedule': {
      const proposal = answer.data as MeetingProposal;
      const requests = meetingRequests(proposal, viewer.userId);
      if (requests.length === 0) return outcome('nothing_to_do', intent, 'No free slot was found in the period asked about.', []);
      if (!context.actions.scheduleMeeting) return outcome('not_configured', intent, 'Booking is not connected to a calendar here, so nothing was scheduled.', []);
      const ids: string[] = [];
      for (const meeting of requests) ids.push((await scheduleMeeting({ viewer, meeting, server: context })).meetingId);
      return outcome('done', intent, `Scheduled ${ids.length} meeting${ids.length === 1 ? '' : 's'}, the first on ${requests[0]!.startsAt}.`, ids);
    }
    default:
      return outcome('nothing_to_do', intent, 'That answer has no action to confirm.', []);
  }
};

/** One meeting per proposed account (business reviews for several accounts), each in the next free slot. */
function meetingRequests(proposal: MeetingProposal, userId: string): MeetingRequest[] {
  const attendees = [userId, ...(proposal.agentId ? [proposal.agentId] : [])];
  const withWhom = proposal.accounts.length > 0 ? proposal.accounts : [null];
  return withWhom.slice(0, proposal.proposedSlots.length).map((account, index) => {
    const slot = proposal.proposedSlots[index]!;
    return {
      title: titleOf(proposal.kind, account?.accountName ?? null),
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      accountId: account?.accountId ?? null,
      attendeeIds: attendees,
      kind: proposal.kind,
    };
  });
}

function titleOf(kind: MeetingRequest['kind'], accountName: string | null): string {
  if (kind === 'qbr') return `Business review${accountName ? ` with ${accountName}` : ''}`;
  if (kind === 'one_on_one') return '1-on-1';
  return accountName ? `Call with ${accountName}` : 'Meeting';
}

function outcome(status: ActionOutcome['status'], intent: string, message: string, ids: string[]): ActionOutcome {
  return { status, intent, message, ids };
}
