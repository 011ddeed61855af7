import type { PublicRoute } from '../handler/route.js';
import { jsonResponse } from '../http/json-response.js';
import { SERVER_VERSION } from '../version.js';

/** The body of `GET {basePath}/health`. */
export interface HealthBody {
  status: 'ok';
  version: string;
}

/** `GET /health`: liveness probe for load balancers and uptime checks. */
export const healthRoute: PublicRoute = {
  method: 'GET',
  path: '/health',
  access: 'public',
  summary: 'Liveness probe: status and version.',
  handle: () => jsonResponse({ status: 'ok', version: SERVER_VERSION } satisfies HealthBody),
};
