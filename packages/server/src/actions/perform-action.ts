import type { IntentParams, Viewer } from '@supportai/core';
import type { ServerContext } from '../server-context.js';

/** What happened when a confirmed action ran. */
export interface ActionOutcome {
  /** `done`: written and the host called; `not_configured`: the host wired no callback; `conflict`: data moved since the preview. */
  status: 'done' | 'not_configured' | 'conflict' | 'nothing_to_do';
  intent: string;
  /** One sentence for the user, stating what was done (counts, names, times). */
  message: string;
  /** Ids touched: ticket ids moved, the meeting id booked. */
  ids: string[];
}

/**
 * Carries out the action a user confirmed (`team.rebalance`, `meetings.schedule`), recomputing the
 * proposal from current data inside the viewer's scope first. Implemented in ./confirmed-actions.ts.
 */
export type PerformConfirmedAction = (input: { intent: string; params: IntentParams; viewer: Viewer; context: ServerContext }) => Promise<ActionOutcome>;
