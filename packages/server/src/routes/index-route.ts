import type { PublicRoute } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';
import { SERVER_VERSION } from '../version.js';

/** `GET /`: what this server answers, so a newcomer can explore it with curl. */
export const indexRoute: PublicRoute = {
  method: 'GET',
  path: '/',
  access: 'public',
  summary: 'This list: every route, whether it needs a viewer, and what the host adds (the demo lists its viewers).',
  handle: ({ mount }) => {
    const routes = mount.routes.map((route) => ({ method: route.method, path: `${mount.basePath}${route.path}`, auth: route.access === 'viewer', summary: route.summary }));
    return jsonResponse({ name: '@supportai/server', version: SERVER_VERSION, assistant: mount.server.model ? 'model' : 'offline', routes, ...(mount.about?.() ?? {}) });
  },
};
