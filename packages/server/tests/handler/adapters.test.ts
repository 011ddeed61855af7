import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DefaultChatTransport, readUIMessageStream, type UIMessage } from 'ai';
import express from 'express';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { toNextHandler } from '../../src/index.js';
import { toNodeHandler } from '../../src/node.js';
import { scriptedModel, stallingStream } from '../chat/scripted-model.js';
import { demoHandler, VIEWERS } from './demo-fixture.js';

const manager = VIEWERS.manager;
const auth = { authorization: `Bearer ${manager.userId}` };
const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function chatOver(url: string, question: string): Promise<UIMessage> {
  const transport = new DefaultChatTransport<UIMessage>({ api: `${url}/api/supportai/chat`, headers: auth });
  const stream = await transport.sendMessages({
    trigger: 'submit-message',
    chatId: `thread-${question.length}`,
    messageId: undefined,
    messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: question }] }],
    abortSignal: undefined,
  });
  let last: UIMessage | undefined;
  for await (const message of readUIMessageStream({ stream })) last = message;
  return last!;
}

describe('toNodeHandler on node:http', () => {
  it('serves JSON routes and streams a chat turn the AI SDK client reads', async () => {
    const url = await listen(createServer(toNodeHandler(demoHandler())));
    const dashboard = await fetch(`${url}/api/supportai/dashboard`, { headers: auth });
    expect(dashboard.status).toBe(200);
    expect(((await dashboard.json()) as { persona: string }).persona).toBe('manager');
    const asked = await fetch(`${url}/api/supportai/ask`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Show me agent workload distribution' }) });
    expect(((await asked.json()) as { route: { intent: string } }).route.intent).toBe('team.workload');
    const message = await chatOver(url, 'Show me agent workload distribution');
    expect(message.parts.some((part) => part.type === 'data-answer')).toBe(true);
  });

  it('cancels the model stream when the client disconnects mid-answer', async () => {
    const stalled = stallingStream([{ type: 'stream-start', warnings: [] }, { type: 'text-start', id: 't1' }, { type: 'text-delta', id: 't1', delta: 'Looking at your team' }]);
    const url = await listen(createServer(toNodeHandler(demoHandler({ model: scriptedModel([stalled]) }))));
    const client = new AbortController();
    const response = await fetch(`${url}/api/supportai/chat`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'abort-thread', messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'How is my team doing?' }] }] }),
      signal: client.signal,
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (!received.includes('Looking at your team')) received += decoder.decode((await reader.read()).value, { stream: true });
    client.abort();
    await expect.poll(() => stalled.cancelled(), { timeout: 5000 }).toBe(true);
  });

  it('answers 413 for an oversized body sent over the socket', async () => {
    const url = await listen(createServer(toNodeHandler(demoHandler({ limits: { maxBodyBytes: 512, requestsPerMinute: 1000 } }))));
    const response = await fetch(`${url}/api/supportai/ask`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ question: 'x'.repeat(4000) }) });
    expect(response.status).toBe(413);
  });
});

describe('toNodeHandler in Express', () => {
  it('works mounted under a path, routing on the original URL', async () => {
    const app = express();
    app.use('/api/supportai', toNodeHandler(demoHandler()));
    app.get('/other', (_request, response) => void response.send('host route'));
    const url = await listen(createServer(app));
    expect((await fetch(`${url}/api/supportai/intents`, { headers: auth })).status).toBe(200);
    expect(await (await fetch(`${url}/other`)).text()).toBe('host route');
  });
});

describe('toNextHandler', () => {
  it('exports GET and POST that take the standard Request', async () => {
    const { GET, POST } = toNextHandler(demoHandler());
    expect((await GET(new Request('http://127.0.0.1/api/supportai/intents', { headers: auth }))).status).toBe(200);
    const response = await POST(new Request('http://127.0.0.1/api/supportai/ask', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Who is my top performing agent?' }) }));
    expect(((await response.json()) as { route: { intent: string } }).route.intent).toBe('agents.top');
  });
});

describe('Hono', () => {
  it('mounts with one line: app.all(basePath/*, (c) => handler(c.req.raw))', async () => {
    const handler = demoHandler();
    const app = new Hono();
    app.all('/api/supportai/*', (context) => handler(context.req.raw));
    const response = await app.request('/api/supportai/dashboard', { headers: auth });
    expect(response.status).toBe(200);
  });
});
