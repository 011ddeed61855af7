import { parseWith } from '@supportai/core';
import { z } from 'zod';
import type { UnexpectedErrorReporter } from './with-error-boundary.js';

/** Options of `createSupportAIHandler`. */
export interface SupportAIHandlerOptions {
  /**
   * URL path the handler is mounted under; every route lives below it. A trailing slash is ignored.
   * @default '/api/supportai'
   * @example '/support'
   */
  basePath?: string;
  /**
   * Called with every unexpected error and the request id returned to the client.
   * @default logs to `console.error`
   */
  onError?: UnexpectedErrorReporter;
}

/** Options after validation and defaults. */
export interface ResolvedHandlerOptions {
  /** Base path without a trailing slash; `''` when mounted at the root. */
  basePath: string;
  onError: UnexpectedErrorReporter;
}

const reportToConsole: UnexpectedErrorReporter = (error, { request, requestId }) => {
  console.error(`[supportai] ${request.method} ${request.url} failed (request ${requestId})`, error);
};

let optionsSchema: z.ZodType<ResolvedHandlerOptions, SupportAIHandlerOptions> | undefined;

// Built on first use so importing the package costs nothing and stays tree-shakable.
function handlerOptionsSchema() {
  optionsSchema ??= z.strictObject({
    basePath: z
      .string({ message: 'must be a string' })
      .startsWith('/', "must start with '/'")
      .default('/api/supportai')
      .transform((path) => path.replace(/\/+$/, '')),
    onError: z
      .custom<UnexpectedErrorReporter>((value) => typeof value === 'function', 'must be a function')
      .default(() => reportToConsole),
  });
  return optionsSchema;
}

/**
 * Validates handler options and fills defaults; throws a `ContractError` naming each bad field.
 * @example resolveHandlerOptions({ basePath: 'api' }) // throws: basePath: must start with '/'
 */
export function resolveHandlerOptions(options: SupportAIHandlerOptions | undefined): ResolvedHandlerOptions {
  return parseWith(handlerOptionsSchema(), options ?? {}, 'SupportAIHandlerOptions');
}
