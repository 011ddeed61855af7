import type { Ticket } from '@supportai/core';
import type { Kysely } from 'kysely';
import type { ReassignmentWrite } from '../data-source/data-source.js';
import { DataSourceRowError, ReassignmentConflictError } from '../data-source/data-source-errors.js';
import type { SupportAIDatabase } from './database-schema.js';
import { bumpRevision } from './revision.js';
import { epochMilliseconds, readJson, toJsonText } from './rows/column-values.js';
import { rowToTicket } from './rows/ticket-rows.js';
import { parseWriteInput, ReassignmentWriteSchema } from './write-schemas.js';

/**
 * Applies a confirmed reassignment plan in one transaction. Each move first updates the assignee only if
 * the ticket is still with `fromAgentId`: that conditional write is the conflict check and also takes the
 * row's write lock, so the timeline read next cannot change under us (PostgreSQL) and no other writer
 * interleaves (SQLite). Any conflict throws, which rolls every move back.
 */
export async function applyReassignments(db: Kysely<SupportAIDatabase>, input: ReassignmentWrite): Promise<Ticket[]> {
  const write = parseWriteInput(ReassignmentWriteSchema, input, 'reassignment');
  if (write.moves.length === 0) return [];
  const updatedAtMs = epochMilliseconds(write.at, 'at');

  return db.transaction().execute(async (transaction) => {
    for (const move of write.moves) {
      const { numUpdatedRows } = await transaction
        .updateTable('tickets')
        .set({ assignee_id: move.toAgentId, updated_at: write.at, updated_at_ms: updatedAtMs })
        .where('id', '=', move.ticketId)
        .where((eb) => (move.fromAgentId === null ? eb('assignee_id', 'is', null) : eb('assignee_id', '=', move.fromAgentId)))
        .executeTakeFirst();
      if (numUpdatedRows === 0n) throw await conflictFor(transaction, move.ticketId);

      const row = await transaction.selectFrom('tickets').select(['events', 'team_id']).where('id', '=', move.ticketId).executeTakeFirstOrThrow();
      const events = readJson({ collection: 'tickets', rowId: move.ticketId }, 'events', row.events);
      if (!Array.isArray(events)) {
        throw new DataSourceRowError('tickets', move.ticketId, [{ path: 'events', message: 'must hold a JSON array' }]);
      }
      const assignment = { type: 'assignment', at: write.at, actorId: write.actorUserId, assigneeId: move.toAgentId, teamId: row.team_id, reason: move.reason };
      await transaction
        .updateTable('tickets')
        .set({ events: toJsonText([...events, assignment]) })
        .where('id', '=', move.ticketId)
        .execute();
    }
    await bumpRevision(transaction);

    const ticketIds = write.moves.map((move) => move.ticketId);
    const rows = await transaction.selectFrom('tickets').selectAll().where('id', 'in', ticketIds).execute();
    const ticketById = new Map(rows.map((row) => [row.id, rowToTicket(row)]));
    return ticketIds.map((id) => ticketById.get(id)!);
  });
}

async function conflictFor(db: Kysely<SupportAIDatabase>, ticketId: string): Promise<ReassignmentConflictError> {
  const exists = await db.selectFrom('tickets').select('id').where('id', '=', ticketId).executeTakeFirst();
  return exists
    ? new ReassignmentConflictError(ticketId, `Ticket "${ticketId}" was reassigned since the plan was made`)
    : new ReassignmentConflictError(ticketId, `Ticket "${ticketId}" no longer exists`);
}
