import { answerIntent, ContractError, ForbiddenError, NotFoundError, scopeFor, type Viewer } from '@supportai/core';
import type { TicketReassignment } from '../data-source/data-source.js';
import type { ServerContext } from '../server-context.js';

/** A move as the client sends it back from the preview's `action.moves`. */
export interface RequestedMove {
  ticketId: string;
  fromAgentId: string | null;
  toAgentId: string;
}

/** The parts of the `team.rebalance` payload this file reads. */
export interface PlannedMoves {
  moves: { ticketId: string; to: { agentId: string }; reason: string }[];
}

/** What applying a plan did. */
export interface ReassignmentResult {
  applied: number;
  ticketIds: string[];
  /** Whether the host's `ticketsReassigned` callback ran and succeeded (null: none wired). */
  hostNotified: boolean | null;
}

/**
 * Applies moves a manager confirmed: every ticket must be in the manager's team and every target an
 * agent of that team (a foreign id reads as missing), then the data source writes them in one
 * transaction and the host is told. Each move keeps the plan's reason when it was in the current plan.
 */
export async function applyReassignments({
  viewer,
  moves,
  server,
  plan,
}: {
  viewer: Viewer;
  moves: readonly RequestedMove[];
  server: ServerContext;
  /** The `team.rebalance` answer the moves came from, when the caller has it (else it is recomputed for the reasons). */
  plan?: PlannedMoves;
}): Promise<ReassignmentResult> {
  if (viewer.persona !== 'manager') throw new ForbiddenError('Reassigning tickets is available to support managers.');
  if (moves.length === 0) return { applied: 0, ticketIds: [], hostNotified: null };
  const data = await server.snapshot();
  const now = server.now();
  const scope = scopeFor(data, viewer);
  const planned = new Map((plan ?? (answerIntent('team.rebalance', { data, viewer, now }).data as PlannedMoves)).moves.map((move) => [move.ticketId, move]));
  const seen = new Set<string>();
  const writes: TicketReassignment[] = moves.map((move, index) => {
    if (seen.has(move.ticketId)) throw new ContractError('ReassignmentApply', [{ path: `moves.${index}.ticketId`, message: `moves ticket "${move.ticketId}" a second time; a ticket moves once per plan` }]);
    seen.add(move.ticketId);
    if (!scope.ticketById.has(move.ticketId)) throw new NotFoundError('ticket', move.ticketId);
    const target = scope.agentById.get(move.toAgentId);
    if (!target || target.teamId !== viewer.teamId) throw new NotFoundError('agent', move.toAgentId);
    const fromPlan = planned.get(move.ticketId);
    const reason = fromPlan && fromPlan.to.agentId === move.toAgentId ? fromPlan.reason : `Moved to ${target.name} by the team's manager.`;
    return { ticketId: move.ticketId, fromAgentId: move.fromAgentId, toAgentId: move.toAgentId, reason };
  });
  const updated = await server.source.applyReassignments({ moves: writes, actorUserId: viewer.userId, at: now.toISOString() });
  let hostNotified: boolean | null = null;
  if (server.actions.ticketsReassigned) {
    try {
      await server.actions.ticketsReassigned({ moves: writes, viewer });
      hostNotified = true;
    } catch (error) {
      // The moves are committed; a failing notification is reported, not rolled back.
      server.logger.error('actions.ticketsReassigned failed after the moves were committed', { error, ticketIds: writes.map((move) => move.ticketId) });
      hostNotified = false;
    }
  }
  return { applied: updated.length, ticketIds: updated.map((ticket) => ticket.id), hostNotified };
}
