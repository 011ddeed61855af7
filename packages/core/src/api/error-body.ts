import * as z from 'zod';

/** The server's error codes (docs/server.md "Errors"). */
export const API_ERROR_CODES = [
  'invalid_input',
  'invalid_json',
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
  'action_not_configured',
  'bad_source_data',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * The body of every error response: `{ error: { code, message, issues?, requestId? } }`. The code is read
 * as any string so that a newer server's code still parses; clients branch on the HTTP status.
 */
export const ApiErrorBodySchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;
