import * as z from 'zod';
import { IdSchema, PersonaSchema } from './common.js';
import { createParser } from './parse.js';
import { whenFieldsValid } from './schema-helpers.js';

/**
 * Who is looking at the dashboard and what they may see: an agent needs `agentId`, a manager `teamId`,
 * a CSM `accountIds` (possibly empty).
 * @example { userId: 'user-3', persona: 'manager', teamId: 'team-billing' }
 */
export const ViewerSchema = z
  .object({
    userId: IdSchema,
    persona: PersonaSchema,
    /** The team a manager manages, or an agent's own team. */
    teamId: IdSchema.optional(),
    /** The agent record behind an `agent` viewer. */
    agentId: IdSchema.optional(),
    /** The accounts a CSM owns. */
    accountIds: z.array(IdSchema).optional(),
    /** Extra permissions granted by the host app, e.g. `export` or `view_costs`. */
    capabilities: z.array(z.string().trim().min(1, 'must be a non-empty capability')).optional(),
  })
  .superRefine(
    (viewer, context) => {
      if (viewer.persona === 'agent' && viewer.agentId === undefined) {
        context.addIssue({ code: 'custom', path: ['agentId'], message: 'must be set when persona is "agent"' });
      }
      if (viewer.persona === 'manager' && viewer.teamId === undefined) {
        context.addIssue({ code: 'custom', path: ['teamId'], message: 'must be set when persona is "manager"' });
      }
      if (viewer.persona === 'csm' && viewer.accountIds === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['accountIds'],
          message: 'must be set when persona is "csm" (an empty list is allowed)',
        });
      }
    },
    { when: whenFieldsValid('persona', 'agentId', 'teamId', 'accountIds') },
  );

export type Viewer = z.infer<typeof ViewerSchema>;

/** Parses a viewer at a boundary, throwing a `ContractError` that lists every bad field. */
export const parseViewer = createParser(ViewerSchema, 'Viewer');
