import { INTENT_CATALOGUE, type Persona, type Viewer } from '@supportai/core';
import { describe, expect, it } from 'vitest';
import { createMemoryChatStore } from '../../src/index.js';
import { dataset, demoHandler, OTHER_VIEWERS, requestAs, VIEWERS, visibleTickets } from './demo-fixture.js';

type ScopedPersona = Exclude<Persona, 'executive'>;
const SCOPED: ScopedPersona[] = ['manager', 'agent', 'csm'];

/** Tickets the other viewer sees and this one must not. */
function foreignTickets(viewer: Viewer, other: Viewer) {
  const mine = new Set(visibleTickets(viewer).map((ticket) => ticket.id));
  return visibleTickets(other).filter((ticket) => !mine.has(ticket.id));
}

function foreignAccount(viewer: Viewer, other: Viewer) {
  const mine = new Set(visibleTickets(viewer).map((ticket) => ticket.accountId));
  if (viewer.persona === 'csm') for (const id of viewer.accountIds!) mine.add(id);
  // Every account a manager's team never served is outside the scope, whoever else sees it.
  return dataset.accounts.find((account) => !mine.has(account.id));
}

/** Every quoted id in a response that names something outside the viewer's scope. */
function leaksIn(text: string, foreignIds: ReadonlySet<string>): string[] {
  return [...text.matchAll(/"([^"\\]{1,80})"/g)].map((match) => match[1]!).filter((value) => foreignIds.has(value));
}

describe('scope: requests for another viewer’s data', () => {
  describe.each(SCOPED)('as %s', (persona) => {
    const viewer = VIEWERS[persona];
    const other = OTHER_VIEWERS[persona];
    const foreign = foreignTickets(viewer, other);
    const ticket = foreign[0]!;
    const account = foreignAccount(viewer, other);

    it('every ticket route answers 404 for a ticket outside the scope', async () => {
      expect(foreign.length).toBeGreaterThan(0);
      const handler = demoHandler();
      const id = encodeURIComponent(ticket.id);
      const attempts = [
        requestAs(viewer, `/tickets/${id}`),
        requestAs(viewer, `/tickets/${id}/assist`),
        requestAs(viewer, `/answers/ticket.show?ticketId=${id}`),
        requestAs(viewer, '/answers/reply.draft', { json: { params: { ticketId: ticket.id } } }),
        requestAs(viewer, '/answers/tickets.similar', { json: { params: { ticketId: ticket.id } } }),
        requestAs(viewer, '/messages', { json: { ticketId: ticket.id, body: 'hello' } }),
        requestAs(viewer, '/reassignments/apply', { json: { moves: [{ ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId: viewer.agentId ?? 'x' }] } }),
      ];
      for (const request of attempts) {
        const response = await handler(request);
        const text = await response.text();
        expect([403, 404], `${request.method} ${request.url} → ${response.status}`).toContain(response.status);
        expect(leaksIn(text, new Set([ticket.id, ticket.subject]))).toEqual([]);
      }
    });

    it.skipIf(account === undefined)('account routes answer 403/404 for an account outside the scope', async () => {
      const handler = demoHandler();
      if (!account) return;
      for (const request of [
        requestAs(viewer, '/messages', { json: { accountId: account.id, body: 'hello' } }),
        requestAs(viewer, '/meetings', { json: { title: 'x', startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T11:00:00Z', kind: 'call', accountId: account.id } }),
        requestAs(viewer, '/answers/message.draft', { json: { params: { accountName: account.name } } }),
      ]) {
        expect([403, 404]).toContain((await handler(request)).status);
      }
      const attempts = [
        requestAs(viewer, '/messages', { json: { accountId: account.id, body: 'hello' } }),
        requestAs(viewer, '/meetings', { json: { title: 'x', startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T11:00:00Z', kind: 'call', accountId: account.id } }),
        requestAs(viewer, '/answers/call.prep', { json: { params: { accountName: account.name } } }),
        requestAs(viewer, '/answers/tickets.byAccount', { json: { params: { accountName: account.name } } }),
        requestAs(viewer, '/answers/message.draft', { json: { params: { accountName: account.name } } }),
      ];
      for (const request of attempts) {
        const response = await handler(request);
        const text = await response.text();
        // A name outside the scope may also resolve to "no such account" inside it: then the answer must simply not contain it.
        expect(leaksIn(text, new Set([account.id])), `${request.url} → ${response.status}`).toEqual([]);
      }
    });

    it('no answer of any intent the persona may ask names a ticket outside the scope (leaks: 0)', async () => {
      const handler = demoHandler();
      const outside = new Set(dataset.tickets.map((candidate) => candidate.id));
      for (const visible of visibleTickets(viewer)) outside.delete(visible.id);
      let leaks = 0;
      const asked = INTENT_CATALOGUE.filter((definition) => definition.personas.includes(persona) && !(definition.required ?? []).length);
      for (const definition of asked) {
        const response = await handler(requestAs(viewer, `/answers/${definition.id}`, { json: { params: {} } }));
        const found = leaksIn(await response.text(), outside);
        if (found.length > 0) leaks += found.length;
        expect(found, definition.id).toEqual([]);
      }
      const dashboard = leaksIn(await (await handler(requestAs(viewer, '/dashboard'))).text(), outside);
      expect(leaks + dashboard.length).toBe(0);
    });

    it('a manager cannot move tickets to an agent of another team', async () => {
      if (persona !== 'manager') return;
      const handler = demoHandler();
      const own = visibleTickets(viewer).find((candidate) => candidate.assigneeId !== null)!;
      const outsider = dataset.agents.find((agent) => agent.teamId === other.teamId)!;
      const response = await handler(requestAs(viewer, '/reassignments/apply', { json: { moves: [{ ticketId: own.id, fromAgentId: own.assigneeId, toAgentId: outsider.id }] } }));
      expect(response.status).toBe(404);
    });
  });

  it('an agent sees no revenue or churn figures anywhere', async () => {
    const handler = demoHandler();
    const agent = VIEWERS.agent;
    const texts: string[] = [await (await handler(requestAs(agent, '/dashboard'))).text()];
    for (const definition of INTENT_CATALOGUE.filter((candidate) => candidate.personas.includes('agent') && !(candidate.required ?? []).length)) {
      texts.push(await (await handler(requestAs(agent, `/answers/${definition.id}`, { json: { params: {} } }))).text());
    }
    for (const text of texts) expect(text).not.toMatch(/"(?:arrCents|totalArrCents|arrAtRisk|churnRisk|churnProbability)"\s*:\s*[\d{[]/);
  });

  it('a thread of another user reads as missing, in the list and by id', async () => {
    const chatStore = createMemoryChatStore();
    await chatStore.saveTurn({ threadId: 'thread-1', userId: VIEWERS.csm.userId, title: 'Renewals', messages: [], conversation: { turns: [] }, at: dataset.now });
    const handler = demoHandler({ chatStore });
    expect((await handler(requestAs(VIEWERS.csm, '/chat/threads/thread-1'))).status).toBe(200);
    expect((await handler(requestAs(OTHER_VIEWERS.csm, '/chat/threads/thread-1'))).status).toBe(404);
    expect(await (await handler(requestAs(OTHER_VIEWERS.csm, '/chat/threads'))).json()).toEqual({ threads: [] });
  });
});
