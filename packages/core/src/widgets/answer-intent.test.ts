import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../demo/index.js';
import { ForbiddenError, NotFoundError } from '../errors/access-errors.js';
import { INTENT_CATALOGUE, INTENT_IDS } from '../index.js';
import type { Persona } from '../contracts/common.js';
import type { Viewer } from '../contracts/viewer.js';
import { answerIntent, answerSchemaOf } from './answer-intent.js';
import { WIDGETS } from './widget-table.js';

const dataset = generateDemoDataset({ seed: 1, size: 'small' });
const now = new Date(dataset.now);
const team = dataset.teams[0]!;
const agent = dataset.agents.find((candidate) => candidate.teamId === team.id)!;
const csmId = dataset.accounts.find((account) => account.csmId)!.csmId!;
const VIEWERS: Record<Persona, Viewer> = {
  executive: { userId: 'exec-1', persona: 'executive' },
  manager: { userId: 'manager-1', persona: 'manager', teamId: team.id },
  agent: { userId: agent.id, persona: 'agent', agentId: agent.id, teamId: team.id },
  csm: { userId: csmId, persona: 'csm', accountIds: dataset.accounts.filter((account) => account.csmId === csmId).map((account) => account.id) },
};

/** Entities a question would carry, so intents that need one can be answered. */
function paramsFor(intent: string, persona: Persona) {
  const visible = dataset.tickets.filter((ticket) => (persona === 'agent' ? ticket.assigneeId === agent.id : persona === 'manager' ? ticket.teamId === team.id : persona === 'csm' ? VIEWERS.csm.accountIds!.includes(ticket.accountId) : true));
  if (intent === 'ticket.show' || intent === 'reply.draft') return { ticketId: visible[0]!.id };
  if (intent === 'call.prep') return { accountName: dataset.accounts.find((account) => visible.some((ticket) => ticket.accountId === account.id))!.name };
  if (intent === 'kb.search') return { topic: 'password reset' };
  return {};
}

describe('answerIntent', () => {
  it('has a widget for every intent of the catalogue, and nothing else', () => {
    expect(Object.keys(WIDGETS).sort()).toEqual([...INTENT_IDS].sort());
  });

  const cases = INTENT_CATALOGUE.flatMap((definition) => definition.personas.map((persona) => [definition.id, persona] as const));
  it.each(cases)('%s for a %s parses with its schema and survives JSON', (intent, persona) => {
    const answer = answerIntent(intent, { data: dataset, viewer: VIEWERS[persona], params: paramsFor(intent, persona), now });
    expect(answerSchemaOf(intent).parse(answer)).toBeTruthy();
    // What the server sends is JSON: nothing may be lost on the way (no Dates, Maps or functions).
    expect(JSON.parse(JSON.stringify(answer))).toStrictEqual(answer);
    expect(answer.asOf).toBe(now.toISOString());
  });

  it('refuses an intent the persona may not ask, naming who can', () => {
    expect(() => answerIntent('accounts.churnRisk', { data: dataset, viewer: VIEWERS.agent, now })).toThrow(ForbiddenError);
    expect(() => answerIntent('accounts.churnRisk', { data: dataset, viewer: VIEWERS.agent, now })).toThrow(/client success managers/);
  });

  it('answers 404 for a ticket outside the viewer’s scope, whether or not it exists', () => {
    const foreign = dataset.tickets.find((ticket) => ticket.assigneeId !== agent.id)!;
    expect(() => answerIntent('ticket.show', { data: dataset, viewer: VIEWERS.agent, params: { ticketId: foreign.id }, now })).toThrow(NotFoundError);
    expect(() => answerIntent('ticket.show', { data: dataset, viewer: VIEWERS.agent, params: { ticketId: 'NOPE-1' }, now })).toThrow(NotFoundError);
  });

  it('rejects bad params and a bad viewer with errors naming the field', () => {
    expect(() => answerIntent('tickets.list', { data: dataset, viewer: VIEWERS.manager, params: { limit: -3 }, now })).toThrow(/limit/);
    expect(() => answerIntent('ticket.show', { data: dataset, viewer: VIEWERS.manager, params: {}, now })).toThrow(/ticketId/);
    expect(() => answerIntent('tickets.list', { data: dataset, viewer: { userId: 'x', persona: 'agent' } as Viewer, now })).toThrow(/agentId/);
  });

  it('an unknown intent is an error, not an empty answer', () => {
    expect(() => answerIntent('weather.today', { data: dataset, viewer: VIEWERS.executive, now })).toThrow(/Unknown intent/);
  });
});
