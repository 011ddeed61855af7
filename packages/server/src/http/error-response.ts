import type { ApiErrorCode, InputIssue } from '@supportai/core';
import { jsonResponse } from './json-response.js';

/** Stable, machine-readable error codes the handler answers with (core's `API_ERROR_CODES`). */
export type ErrorCode = ApiErrorCode;

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
