import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { SupportAIHandler } from '../handler/create-handler.js';

/** A Node `http` request listener; Express accepts the same signature as middleware (with `next`). */
export type NodeRequestListener = (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => void;

/**
 * Mounts the web-standard handler in Node's `http` server or Express. The response streams (chat), and
 * a client that disconnects aborts the request's signal so the model call stops.
 * @example http.createServer(toNodeHandler(handler)).listen(3000, '127.0.0.1')
 * @example app.use('/api/supportai', toNodeHandler(handler)) // keep basePath equal to the mount path
 */
export function toNodeHandler(handler: SupportAIHandler): NodeRequestListener {
  return (request, response, next) => {
    const abort = new AbortController();
    // 'close' on the response fires when the client goes away before the end, or after a normal finish.
    response.on('close', () => {
      if (!response.writableFinished) abort.abort();
    });
    handle(handler, request, response, abort.signal).catch((error: unknown) => {
      if (next) return next(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ error: { code: 'internal', message: 'Internal error' } }));
    });
  };
}

async function handle(handler: SupportAIHandler, request: IncomingMessage, response: ServerResponse, signal: AbortSignal): Promise<void> {
  const webResponse = await handler(toWebRequest(request, signal));
  const headers: Record<string, string | string[]> = {};
  webResponse.headers.forEach((value, name) => {
    headers[name] = value;
  });
  response.writeHead(webResponse.status, headers);
  if (!webResponse.body) {
    response.end();
    return;
  }
  const reader = webResponse.body.getReader();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Respect back-pressure: wait for 'drain' when the socket buffer is full.
      if (!response.write(value)) await new Promise<void>((resolve) => response.once('drain', resolve));
    }
  } finally {
    response.end();
  }
}

function toWebRequest(request: IncomingMessage, signal: AbortSignal): Request {
  // Express rewrites `url` below its mount point; `originalUrl` keeps the full path the handler routes on.
  const path = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '/';
  const host = request.headers.host ?? '127.0.0.1';
  const url = new URL(path, `http://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method ?? 'GET',
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}
