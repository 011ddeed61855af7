import { IdSchema } from '@supportai/core';
import * as z from 'zod';
import { applyReassignments } from '../actions/apply-reassignments.js';
import type { ViewerRoute } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';
import { answerFor } from './answer-for.js';
import { parseBody } from './parse-body.js';

const PreviewSchema = z.strictObject({ agentName: z.string().min(1).max(120).optional(), limit: z.number().int().min(1).max(50).optional() });

/** `POST /reassignments/preview`: the explainable plan, nothing moved. */
export const reassignmentPreviewRoute: ViewerRoute = {
  method: 'POST',
  path: '/reassignments/preview',
  access: 'viewer',
  summary: 'Managers: a reassignment plan for the team ({ agentName?, limit? }); nothing moves until apply.',
  handle: async (context) => {
    const body = await parseBody(context, PreviewSchema, 'ReassignmentPreview');
    return jsonResponse(await answerFor(context, 'team.rebalance', body));
  },
};

const ApplySchema = z.strictObject({
  moves: z
    .array(z.strictObject({ ticketId: IdSchema, fromAgentId: IdSchema.nullable(), toAgentId: IdSchema }))
    .min(1, 'must list at least one move')
    .max(200, 'must list at most 200 moves'),
});

/** `POST /reassignments/apply`: applies the moves (all or none) and tells the host. */
export const reassignmentApplyRoute: ViewerRoute = {
  method: 'POST',
  path: '/reassignments/apply',
  access: 'viewer',
  summary: "Managers: apply moves from the preview's action ({ moves: [{ ticketId, fromAgentId, toAgentId }] }); 409 if a ticket moved since.",
  handle: async (context) => {
    const body = await parseBody(context, ApplySchema, 'ReassignmentApply');
    return jsonResponse(await applyReassignments({ viewer: context.viewer, moves: body.moves, server: context.server }));
  },
};
