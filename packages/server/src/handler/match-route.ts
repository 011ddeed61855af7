import type { HttpMethod, Route } from './route.js';

/** The outcome of looking a request up in the route table. */
export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allowedMethods: HttpMethod[] }
  | { kind: 'not_found' };

/**
 * Finds the route for `method` and `pathname`, where `pathname` is already relative to the base path.
 * A known path with another method yields the methods it does accept, for the `Allow` header.
 */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch {
  const segments = splitPath(pathname);
  if (segments === null) return { kind: 'not_found' };
  const onPath: { route: Route; params: Record<string, string> }[] = [];
  for (const route of routes) {
    const params = matchSegments(splitPath(route.path) ?? [], segments);
    if (params) onPath.push({ route, params });
  }
  if (onPath.length === 0) return { kind: 'not_found' };
  const found = onPath.find((candidate) => candidate.route.method === method);
  if (found) return { kind: 'found', ...found };
  return { kind: 'method_not_allowed', allowedMethods: [...new Set(onPath.map((candidate) => candidate.route.method))] };
}

/** Path segments, URI-decoded; null for a path that does not decode (a 404, not a crash). */
function splitPath(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index += 1) {
    const expected = pattern[index]!;
    const value = actual[index]!;
    if (expected.startsWith(':')) params[expected.slice(1)] = value;
    else if (expected !== value) return null;
  }
  return params;
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
