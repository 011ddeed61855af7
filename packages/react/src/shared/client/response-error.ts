import { ApiErrorBodySchema } from '@supportai/core';
import { errorKindOf, SupportAIRequestError } from './request-error.js';

/** `Retry-After` in seconds: either a number of seconds or an HTTP date. */
export function retryAfterSecondsOf(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Turns a non-2xx response into a typed error, reading the server's `{ error }` body when there is one.
 * A body that is not ours (a proxy's HTML page) still gives the status's kind and a generic message.
 */
export async function errorFromResponse(response: Response, request: string): Promise<SupportAIRequestError> {
  const text = await response.text().catch(() => '');
  let body: unknown = undefined;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not JSON: keep the status only.
  }
  const parsed = ApiErrorBodySchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  const retryAfterSeconds = retryAfterSecondsOf(response.headers.get('retry-after'));
  return new SupportAIRequestError({
    kind: errorKindOf(response.status),
    status: response.status,
    message: error?.message || `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    request,
    ...(error?.code ? { code: error.code } : {}),
    ...(error?.issues ? { issues: error.issues } : {}),
    ...(error?.requestId ? { requestId: error.requestId } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}
