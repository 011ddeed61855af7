import { describe, expect, it, vi } from 'vitest';
import { createSupportAIClient, describeError, messagesDe, SupportAIRequestError, translatorOf, messagesEn } from '../../src/shared/index.js';

const json = (body: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
const errorBody = (code: string, message: string, extra: Record<string, unknown> = {}) => ({ error: { code, message, ...extra } });

/** A client whose fetch answers every request with `respond`, recording what was asked. */
function clientAnswering(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(String(input), 'http://host.test'), init);
    requests.push(request);
    return respond(request);
  });
  return { client: createSupportAIClient({ endpoint: '/api/supportai/', fetch }), requests };
}

async function failureOf(promise: Promise<unknown>): Promise<SupportAIRequestError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SupportAIRequestError);
  return error as SupportAIRequestError;
}

describe('createSupportAIClient', () => {
  it('sends JSON to the route under the endpoint and returns the validated body', async () => {
    const { client, requests } = clientAnswering(() => json({ id: 'f1', recorded: true }));
    await expect(client.feedback({ messageId: 'm1', rating: 'up' })).resolves.toEqual({ id: 'f1', recorded: true });
    expect(requests[0]!.method).toBe('POST');
    expect(new URL(requests[0]!.url).pathname).toBe('/api/supportai/feedback');
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]!.json()).toEqual({ messageId: 'm1', rating: 'up' });
  });

  it('calls a headers function for every request, so a refreshed token is used', async () => {
    let token = 0;
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => json({ threads: [] }));
    const client = createSupportAIClient({ endpoint: '/api', fetch, headers: () => ({ authorization: `Bearer t${++token}` }) });
    await client.threads();
    await client.threads();
    const sent = fetch.mock.calls.map(([, init]) => new Headers(init?.headers).get('authorization'));
    expect(sent).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it.each([
    [400, 'invalid_input', false],
    [401, 'unauthenticated', false],
    [403, 'forbidden', false],
    [404, 'not_found', false],
    [409, 'conflict', false],
    [413, 'payload_too_large', false],
    [501, 'not_configured', false],
    [503, 'server', true],
  ] as const)('a %i is a %s error (retryable: %s) carrying the server message', async (status, kind, retryable) => {
    const { client } = clientAnswering(() => json(errorBody(kind, `server says ${status}`), { status }));
    const error = await failureOf(client.threads());
    expect(error).toMatchObject({ kind, status, message: `server says ${status}`, code: kind, request: 'GET /chat/threads' });
    expect(error.retryable).toBe(retryable);
  });

  it('a 429 carries Retry-After in seconds', async () => {
    const { client } = clientAnswering(() => json(errorBody('rate_limited', 'Slow down'), { status: 429, headers: { 'retry-after': '17' } }));
    const error = await failureOf(client.quickActions());
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 17 });
  });

  it("a 5xx carries the server's request id, and a proxy's HTML page still gives the status's kind", async () => {
    const { client } = clientAnswering(() => json(errorBody('internal', 'Something failed on our side', { requestId: 'req-42' }), { status: 500 }));
    expect(await failureOf(client.quickActions())).toMatchObject({ kind: 'server', requestId: 'req-42' });
    const proxied = clientAnswering(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(await failureOf(proxied.client.quickActions())).toMatchObject({ kind: 'server', status: 502, message: 'The server answered 502 Bad Gateway.' });
  });

  it('a field-level 400 keeps the issues that name each field', async () => {
    const issues = [{ path: 'rating', message: 'must be "up" or "down"' }];
    const { client } = clientAnswering(() => json(errorBody('invalid_input', 'Invalid feedback', { issues }), { status: 400 }));
    expect((await failureOf(client.feedback({ messageId: 'm', rating: 'up' }))).issues).toEqual(issues);
  });

  it('no response at all is a network error', async () => {
    const client = createSupportAIClient({ endpoint: '/api', fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await failureOf(client.quickActions())).toMatchObject({ kind: 'network', status: 0, retryable: true });
  });

  it('a body that is not JSON, or not the API shape, is malformed and names the field', async () => {
    const notJson = clientAnswering(() => new Response('{"threads": [', { headers: { 'content-type': 'application/json' } }));
    expect(await failureOf(notJson.client.threads())).toMatchObject({ kind: 'malformed' });
    const wrongShape = clientAnswering(() => json({ id: 'f1', recorded: 'yes' }));
    const error = await failureOf(wrongShape.client.feedback({ messageId: 'm', rating: 'down' }));
    expect(error.kind).toBe('malformed');
    expect(error.message).toContain('recorded');
  });

  it('a cancelled request is aborted, not a network failure', async () => {
    const controller = new AbortController();
    const client = createSupportAIClient({
      endpoint: '/api',
      fetch: (_input, init) =>
        // As a real fetch does: an already aborted signal rejects at once, a later abort when it comes.
        new Promise((_resolve, reject) => {
          const abort = () => reject(new DOMException('Aborted', 'AbortError'));
          if (init?.signal?.aborted) abort();
          init?.signal?.addEventListener('abort', abort);
        }),
    });
    const pending = client.quickActions({ signal: controller.signal });
    controller.abort();
    expect(await failureOf(pending)).toMatchObject({ kind: 'aborted' });
  });

  it('raw fetch (for the chat stream) turns statuses into typed errors and rethrows an abort as it came', async () => {
    const { client } = clientAnswering(() => json(errorBody('forbidden', 'Only managers may see this.'), { status: 403 }));
    expect(await failureOf(client.fetch(client.url('/chat'), { method: 'POST' }))).toMatchObject({ kind: 'forbidden', request: 'POST /chat' });
    const abort = new DOMException('Aborted', 'AbortError');
    const controller = new AbortController();
    controller.abort();
    const aborting = createSupportAIClient({ endpoint: '/api', fetch: async () => Promise.reject(abort) });
    await expect(aborting.fetch('/api/chat', { signal: controller.signal })).rejects.toBe(abort);
  });
});

describe('describeError', () => {
  const t = translatorOf(messagesEn);

  it('tells how long to wait on a 429 and offers a retry', () => {
    const error = new SupportAIRequestError({ kind: 'rate_limited', status: 429, message: 'x', retryAfterSeconds: 30 });
    expect(describeError(error, t)).toEqual({ message: 'Too many requests. Try again in 30 seconds.', retryable: true, retryAfterSeconds: 30 });
  });

  it("shows a 403's own message (who may see it) with no retry", () => {
    const error = new SupportAIRequestError({ kind: 'forbidden', status: 403, message: 'This is available to managers and executives.' });
    expect(describeError(error, t)).toEqual({ message: 'This is available to managers and executives.', retryable: false });
  });

  it('quotes the request id of a server error and never shows a raw error message', () => {
    expect(describeError(new SupportAIRequestError({ kind: 'server', status: 500, message: 'at Object.<anonymous> (/srv/x.js:1:1)', requestId: 'req-9' }), t).message).toBe(
      'The support service had a problem. Try again; if it keeps failing, quote reference req-9.',
    );
    expect(describeError(new Error('TypeError: undefined is not a function at line 3'), t).message).not.toContain('line 3');
  });

  it('speaks the dictionary it is given', () => {
    const error = new SupportAIRequestError({ kind: 'network', message: 'x' });
    expect(describeError(error, translatorOf(messagesDe)).message).toMatch(/^Sie scheinen offline zu sein/);
  });
});
