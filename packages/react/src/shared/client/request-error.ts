import type { InputIssue } from '@supportai/core';

/**
 * What went wrong with a request, in the terms a component shows: each kind has its own message and
 * its own way out (sign in again, wait and retry, check the connection).
 */
export type RequestErrorKind =
  | 'invalid_input' // 400: `issues` names each field
  | 'unauthenticated' // 401
  | 'forbidden' // 403: the message names who may see it
  | 'not_found' // 404
  | 'conflict' // 409: something changed since it was read
  | 'payload_too_large' // 413
  | 'rate_limited' // 429: `retryAfterSeconds`
  | 'not_configured' // 501: the host did not wire the action
  | 'server' // 5xx: `requestId` for the host's logs
  | 'network' // no response at all (offline, DNS, CORS, connection reset)
  | 'malformed' // a response that does not match the API's schema
  | 'aborted' // cancelled by the caller
  | 'http'; // any other status

const KIND_BY_STATUS: Record<number, RequestErrorKind> = {
  400: 'invalid_input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
  501: 'not_configured',
};

/** The kind a status maps to. */
export function errorKindOf(status: number): RequestErrorKind {
  return KIND_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'http');
}

export interface RequestErrorDetails {
  kind: RequestErrorKind;
  /** The server's message, or ours when there was none; never a stack trace. */
  message: string;
  /** HTTP status; 0 without a response. */
  status?: number;
  /** The server's error code (`rate_limited`, `forbidden`, …), when it sent one. */
  code?: string;
  issues?: InputIssue[];
  requestId?: string;
  /** From `Retry-After`, on a 429. */
  retryAfterSeconds?: number;
  /** The method and path asked for, for logs. */
  request?: string;
  cause?: unknown;
}

/** A failed call to the SupportAI server, typed by `kind`. */
export class SupportAIRequestError extends Error {
  override readonly name = 'SupportAIRequestError';
  readonly kind: RequestErrorKind;
  readonly status: number;
  readonly code: string | undefined;
  readonly issues: InputIssue[];
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly request: string | undefined;

  constructor(details: RequestErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.status = details.status ?? 0;
    this.code = details.code;
    this.issues = details.issues ?? [];
    this.requestId = details.requestId;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.request = details.request;
  }

  /** Whether trying again later can help (not for a 401, 403, 404 or bad input). */
  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'server' || this.kind === 'network' || this.kind === 'malformed';
  }
}

/** Type guard for `SupportAIRequestError`, also across copies of the package. */
export function isSupportAIRequestError(error: unknown): error is SupportAIRequestError {
  return error instanceof SupportAIRequestError || (error instanceof Error && error.name === 'SupportAIRequestError' && 'kind' in error);
}
