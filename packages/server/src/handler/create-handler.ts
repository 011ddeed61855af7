import { defaultRoutes } from '../routes/index.js';
import { resolveHandlerOptions, type SupportAIHandlerOptions } from './handler-options.js';
import { createRequestHandler } from './request-handler.js';

/** A web-standard request handler, mountable in Node's http, Express, Hono or a Next.js route. */
export type SupportAIHandler = (request: Request) => Promise<Response>;

/**
 * Creates the SupportAI HTTP handler. Options are validated at once; a bad option throws a
 * `ContractError` whose message names the field.
 * @example
 * const handler = createSupportAIHandler({ basePath: '/api/supportai' });
 * const response = await handler(new Request('http://localhost/api/supportai/health'));
 */
export function createSupportAIHandler(options?: SupportAIHandlerOptions): SupportAIHandler {
  const resolved = resolveHandlerOptions(options);
  return createRequestHandler({ basePath: resolved.basePath, routes: defaultRoutes, onError: resolved.onError });
}
