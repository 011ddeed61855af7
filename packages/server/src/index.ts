/**
 * @supportai/server — a web-standard `(request: Request) => Promise<Response>` handler.
 */
export * from './handler/index.js';
export type { ErrorBody, ErrorCode } from './http/error-response.js';
export type { HealthBody } from './routes/health.js';
export { SERVER_VERSION } from './version.js';
