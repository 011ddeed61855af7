import { describe, expect, it, vi } from 'vitest';
import { createRequestHandler } from '../src/handler/request-handler.js';
import type { Route } from '../src/handler/route.js';
import { createMemoryRateLimiter } from '../src/limits/rate-limiter.js';
import type { ServerContext } from '../src/server-context.js';

/** The parts of the pipeline a public route does not touch. */
const pipeline = { server: {} as ServerContext, authenticate: () => null, rateLimiter: createMemoryRateLimiter({ requestsPerMinute: 10 }), maxBodyBytes: 1024, about: undefined };
import { withErrorBoundary } from '../src/handler/with-error-boundary.js';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const throwingRoute: Route = {
  method: 'GET',
  path: '/explode',
  access: 'public',
  summary: 'Always fails.',
  handle: () => {
    throw new Error('database password is hunter2');
  },
};

describe('internal errors', () => {
  it('turn into a 500 with a request id and no stack or internal message', async () => {
    const onError = vi.fn();
    const handler = createRequestHandler({ ...pipeline, basePath: '/api/supportai', routes: [throwingRoute], onError });

    const response = await handler(new Request('http://localhost/api/supportai/explode'));

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    const body = JSON.parse(text) as { error: { requestId: string } };
    expect(body).toEqual({ error: { code: 'internal', message: 'Internal error', requestId: expect.stringMatching(UUID_PATTERN) } });
    expect(text).not.toMatch(/hunter2|stack|at \w+ \(/);
  });

  it('report the original error with the same request id the client got', async () => {
    const onError = vi.fn();
    const handler = createRequestHandler({ ...pipeline, basePath: '/api/supportai', routes: [throwingRoute], onError });
    const request = new Request('http://localhost/api/supportai/explode');

    const response = await handler(request);
    const body = (await response.json()) as { error: { requestId: string } };

    expect(onError).toHaveBeenCalledTimes(1);
    const [error, details] = onError.mock.calls[0] as [Error, { request: Request; requestId: string }];
    expect(error.message).toBe('database password is hunter2');
    expect(details).toEqual({ request, requestId: body.error.requestId });
  });

  it('give each failure its own request id', async () => {
    const handler = createRequestHandler({ ...pipeline, basePath: '', routes: [throwingRoute], onError: () => {} });

    const first = (await (await handler(new Request('http://localhost/explode'))).json()) as { error: { requestId: string } };
    const second = (await (await handler(new Request('http://localhost/explode'))).json()) as { error: { requestId: string } };

    expect(first.error.requestId).not.toBe(second.error.requestId);
  });
});

describe('withErrorBoundary', () => {
  it('passes successful responses through untouched', async () => {
    const original = new Response('fine', { status: 201 });
    const wrapped = withErrorBoundary(async () => original, { onError: () => {} });

    expect(await wrapped(new Request('http://localhost/'))).toBe(original);
  });

  it('catches rejected promises and non-Error throws', async () => {
    const wrapped = withErrorBoundary(() => Promise.reject('a bare string'), {
      onError: () => {},
      createRequestId: () => 'request-1',
    });

    const response = await wrapped(new Request('http://localhost/'));

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal', message: 'Internal error', requestId: 'request-1' } });
  });

  it('still answers 500 when the reporter itself throws', async () => {
    const wrapped = withErrorBoundary(
      async () => {
        throw new Error('first');
      },
      {
        onError: () => {
          throw new Error('reporter broke');
        },
      },
    );

    const response = await wrapped(new Request('http://localhost/'));

    expect(response.status).toBe(500);
  });
});
