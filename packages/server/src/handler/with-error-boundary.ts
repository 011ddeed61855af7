import { errorResponse } from '../http/error-response.js';

/** Details passed to `onError` so a host can log an unexpected failure under the id the client saw. */
export interface UnexpectedErrorDetails {
  request: Request;
  requestId: string;
}

/** Receives every unexpected error; the client only ever sees a generic 500 with the request id. */
export type UnexpectedErrorReporter = (error: unknown, details: UnexpectedErrorDetails) => void;

export interface ErrorBoundaryOptions {
  onError: UnexpectedErrorReporter;
  /** @default globalThis.crypto.randomUUID */
  createRequestId?: () => string;
}

/**
 * Wraps a request handler so that anything it throws becomes a 500 JSON response with a request id
 * and no stack trace or internal message.
 */
export function withErrorBoundary(
  handle: (request: Request) => Promise<Response>,
  { onError, createRequestId = () => globalThis.crypto.randomUUID() }: ErrorBoundaryOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      const requestId = createRequestId();
      try {
        onError(error, { request, requestId });
      } catch {
        // A failing reporter must not turn a clean 500 into an unhandled rejection.
      }
      return errorResponse(500, { code: 'internal', message: 'Internal error', requestId });
    }
  };
}
