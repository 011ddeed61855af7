import { errorResponse } from '../http/error-response.js';
import { matchRoute, relativePath } from './match-route.js';
import type { Route } from './route.js';
import { withErrorBoundary, type ErrorBoundaryOptions } from './with-error-boundary.js';

export interface RequestHandlerConfig extends ErrorBoundaryOptions {
  /** Base path without a trailing slash; `''` for the root. */
  basePath: string;
  routes: readonly Route[];
}

/**
 * Builds the fetch-style handler from an explicit route table. `createSupportAIHandler` calls it with
 * the built-in routes; tests call it directly with their own.
 */
export function createRequestHandler({ basePath, routes, ...errorBoundary }: RequestHandlerConfig) {
  return withErrorBoundary(async (request: Request) => {
    const url = new URL(request.url);
    const pathname = relativePath(basePath, url.pathname);
    const match = pathname === null ? ({ kind: 'not_found' } as const) : matchRoute(routes, request.method, pathname);

    switch (match.kind) {
      case 'found':
        return match.route.handle({ request, url });
      case 'method_not_allowed':
        return errorResponse(
          405,
          { code: 'method_not_allowed', message: `Method ${request.method} is not allowed on ${url.pathname}` },
          { headers: { allow: match.allowedMethods.join(', ') } },
        );
      case 'not_found':
        return errorResponse(404, { code: 'not_found', message: `No route for ${request.method} ${url.pathname}` });
    }
  }, errorBoundary);
}
