import { describe, expect, it } from 'vitest';
import type { Viewer } from '../contracts/viewer.js';
import { settledClockStoreFor } from '../data/settled-clocks.js';
import type { SupportData } from '../data/support-data.js';
import { generateDemoDataset } from '../demo/generate-demo-dataset.js';
import { answerIntent } from './answer-intent.js';
import { prepareSupportData } from './prepare-support-data.js';
import { WIDGETS } from './widget-table.js';

function viewersOf(data: SupportData): Viewer[] {
  const team = data.teams[0]!;
  const agent = data.agents.find((candidate) => candidate.teamId === team.id)!;
  const csmId = data.accounts.find((account) => account.csmId)!.csmId!;
  return [
    { userId: 'ceo', persona: 'executive' },
    ...data.teams.map((each): Viewer => ({ userId: `manager-of-${each.id}`, persona: 'manager', teamId: each.id })),
    { userId: agent.id, persona: 'agent', agentId: agent.id, teamId: team.id },
    { userId: csmId, persona: 'csm', accountIds: data.accounts.filter((account) => account.csmId === csmId).map((account) => account.id) },
  ];
}

/** Every intent each viewer may ask, answered at `now`, as the JSON the server would send. */
function everyAnswer(data: SupportData, now: Date): string[] {
  const quarter = { from: new Date(now.getTime() - 90 * 86_400_000).toISOString(), to: now.toISOString(), label: 'last 90 days' };
  return viewersOf(data).flatMap((viewer) =>
    Object.keys(WIDGETS).flatMap((intent) =>
      [{}, { period: quarter }].map((params) => {
        try {
          return JSON.stringify(answerIntent(intent, { data, viewer, now, params }));
        } catch (error) {
          return `${(error as Error).name}: ${(error as Error).message}`;
        }
      }),
    ),
  );
}

function storedBytes(data: SupportData): number {
  const stores = new Set(data.teams.map((team) => settledClockStoreFor(data.slaPolicies.find((policy) => policy.id === team.slaPolicyId) ?? data.slaPolicies[0]!, data.calendars.find((calendar) => calendar.id === team.calendarId) ?? data.calendars[0])));
  return [...stores].reduce((total, store) => total + store.byteLength, 0);
}

describe('prepareSupportData', () => {
  // Two datasets and every answer of every persona twice: over the 5 s default on a busy 2-core machine.
  it('changes no answer: every intent of every persona reads the same with and without it', () => {
    const prepared = generateDemoDataset({ seed: 21, size: 'small' });
    const plain = generateDemoDataset({ seed: 21, size: 'small' });
    const now = new Date(prepared.now);
    prepareSupportData(prepared, now);
    const answers = everyAnswer(prepared, now);
    expect(answers.filter((answer) => answer.startsWith('{')).length).toBeGreaterThan(100);
    expect(answers).toEqual(everyAnswer(plain, now));
  }, 20_000);

  it('is idempotent: a second call stores nothing more and answers stay the same', () => {
    const data = generateDemoDataset({ seed: 22, size: 'small' });
    const now = new Date(data.now);
    prepareSupportData(data, now);
    const bytes = storedBytes(data);
    expect(bytes).toBeGreaterThan(0);
    const answers = everyAnswer(data, now);
    prepareSupportData(data, now);
    expect(storedBytes(data)).toBe(bytes);
    expect(everyAnswer(data, now)).toEqual(answers);
  }, 20_000);

  it('prepared at one instant still answers correctly at another', () => {
    const prepared = generateDemoDataset({ seed: 23, size: 'small' });
    const plain = generateDemoDataset({ seed: 23, size: 'small' });
    const now = new Date(prepared.now);
    prepareSupportData(prepared, new Date(now.getTime() - 3 * 86_400_000));
    expect(everyAnswer(prepared, now)).toEqual(everyAnswer(plain, now));
  }, 20_000);
});
