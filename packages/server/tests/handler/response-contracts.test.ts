import {
  answerSchemaOf,
  ApiErrorBodySchema,
  AskResponseSchema,
  ChatThreadResponseSchema,
  ChatThreadsResponseSchema,
  DashboardResponseSchema,
  FeedbackResponseSchema,
  HealthResponseSchema,
  MeetingBookedResponseSchema,
  MessageDraftResponseSchema,
  QuickActionsResponseSchema,
  ReassignmentResultSchema,
  TicketAssistResponseSchema,
  type Persona,
} from '@supportai/core';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { demoHandler, requestAs, VIEWERS, visibleTickets } from './demo-fixture.js';

// The React data client validates every body with core's schemas: what the server sends must parse.
async function bodyOf<Schema extends z.ZodType>(response: Response, schema: Schema, status = 200): Promise<z.infer<Schema>> {
  expect(response.status).toBe(status);
  const parsed = schema.safeParse(await response.json());
  expect(parsed.error?.issues ?? []).toEqual([]);
  return parsed.data as z.infer<Schema>;
}

describe("the server's bodies parse with core's API schemas", () => {
  const handler = demoHandler({
    actions: { sendMessage: async () => {}, scheduleMeeting: async () => ({ meetingId: 'cal-1' }) },
  });

  it('GET /health and an error body', async () => {
    await bodyOf(await handler(requestAs(null, '/health')), HealthResponseSchema);
    const denied = await bodyOf(await handler(requestAs(null, '/intents')), ApiErrorBodySchema, 401);
    expect(denied.error.code).toBe('unauthenticated');
  });

  for (const persona of ['executive', 'manager', 'agent', 'csm'] as const satisfies Persona[]) {
    it(`${persona}: /intents, /dashboard with each panel's payload, /ask`, async () => {
      const viewer = VIEWERS[persona];
      const actions = await bodyOf(await handler(requestAs(viewer, '/intents')), QuickActionsResponseSchema);
      expect(actions.intents.length).toBeGreaterThan(0);
      const dashboard = await bodyOf(await handler(requestAs(viewer, '/dashboard')), DashboardResponseSchema);
      for (const panel of dashboard.panels) expect(answerSchemaOf(panel.intent).safeParse(panel).success, panel.intent).toBe(true);
      await bodyOf(await handler(requestAs(viewer, '/ask', { json: { question: 'show me the tickets' } })), AskResponseSchema);
    });
  }

  it('ticket assist, feedback, messages, meetings, reassignments and chat threads', async () => {
    const agent = VIEWERS.agent;
    const ticket = visibleTickets(agent)[0]!;
    const assist = await bodyOf(await handler(requestAs(agent, `/tickets/${encodeURIComponent(ticket.id)}/assist`)), TicketAssistResponseSchema);
    expect(assist.draft).not.toBeNull();
    await bodyOf(await handler(requestAs(agent, '/feedback', { json: { id: 'fb-contract', messageId: 'msg-1', rating: 'up' } })), FeedbackResponseSchema, 201);
    await bodyOf(await handler(requestAs(agent, '/messages', { json: { ticketId: ticket.id, body: 'Hello', send: true } })), MessageDraftResponseSchema, 201);
    const csm = VIEWERS.csm;
    const meeting = { title: 'QBR', startsAt: '2026-12-10T15:00:00Z', endsAt: '2026-12-10T16:00:00Z', kind: 'qbr', accountId: csm.accountIds![0] };
    await bodyOf(await handler(requestAs(csm, '/meetings', { json: meeting })), MeetingBookedResponseSchema, 201);

    const manager = VIEWERS.manager;
    const preview = (await (await handler(requestAs(manager, '/reassignments/preview', { json: {} }))).json()) as { data: { action: { moves: unknown[] } } };
    await bodyOf(await handler(requestAs(manager, '/reassignments/apply', { json: { moves: preview.data.action.moves.slice(0, 1) } })), ReassignmentResultSchema);

    const chat = await handler(
      requestAs(agent, '/chat', { json: { id: 'thread-contract', messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'show my tickets' }] }] } }),
    );
    expect(chat.status).toBe(200);
    await chat.text();
    const threads = await bodyOf(await handler(requestAs(agent, '/chat/threads')), ChatThreadsResponseSchema);
    expect(threads.threads.map((thread) => thread.id)).toContain('thread-contract');
    const thread = await bodyOf(await handler(requestAs(agent, '/chat/threads/thread-contract')), ChatThreadResponseSchema);
    expect(thread.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
  });
});
