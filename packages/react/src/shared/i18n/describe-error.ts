import { isSupportAIRequestError } from '../client/request-error.js';
import type { Translate } from './format-message.js';

/** What a component shows for a failed request: one sentence, and whether a retry button makes sense. */
export interface ErrorDescription {
  message: string;
  retryable: boolean;
  /** Seconds to wait before a retry can succeed (a 429's Retry-After). */
  retryAfterSeconds?: number;
}

/**
 * Turns any failure into a sentence for the user. A 403 shows the server's own message (it names who may
 * see the answer); other kinds use the dictionary, so no stack trace or raw body ever reaches the screen.
 */
export function describeError(error: unknown, t: Translate): ErrorDescription {
  if (!isSupportAIRequestError(error)) {
    // The browser's own wording for an unreachable server differs per engine; all mean the same.
    const offline = error instanceof TypeError || (typeof navigator !== 'undefined' && navigator.onLine === false);
    return { message: t(offline ? 'error.network' : 'error.server_no_id'), retryable: true };
  }
  switch (error.kind) {
    case 'invalid_input':
      return { message: t('error.invalid_input', { message: error.message }), retryable: false };
    case 'forbidden':
      return { message: t('error.forbidden', { message: error.message }), retryable: false };
    case 'rate_limited':
      return error.retryAfterSeconds !== undefined
        ? { message: t('error.rate_limited', { seconds: error.retryAfterSeconds }), retryable: true, retryAfterSeconds: error.retryAfterSeconds }
        : { message: t('error.rate_limited_soon'), retryable: true };
    case 'server':
      return { message: error.requestId ? t('error.server', { requestId: error.requestId }) : t('error.server_no_id'), retryable: true };
    case 'http':
      return { message: t('error.http', { status: error.status }), retryable: true };
    default:
      return { message: t(`error.${error.kind}`), retryable: error.retryable };
  }
}
