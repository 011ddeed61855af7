import { parseWith, ViewerSchema, type Viewer } from '@supportai/core';
import { errorResponse } from '../http/error-response.js';
import { errorToResponse } from '../http/error-to-response.js';
import { readJsonBody } from '../http/read-json-body.js';
import type { RateLimiter } from '../limits/rate-limiter.js';
import type { ServerContext } from '../server-context.js';
import { matchRoute, relativePath } from './match-route.js';
import type { MountFacts, Route } from './route.js';
import { withErrorBoundary, type ErrorBoundaryOptions } from './with-error-boundary.js';

export interface RequestHandlerConfig extends ErrorBoundaryOptions {
  /** Base path without a trailing slash; `''` for the root. */
  basePath: string;
  routes: readonly Route[];
  server: ServerContext;
  authenticate: (request: Request) => Viewer | null | Promise<Viewer | null>;
  rateLimiter: RateLimiter;
  maxBodyBytes: number;
  about: (() => Record<string, unknown>) | undefined;
}

/**
 * The request pipeline: route → (public) answer, or authenticate (401) → rate limit (429) → route, with
 * the SDK's own errors mapped to 4xx and anything else to a 500 carrying a request id.
 */
export function createRequestHandler(config: RequestHandlerConfig) {
  const { basePath, routes, server, authenticate, rateLimiter, maxBodyBytes, ...errorBoundary } = config;
  const mount: MountFacts = { basePath, routes, server, about: config.about };
  const newRequestId = errorBoundary.createRequestId ?? (() => globalThis.crypto.randomUUID());

  return withErrorBoundary(async (request: Request) => {
    const url = new URL(request.url);
    const pathname = relativePath(basePath, url.pathname);
    const match = pathname === null ? ({ kind: 'not_found' } as const) : matchRoute(routes, request.method, pathname);

    switch (match.kind) {
      case 'method_not_allowed':
        return errorResponse(
          405,
          { code: 'method_not_allowed', message: `Method ${request.method} is not allowed on ${url.pathname}` },
          { headers: { allow: match.allowedMethods.join(', ') } },
        );
      case 'not_found':
        return errorResponse(404, { code: 'not_found', message: `No route for ${request.method} ${url.pathname}` });
      case 'found':
        break;
    }
    const { route, params } = match;
    try {
      if (route.access === 'public') return await route.handle({ request, url, params, mount });
      const authenticated = await authenticate(request);
      if (authenticated === null || authenticated === undefined) {
        return errorResponse(401, { code: 'unauthenticated', message: 'Sign in first: this route needs a viewer' }, { headers: { 'www-authenticate': 'Bearer' } });
      }
      const viewer = viewerFrom(authenticated);
      const decision = await rateLimiter.take(viewer.userId, Date.now());
      if (!decision.allowed) {
        return errorResponse(
          429,
          { code: 'rate_limited', message: `Too many requests; try again in ${decision.retryAfterSeconds} s` },
          { headers: { 'retry-after': String(decision.retryAfterSeconds) } },
        );
      }
      return await route.handle({ request, url, params, viewer, server, readJson: () => readJsonBody(request, maxBodyBytes) });
    } catch (error) {
      const answer = errorToResponse(error, () => {
        const requestId = newRequestId();
        server.logger.error(`${request.method} ${url.pathname} failed`, { requestId, error });
        return requestId;
      });
      if (answer) return answer;
      throw error;
    }
  }, { ...errorBoundary, createRequestId: newRequestId });
}

/** A bad viewer is the host's bug, not the client's: a 500 with the fields in the log, never a 400. */
function viewerFrom(authenticated: unknown): Viewer {
  try {
    return parseWith(ViewerSchema, authenticated, 'Viewer returned by authenticate()');
  } catch (error) {
    throw new Error('authenticate() returned an invalid Viewer', { cause: error });
  }
}
