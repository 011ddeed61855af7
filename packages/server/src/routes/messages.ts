import { IdSchema, NotFoundError, scopeFor } from '@supportai/core';
import * as z from 'zod';
import { ActionNotConfiguredError } from '../actions/action-errors.js';
import type { ViewerRoute } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';
import { parseBody } from './parse-body.js';

const MessageSchema = z
  .strictObject({
    ticketId: IdSchema.optional(),
    accountId: IdSchema.optional(),
    body: z.string().trim().min(1, 'must not be empty').max(20_000, 'must be at most 20000 characters'),
    tone: z.string().max(40).optional(),
    citedArticleIds: z.array(IdSchema).max(20).optional(),
    /** Send it through the host now (it asked the user first); otherwise only keep the draft. */
    send: z.boolean().optional(),
  })
  .refine((message) => message.ticketId !== undefined || message.accountId !== undefined, { message: 'must name a ticketId or an accountId', path: ['ticketId'] });

/** `POST /messages`: keeps a reply or message draft and, with `send: true`, sends it through the host. */
export const messagesRoute: ViewerRoute = {
  method: 'POST',
  path: '/messages',
  access: 'viewer',
  summary: 'Keep a reply/message draft ({ ticketId | accountId, body, tone?, citedArticleIds?, send? }); send: true calls the host (501 if not wired).',
  handle: async (context) => {
    const message = await parseBody(context, MessageSchema, 'Message');
    const { server, viewer } = context;
    const scope = scopeFor(await server.snapshot(), viewer);
    if (message.ticketId !== undefined && !scope.ticketById.has(message.ticketId)) throw new NotFoundError('ticket', message.ticketId);
    if (message.accountId !== undefined && !scope.accountById.has(message.accountId)) throw new NotFoundError('account', message.accountId);
    const ticketAccount = message.ticketId !== undefined ? scope.ticketById.get(message.ticketId)!.accountId : null;
    const draft = {
      id: server.createId(),
      userId: viewer.userId,
      ticketId: message.ticketId ?? null,
      accountId: message.accountId ?? ticketAccount,
      body: message.body,
      tone: message.tone ?? null,
      citedArticleIds: message.citedArticleIds ?? [],
      at: server.now().toISOString(),
    };
    await server.source.saveDraft(draft);
    if (!message.send) return jsonResponse({ draftId: draft.id, sent: false }, { status: 201 });
    if (!server.actions.sendMessage) throw new ActionNotConfiguredError('sendMessage');
    await server.actions.sendMessage({ message: { draftId: draft.id, ticketId: draft.ticketId, accountId: draft.accountId, body: draft.body }, viewer });
    return jsonResponse({ draftId: draft.id, sent: true }, { status: 201 });
  },
};
