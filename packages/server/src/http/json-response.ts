/**
 * Builds a JSON `Response` with a UTF-8 content type. Headers in `init` are merged over the defaults.
 * @example jsonResponse({ status: 'ok' }, { status: 200 })
 */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
  // API answers are per-viewer and live; no shared cache should keep them.
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { ...init, headers });
}
