import type { HttpMethod, Route } from './route.js';

/** The outcome of looking a request up in the route table. */
export type RouteMatch =
  | { kind: 'found'; route: Route }
  | { kind: 'method_not_allowed'; allowedMethods: HttpMethod[] }
  | { kind: 'not_found' };

/**
 * Finds the route for `method` and `pathname`, where `pathname` is already relative to the base path.
 * A known path with another method yields the methods it does accept, for the `Allow` header.
 */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch {
  const routesOnPath = routes.filter((route) => route.path === pathname);
  if (routesOnPath.length === 0) return { kind: 'not_found' };
  const route = routesOnPath.find((candidate) => candidate.method === method);
  if (route) return { kind: 'found', route };
  return { kind: 'method_not_allowed', allowedMethods: routesOnPath.map((candidate) => candidate.method) };
}

/**
 * Strips `basePath` from `pathname`; returns null when the request is outside the base path.
 * @example relativePath('/api/supportai', '/api/supportai/health') // '/health'
 */
export function relativePath(basePath: string, pathname: string): string | null {
  if (basePath === '') return pathname;
  if (pathname === basePath) return '/';
  if (!pathname.startsWith(`${basePath}/`)) return null;
  return pathname.slice(basePath.length);
}
