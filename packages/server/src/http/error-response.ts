import { jsonResponse } from './json-response.js';

/** Stable, machine-readable error codes the handler answers with. */
export type ErrorCode = 'not_found' | 'method_not_allowed' | 'internal';

/** The body of every error response: `{ error: { code, message, … } }`. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    requestId?: string;
  };
}

/**
 * Builds a JSON error response. Never put a stack trace or an internal message in `message`.
 * @example errorResponse(404, { code: 'not_found', message: 'No route for GET /x' })
 */
export function errorResponse(status: number, error: ErrorBody['error'], init: ResponseInit = {}): Response {
  const body: ErrorBody = { error };
  return jsonResponse(body, { ...init, status });
}
