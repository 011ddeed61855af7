import type { InputIssue } from '@supportai/core';
import { jsonResponse } from './json-response.js';

/** Stable, machine-readable error codes the handler answers with. */
export type ErrorCode =
  | 'invalid_input'
  | 'invalid_json'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal'
  | 'action_not_configured'
  | 'bad_source_data';

/** The body of every error response: `{ error: { code, message, issues?, requestId? } }`. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Every bad field by path, for `invalid_input`. */
    issues?: InputIssue[];
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
