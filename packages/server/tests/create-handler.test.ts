import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ContractError } from '@supportai/core';
import { generateDemoDataset } from '@supportai/core/demo';
import { createMemoryDataSource, createSupportAIHandler, SERVER_VERSION } from '../src/index.js';

const source = createMemoryDataSource(generateDemoDataset({ seed: 1, size: 'small' }));

/** The two options every host passes: its data and its users. */
function minimal() {
  return { data: source, authenticate: () => null };
}

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('createSupportAIHandler', () => {
  describe('GET {basePath}/health', () => {
    it('answers 200 with status and the package version', async () => {
      const handler = createSupportAIHandler(minimal());

      const response = await handler(new Request('http://localhost/api/supportai/health'));

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ status: 'ok', version: packageJson.version });
    });

    it('keeps SERVER_VERSION equal to package.json', () => {
      expect(SERVER_VERSION).toBe(packageJson.version);
    });

    it('serves under a custom base path and ignores its trailing slash', async () => {
      const handler = createSupportAIHandler({ ...minimal(), basePath: '/support/' });

      const response = await handler(new Request('http://localhost/support/health'));

      expect(response.status).toBe(200);
    });

    it('serves at the root when basePath is "/"', async () => {
      const handler = createSupportAIHandler({ ...minimal(), basePath: '/' });

      const response = await handler(new Request('http://localhost/health'));

      expect(response.status).toBe(200);
    });
  });

  describe('unknown paths', () => {
    it.each([
      'http://localhost/api/supportai/nope',
      'http://localhost/elsewhere/health',
      'http://localhost/api/supportaiX/health',
    ])('answers 404 not_found for %s', async (url) => {
      const handler = createSupportAIHandler(minimal());

      const response = await handler(new Request(url));

      expect(response.status).toBe(404);
      const body = await response.json();
      expect(body).toEqual({ error: { code: 'not_found', message: expect.stringContaining(new URL(url).pathname) } });
    });
  });

  describe('wrong method on a known path', () => {
    it('answers 405 with an Allow header', async () => {
      const handler = createSupportAIHandler(minimal());

      const response = await handler(new Request('http://localhost/api/supportai/health', { method: 'POST', body: '{}' }));

      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
      expect(await response.json()).toEqual({
        error: { code: 'method_not_allowed', message: 'Method POST is not allowed on /api/supportai/health' },
      });
    });
  });

  describe('options', () => {
    it('throws at creation when basePath does not start with "/", naming the field', () => {
      expect(() => createSupportAIHandler({ ...minimal(), basePath: 'api/supportai' })).toThrow(ContractError);
      expect(() => createSupportAIHandler({ ...minimal(), basePath: 'api/supportai' })).toThrow(/basePath: must start with '\/'/);
    });

    it('throws when basePath is not a string', () => {
      expect(() => createSupportAIHandler({ ...minimal(), basePath: 42 as unknown as string })).toThrow(/basePath: must be a string/);
    });

    it('throws when onError is not a function', () => {
      expect(() => createSupportAIHandler({ ...minimal(), onError: 'log' as never })).toThrow(/onError: must be a function/);
    });

    it('names a missing data source or authenticate', () => {
      expect(() => createSupportAIHandler({ authenticate: () => null } as never)).toThrow(/data/);
      expect(() => createSupportAIHandler({ data: source } as never)).toThrow(/authenticate: must be a function/);
    });

    it('names each method a custom data source lacks', () => {
      expect(() => createSupportAIHandler({ ...minimal(), data: { revision: async () => '1' } as never })).toThrow(/data\.listTickets: must be a function/);
    });

    it('rejects unknown options so typos surface', () => {
      expect(() => createSupportAIHandler({ ...minimal(), basepath: '/x' } as never)).toThrow(/basepath/);
    });
  });

  describe('unexpected errors', () => {
    // An adapter that hands over something that is not a Request is the realistic way to break the handler.
    const notARequest = { method: 'GET' } as unknown as Request;

    it('go to onError with the request id returned to the client', async () => {
      const onError = vi.fn();
      const handler = createSupportAIHandler({ ...minimal(), onError });

      const response = await handler(notARequest);

      expect(response.status).toBe(500);
      const body = (await response.json()) as { error: { requestId: string } };
      expect(onError).toHaveBeenCalledTimes(1);
      const [error, details] = onError.mock.calls[0] as [unknown, { request: Request; requestId: string }];
      expect(error).toBeInstanceOf(TypeError);
      expect(details.request).toBe(notARequest);
      expect(details.requestId).toBe(body.error.requestId);
    });

    it('are logged to console.error by default, with the request id', async () => {
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const handler = createSupportAIHandler(minimal());

        const response = await handler(notARequest);

        const body = (await response.json()) as { error: { requestId: string } };
        expect(consoleError).toHaveBeenCalledWith(expect.stringContaining(body.error.requestId), expect.objectContaining({ requestId: body.error.requestId, error: expect.any(TypeError) }));
      } finally {
        consoleError.mockRestore();
      }
    });
  });
});
