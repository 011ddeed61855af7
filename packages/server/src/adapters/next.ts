import type { SupportAIHandler } from '../handler/create-handler.js';

/** What a Next.js App Router `route.ts` exports. */
export interface NextRouteHandlers {
  GET: (request: Request) => Promise<Response>;
  POST: (request: Request) => Promise<Response>;
}

/**
 * Mounts the handler in a Next.js App Router catch-all route, e.g. `app/api/supportai/[...path]/route.ts`:
 * `export const { GET, POST } = toNextHandler(handler);` with `basePath: '/api/supportai'`.
 * Next passes a standard `Request`, so nothing needs converting.
 */
export function toNextHandler(handler: SupportAIHandler): NextRouteHandlers {
  return { GET: (request) => handler(request), POST: (request) => handler(request) };
}
