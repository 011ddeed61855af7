/** The server's HTTP bodies as zod schemas, for its contract tests and for clients. */
export { API_ERROR_CODES, ApiErrorBodySchema, type ApiErrorBody, type ApiErrorCode } from './error-body.js';
export * from './responses.js';
