import { SupportAIError } from '@supportai/core';
import { ActionNotConfiguredError } from '../actions/action-errors.js';
import { ThreadOwnershipError } from '../chat-store/chat-store-errors.js';
import { DataSourceRowError, ReassignmentConflictError } from '../data-source/data-source-errors.js';
import { errorResponse } from './error-response.js';
import { HttpError } from './http-error.js';

/**
 * The HTTP answer for an error the SDK raised on purpose, or null for anything else (which the error
 * boundary turns into a 500 with a request id). Only messages written for users reach the client.
 */
export function errorToResponse(error: unknown, requestId: () => string): Response | null {
  if (error instanceof HttpError) {
    const issues = error.issues.length > 0 ? { issues: error.issues } : {};
    return errorResponse(error.status, { code: error.code, message: error.message, ...issues }, { headers: error.headers });
  }
  if (error instanceof DataSourceRowError) {
    // Row details go to the log (see the snapshot loader), not to a viewer who may not own that row.
    return errorResponse(502, { code: 'bad_source_data', message: 'The data source returned data that does not match the contracts; the answer is withheld. The server log names the row.', requestId: requestId() });
  }
  if (error instanceof ActionNotConfiguredError) return errorResponse(501, { code: 'action_not_configured', message: error.message });
  if (error instanceof ThreadOwnershipError) return errorResponse(404, { code: 'not_found', message: error.message });
  if (error instanceof ReassignmentConflictError) return errorResponse(409, { code: 'conflict', message: error.message });
  if (!(error instanceof SupportAIError)) return null;
  switch (error.code) {
    case 'forbidden':
      return errorResponse(403, { code: 'forbidden', message: error.message });
    case 'not_found':
    case 'unknown_intent':
      return errorResponse(404, { code: 'not_found', message: error.message });
    case 'invalid_input':
    case 'invalid_intent':
    case 'unsupported': {
      const issues = error.issues.length > 0 ? { issues: error.issues } : {};
      return errorResponse(400, { code: 'invalid_input', message: error.message, ...issues });
    }
    default:
      // Anything else is a fault on our side or the host's, not the client's: a 500 with a request id.
      return null;
  }
}
