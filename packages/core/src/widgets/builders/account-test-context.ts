import { expect } from 'vitest';
import type { Viewer } from '../../contracts/viewer.js';
import { generateDemoDataset } from '../../demo/index.js';
import type { IntentParams } from '../../intents/params.js';
import { answerContextOf, type AnswerContext } from '../answer-context.js';
import { ACCOUNT_WIDGETS } from '../widget-table-accounts.js';

/** The demo dataset the account and retrieval widget tests share, with its clock and planted truth. */
export const demo = generateDemoDataset({ seed: 1, size: 'small' });
export const now = new Date(demo.now);
export const { truth } = demo;

/** The accounts a CSM owns in the demo (`csm-1` … `csm-3`). */
export function accountsOf(csmId: string): string[] {
  return demo.accounts.filter((account) => account.csmId === csmId).map((account) => account.id);
}

/** The CSM who owns an account. */
export function csmOwning(accountId: string): string {
  return demo.accounts.find((account) => account.id === accountId)!.csmId!;
}

export const executive: Viewer = { userId: 'exec-1', persona: 'executive' };
export const csmViewer = (csmId: string): Viewer => ({ userId: csmId, persona: 'csm', accountIds: accountsOf(csmId) });
export const managerOf = (teamId: string): Viewer => ({ userId: `manager-${teamId}`, persona: 'manager', teamId });
export const agentViewer = (agentId: string): Viewer => ({ userId: `user-${agentId}`, persona: 'agent', agentId, teamId: demo.agents.find((agent) => agent.id === agentId)!.teamId! });

export function contextFor(viewer: Viewer, params: IntentParams = {}): AnswerContext {
  return answerContextOf(demo, viewer, params, now);
}

/**
 * Builds an intent's payload as the dispatcher does and checks it against its schema: the parsed payload must
 * equal the built one (no field the schema does not describe) and survive JSON unchanged.
 */
export function answer<Payload>(intent: string, viewer: Viewer, params: IntentParams = {}): Payload {
  const entry = ACCOUNT_WIDGETS[intent];
  if (!entry) throw new Error(`no widget for ${intent}`);
  const built = entry.build(contextFor(viewer, params));
  expect(entry.schema.parse(built), `${intent}: a field the schema does not describe`).toEqual(built);
  expect(JSON.parse(JSON.stringify(built)), `${intent}: not plain JSON (NaN, Infinity, Date)`).toEqual(built);
  return built as Payload;
}

// `arrow` (a trend) is not ARR.
const REVENUE_KEY = /^arr$|arrCents|arrAtRisk|revenue|churn|expectedLoss|currency/i;

/** Every non-null value under a key that names revenue or churn, with its path; an agent's payloads must have none. */
export function revenueValuesIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, position) => revenueValuesIn(item, `${path}.${position}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(REVENUE_KEY.test(key) && item !== null ? [`${path}.${key}`] : []),
    ...revenueValuesIn(item, `${path}.${key}`),
  ]);
}
