import { answerSchemaOf, INTENT_CATALOGUE, PERSONA_DASHBOARDS, type Persona, type Viewer } from '@supportai/core';
import { describe, expect, it, vi } from 'vitest';
import type { DataSource } from '../../src/index.js';
import { dataset, demoHandler, OTHER_VIEWERS, requestAs, VIEWERS, visibleTickets } from './demo-fixture.js';

const PERSONAS: Persona[] = ['executive', 'manager', 'agent', 'csm'];

/** Entities a question needs, taken from what the viewer may see. */
export function paramsFor(intent: string, viewer: Viewer): Record<string, unknown> {
  const own = visibleTickets(viewer);
  if (intent === 'ticket.show' || intent === 'reply.draft') return { ticketId: own[0]!.id };
  if (intent === 'call.prep') return { accountName: dataset.accounts.find((account) => own.some((ticket) => ticket.accountId === account.id))!.name };
  if (intent === 'kb.search') return { topic: 'password reset' };
  return {};
}

async function json(response: Response): Promise<any> {
  return response.json();
}

/**
 * Every route for every persona against one data source. Run for the memory source and for SQLite, so
 * both answer alike.
 */
export function describeRoutes(sourceName: string, createSource: () => Promise<DataSource> | DataSource) {
  describe(`routes on the ${sourceName} source`, () => {
    const handlerWith = async (overrides: Parameters<typeof demoHandler>[0] = {}) => demoHandler({ data: await createSource(), ...overrides });

    it('GET / lists every route without authentication', async () => {
      const handler = await handlerWith();
      const response = await handler(requestAs(null, '/'));
      expect(response.status).toBe(200);
      const body = await json(response);
      expect(body.routes.map((route: { path: string }) => route.path)).toEqual(expect.arrayContaining(['/api/supportai/dashboard', '/api/supportai/tickets/:ticketId']));
    });

    it('answers 401 without a viewer', async () => {
      const handler = await handlerWith();
      const response = await handler(requestAs(null, '/dashboard'));
      expect(response.status).toBe(401);
      expect((await json(response)).error.code).toBe('unauthenticated');
    });

    describe.each(PERSONAS)('as %s', (persona) => {
      const viewer = VIEWERS[persona];
      const allowed = INTENT_CATALOGUE.filter((definition) => definition.personas.includes(persona));
      const refused = INTENT_CATALOGUE.filter((definition) => !definition.personas.includes(persona));

      it('GET /dashboard answers every panel of the persona, each valid for its widget', async () => {
        const handler = await handlerWith();
        const body = await json(await handler(requestAs(viewer, '/dashboard')));
        expect(body.persona).toBe(persona);
        expect(body.panels.map((panel: { intent: string }) => panel.intent)).toEqual(PERSONA_DASHBOARDS[persona]);
        for (const panel of body.panels) expect(answerSchemaOf(panel.intent).safeParse(panel).success).toBe(true);
      });

      it("GET /dashboards/:persona refuses another persona's dashboard with 403", async () => {
        const handler = await handlerWith();
        const other = PERSONAS.find((candidate) => candidate !== persona)!;
        const response = await handler(requestAs(viewer, `/dashboards/${other}`));
        expect(response.status).toBe(403);
      });

      it('GET /intents lists exactly the intents the persona may ask', async () => {
        const handler = await handlerWith();
        const body = await json(await handler(requestAs(viewer, '/intents')));
        expect(body.intents.map((intent: { intent: string }) => intent.intent).sort()).toEqual(allowed.map((definition) => definition.id).sort());
      });

      it('POST /answers/:intent answers every allowed intent with a payload its schema accepts', async () => {
        const handler = await handlerWith();
        for (const definition of allowed) {
          const response = await handler(requestAs(viewer, `/answers/${definition.id}`, { json: { params: paramsFor(definition.id, viewer) } }));
          expect(response.status, definition.id).toBe(200);
          const answer = await json(response);
          expect(answerSchemaOf(definition.id).safeParse(answer).success, definition.id).toBe(true);
        }
      });

      it('answers 403 for every intent the persona may not ask, naming who can', async () => {
        const handler = await handlerWith();
        for (const definition of refused) {
          const response = await handler(requestAs(viewer, `/answers/${definition.id}`, { json: { params: {} } }));
          expect(response.status, definition.id).toBe(403);
          expect((await json(response)).error.message).toMatch(/available to/);
        }
      });

      it('GET /tickets lists only tickets in scope; GET /tickets/:id shows one with its SLA clocks', async () => {
        const handler = await handlerWith();
        const list = await json(await handler(requestAs(viewer, '/tickets?limit=500')));
        const visible = new Set(visibleTickets(viewer).map((ticket) => ticket.id));
        expect(list.data.rows.length).toBeGreaterThan(0);
        for (const row of list.data.rows) expect(visible.has(row.id), row.id).toBe(true);
        const own = visibleTickets(viewer)[0]!;
        const detail = await json(await handler(requestAs(viewer, `/tickets/${encodeURIComponent(own.id)}`)));
        expect(detail.data.ticket.id).toBe(own.id);
        expect(Array.isArray(detail.data.sla.instances)).toBe(true);
        expect(visible.has(detail.data.ticket.id)).toBe(true);
      });

      it('GET /tickets/:id/assist gives each part the persona may ask, and null for the others', async () => {
        const handler = await handlerWith();
        const own = visibleTickets(viewer)[0]!;
        const response = await handler(requestAs(viewer, `/tickets/${encodeURIComponent(own.id)}/assist`));
        expect(response.status).toBe(200);
        const body = await json(response);
        expect(body.similar === null).toBe(persona !== 'agent');
        expect(body.knowledgeBase === null).toBe(persona !== 'agent');
        expect(body.draft === null).toBe(!['agent', 'manager'].includes(persona));
      });

      it('POST /feedback records a rating', async () => {
        const source = await createSource();
        const handler = demoHandler({ data: source });
        const response = await handler(requestAs(viewer, '/feedback', { json: { id: `fb-${persona}`, messageId: 'msg-1', rating: 'down', comment: 'wrong account' } }));
        expect(response.status).toBe(201);
        expect(await json(response)).toEqual({ id: `fb-${persona}`, recorded: true });
      });

      it('GET /chat/threads starts empty for a new user', async () => {
        const handler = await handlerWith();
        expect(await json(await handler(requestAs(viewer, '/chat/threads')))).toEqual({ threads: [] });
      });
    });

    it('a manager previews a plan, applies one move, and the ticket detail shows the new assignee', async () => {
      const handler = await handlerWith();
      const manager = VIEWERS.manager;
      const preview = await json(await handler(requestAs(manager, '/reassignments/preview', { json: {} })));
      const move = preview.data.action.moves[0];
      expect(move, 'the demo team has an overloaded agent, so the plan moves something').toBeDefined();
      const applied = await handler(requestAs(manager, '/reassignments/apply', { json: { moves: [move] } }));
      expect(applied.status).toBe(200);
      expect(await json(applied)).toMatchObject({ applied: 1, ticketIds: [move.ticketId] });
      const detail = await json(await handler(requestAs(manager, `/tickets/${encodeURIComponent(move.ticketId)}`)));
      expect(detail.data.ticket.assigneeId).toBe(move.toAgentId);
      // The ticket's history says who moved it and why, in the plan's words.
      const planned = preview.data.moves.find((candidate: { ticketId: string }) => candidate.ticketId === move.ticketId);
      expect(detail.data.events.at(-1)).toMatchObject({ type: 'assignment', actorId: manager.userId, assigneeId: move.toAgentId, reason: planned.reason });
      // The same move again is stale: the ticket is no longer with fromAgentId.
      const again = await handler(requestAs(manager, '/reassignments/apply', { json: { moves: [move] } }));
      expect(again.status).toBe(409);
    });

    it('only managers may preview or apply reassignments', async () => {
      const handler = await handlerWith();
      expect((await handler(requestAs(VIEWERS.agent, '/reassignments/preview', { json: {} }))).status).toBe(403);
      const ticket = visibleTickets(VIEWERS.agent)[0]!;
      const apply = await handler(requestAs(VIEWERS.agent, '/reassignments/apply', { json: { moves: [{ ticketId: ticket.id, fromAgentId: ticket.assigneeId, toAgentId: VIEWERS.agent.agentId }] } }));
      expect(apply.status).toBe(403);
    });

    it('POST /messages keeps a draft, and sends it only through the host callback (501 when none is wired)', async () => {
      const agent = VIEWERS.agent;
      const ticket = visibleTickets(agent)[0]!;
      const unwired = await handlerWith();
      const kept = await unwired(requestAs(agent, '/messages', { json: { ticketId: ticket.id, body: 'Hello, we reset your SSO settings.' } }));
      expect(kept.status).toBe(201);
      expect((await json(kept)).sent).toBe(false);
      const refused = await unwired(requestAs(agent, '/messages', { json: { ticketId: ticket.id, body: 'Hello', send: true } }));
      expect(refused.status).toBe(501);
      const sendMessage = vi.fn(async () => {});
      const wired = await handlerWith({ actions: { sendMessage } });
      const sent = await wired(requestAs(agent, '/messages', { json: { ticketId: ticket.id, body: 'Hello', send: true } }));
      expect(sent.status).toBe(201);
      expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ message: expect.objectContaining({ ticketId: ticket.id, accountId: ticket.accountId, body: 'Hello' }), viewer: agent }));
    });

    it('POST /meetings books a slot for an account in scope through the host', async () => {
      const csm = VIEWERS.csm;
      const scheduleMeeting = vi.fn(async () => ({ meetingId: 'cal-77' }));
      const handler = await handlerWith({ actions: { scheduleMeeting } });
      const response = await handler(
        requestAs(csm, '/meetings', { json: { title: 'QBR', startsAt: '2026-12-10T15:00:00Z', endsAt: '2026-12-10T16:00:00Z', kind: 'qbr', accountId: csm.accountIds![0] } }),
      );
      expect(response.status).toBe(201);
      expect((await json(response)).meetingId).toBe('cal-77');
      const foreign = await handler(
        requestAs(csm, '/meetings', { json: { title: 'QBR', startsAt: '2026-12-10T15:00:00Z', endsAt: '2026-12-10T16:00:00Z', kind: 'qbr', accountId: OTHER_VIEWERS.csm.accountIds![0] } }),
      );
      expect(foreign.status).toBe(404);
      expect(scheduleMeeting).toHaveBeenCalledTimes(1);
    });
  });
}
