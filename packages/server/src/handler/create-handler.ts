import { prepareSupportData, type SupportData } from '@supportai/core';
import { createMemoryChatStore } from '../chat-store/memory-chat-store.js';
import { createSnapshotLoader } from '../data-source/snapshot-loader.js';
import { createMemoryRateLimiter } from '../limits/rate-limiter.js';
import { consoleLogger } from '../logging/logger.js';
import { defaultRoutes } from '../routes/index.js';
import type { ChatLimits, ServerContext } from '../server-context.js';
import { validateHandlerOptions, type SupportAIHandlerOptions } from './handler-options.js';
import { createRequestHandler } from './request-handler.js';

/** A web-standard request handler, mountable in Node's http, Express, Hono or a Next.js route. */
export type SupportAIHandler = (request: Request) => Promise<Response>;

/** How far one chat turn may go unless the host says otherwise. */
export const DEFAULT_CHAT_LIMITS: ChatLimits = {
  maxSteps: 5,
  timeoutMs: 30_000,
  maxOutputTokens: 1200,
  tokenBudget: 20_000,
  maxMessageCharacters: 4000,
  historyMessages: 20,
};

/** @default limits: 256 KiB bodies, 120 requests per minute per viewer. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
export const DEFAULT_REQUESTS_PER_MINUTE = 120;

/**
 * Creates the SupportAI HTTP handler over the host's data, users and (optionally) model. Options are
 * validated at once; a bad option throws a `ContractError` whose message names the field.
 * @example
 * const handler = createSupportAIHandler({
 *   data: createMemoryDataSource(dataset),
 *   authenticate: async (request) => viewerFromSession(request),
 * });
 * const response = await handler(new Request('http://localhost/api/supportai/dashboard'));
 */
export function createSupportAIHandler(options: SupportAIHandlerOptions): SupportAIHandler {
  validateHandlerOptions(options);
  const logger = options.logger ?? consoleLogger;
  // Answers are computed as of the current minute: requests within a minute share every cached figure
  // (a new instant recomputes the dashboards), and a minute is finer than any SLA target.
  const now = options.now ?? (() => new Date(Math.floor(Date.now() / 60_000) * 60_000));
  const onLoaded = (data: SupportData) => {
    // Warm the caches every persona's first question needs, once per snapshot, instead of on that question.
    if (options.prepareSnapshot !== false) prepareSupportData(data, now());
    options.onSnapshotLoaded?.(data);
  };
  const loader = createSnapshotLoader({ source: options.data, logger, onLoaded });
  const server: ServerContext = {
    source: options.data,
    snapshot: () => loader.current(),
    chatStore: options.chatStore ?? createMemoryChatStore(),
    actions: options.actions ?? {},
    logger,
    model: options.model,
    chatLimits: { ...DEFAULT_CHAT_LIMITS, ...definedOnly(options.limits?.chat ?? {}) },
    now,
    createId: () => globalThis.crypto.randomUUID(),
  };
  return createRequestHandler({
    basePath: (options.basePath ?? '/api/supportai').replace(/\/+$/, ''),
    routes: defaultRoutes,
    server,
    authenticate: options.authenticate,
    rateLimiter: options.limits?.rateLimiter ?? createMemoryRateLimiter({ requestsPerMinute: options.limits?.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE }),
    maxBodyBytes: options.limits?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    about: options.about,
    onError: options.onError ?? ((error, { request, requestId }) => logger.error(`${String(request.method)} ${String(request.url)} failed (request ${requestId})`, { requestId, error })),
  });
}

function definedOnly<Value extends object>(value: Value): Partial<Value> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<Value>;
}
