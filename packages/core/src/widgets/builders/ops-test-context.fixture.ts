import { expect } from 'vitest';
import type { Viewer } from '../../contracts/viewer.js';
import { generateDemoDataset } from '../../demo/index.js';
import type { IntentParams } from '../../intents/params.js';
import { answerContextOf, type AnswerContext } from '../answer-context.js';
import { OPS_WIDGETS } from '../widget-table-ops.js';
import type { WidgetBuilder } from '../widget-table.js';

/** The demo dataset the operations widget tests share, with its clock and planted truth. */
export const demo = generateDemoDataset({ seed: 1, size: 'small' });
export const now = new Date(demo.now);
export const { truth } = demo;

export function teamOf(agentId: string): string {
  return demo.agents.find((agent) => agent.id === agentId)!.teamId!;
}

export const executive: Viewer = { userId: 'e1', persona: 'executive' };
export const managerOf = (teamId: string): Viewer => ({ userId: 'm1', persona: 'manager', teamId });
export const agentViewer = (agentId: string): Viewer => ({ userId: `user-${agentId}`, persona: 'agent', agentId, teamId: teamOf(agentId) });

export function contextFor(viewer: Viewer, params: IntentParams = {}): AnswerContext {
  return answerContextOf(demo, viewer, params, now);
}

/**
 * Builds an intent's payload the way the dispatcher does and checks it against its schema: the parsed
 * payload must equal the built one (no field the schema does not describe) and survive JSON.
 */
export function answer<Payload>(intent: string, viewer: Viewer, params: IntentParams = {}, widgets: Readonly<Record<string, WidgetBuilder>> = OPS_WIDGETS): Payload {
  const entry = widgets[intent];
  if (!entry) throw new Error(`no widget for ${intent}`);
  const built = entry.build(contextFor(viewer, params));
  const parsed = entry.schema.parse(built);
  expect(parsed, `${intent}: a field the schema does not describe`).toEqual(built);
  expect(JSON.parse(JSON.stringify(built)), `${intent}: not plain JSON (NaN, Infinity, Date)`).toEqual(built);
  return built as Payload;
}
