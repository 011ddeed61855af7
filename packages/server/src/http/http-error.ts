import type { InputIssue } from '@supportai/core';
import type { ErrorCode } from './error-response.js';

/** An error that already knows its HTTP answer (bad JSON, too large, rate limited). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues: InputIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
