import { parseWith, type SupportData, type Viewer } from '@supportai/core';
import type { LanguageModel } from 'ai';
import * as z from 'zod';
import type { SupportAIActions } from '../actions/actions.js';
import type { ChatStore } from '../chat-store/chat-store.js';
import type { DataSource } from '../data-source/data-source.js';
import type { RateLimiter } from '../limits/rate-limiter.js';
import type { Logger } from '../logging/logger.js';
import type { ChatLimits } from '../server-context.js';
import type { UnexpectedErrorReporter } from './with-error-boundary.js';

/** Request limits; every field has a default. */
export interface SupportAILimits {
  /** Largest request body accepted; bigger is a 413. @default 262144 (256 KiB) */
  maxBodyBytes?: number;
  /** Requests per minute per viewer (by `userId`); more is a 429 with `Retry-After`. @default 120 */
  requestsPerMinute?: number;
  /** Replace the in-memory limiter, e.g. with one over Redis when running several replicas. */
  rateLimiter?: RateLimiter;
  /** How far one chat turn may go. */
  chat?: Partial<ChatLimits>;
}

/** Options of `createSupportAIHandler`. */
export interface SupportAIHandlerOptions {
  /** Where the data comes from: `createMemoryDataSource(dataset)`, `createSqlDataSource({ db })`, or the host's own. */
  data: DataSource;
  /**
   * Who is asking: return the `Viewer` for the request (from the host's session or token), or null for
   * a 401. Everything the handler reads and every tool call is scoped to it.
   */
  authenticate: (request: Request) => Viewer | null | Promise<Viewer | null>;
  /** Any AI SDK language model the host constructs. Without one, the offline router answers. */
  model?: LanguageModel;
  /** Where chat threads live. @default createMemoryChatStore() */
  chatStore?: ChatStore;
  /** Side effects the host wires; one not wired answers 501. */
  actions?: SupportAIActions;
  limits?: SupportAILimits;
  /** @default consoleLogger */
  logger?: Logger;
  /**
   * URL path the handler is mounted under; every route lives below it. A trailing slash is ignored.
   * @default '/api/supportai'
   */
  basePath?: string;
  /**
   * The clock answers are computed against. The demo pins it to the dataset's `now`.
   * @default the current time, rounded down to the minute, so requests within a minute share cached figures
   */
  now?: () => Date;
  /** Extra fields for `GET {basePath}/` (the demo lists its viewers and how to sign in as each). */
  about?: () => Record<string, unknown>;
  /**
   * Warm every cache the dashboards use right after a snapshot loads (`prepareSupportData`), so the first
   * question of each persona costs what a repeat costs. Turn off to trade that for a faster first load.
   * @default true
   */
  prepareSnapshot?: boolean;
  /** Runs on every freshly loaded snapshot, after it is prepared. */
  onSnapshotLoaded?: (data: SupportData) => void;
  /**
   * Called with every unexpected error and the request id returned to the client.
   * @default logs through `logger`
   */
  onError?: UnexpectedErrorReporter;
}

const functionField = (name: string) => z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', `must be a function (${name})`);
const optionalFunction = (name: string) => functionField(name).optional();

const DATA_SOURCE_METHODS = ['revision', 'settings', 'listAgents', 'listTeams', 'listCalendars', 'listSlaPolicies', 'listTickets', 'listAccounts', 'listUsage', 'listNpsResponses', 'listKbArticles', 'listMeetings', 'getTicket', 'applyReassignments', 'recordFeedback', 'saveDraft'] as const;
const CHAT_STORE_METHODS = ['getThread', 'listThreads', 'saveTurn'] as const;

function objectWithMethods(methods: readonly string[], what: string) {
  return z.custom<object>((value) => typeof value === 'object' && value !== null, `must be ${what}`).superRefine((value, context) => {
    for (const method of methods) {
      if (typeof (value as Record<string, unknown>)[method] !== 'function') context.addIssue({ code: 'custom', path: [method], message: `must be a function: ${what} implements ${method}()` });
    }
  });
}

const positiveInteger = z.number({ message: 'must be a number' }).int('must be a whole number').positive('must be positive');

let optionsSchema: z.ZodType | undefined;

// Built on first use so importing the package costs nothing.
function handlerOptionsSchema() {
  optionsSchema ??= z.strictObject({
    data: objectWithMethods(DATA_SOURCE_METHODS, 'a DataSource'),
    authenticate: functionField('authenticate'),
    model: z.custom<LanguageModel>((value) => value === undefined || typeof value === 'string' || (typeof value === 'object' && value !== null), 'must be an AI SDK language model').optional(),
    chatStore: objectWithMethods(CHAT_STORE_METHODS, 'a ChatStore').optional(),
    actions: z
      .strictObject({ ticketsReassigned: optionalFunction('ticketsReassigned'), scheduleMeeting: optionalFunction('scheduleMeeting'), sendMessage: optionalFunction('sendMessage') })
      .optional(),
    limits: z
      .strictObject({
        maxBodyBytes: positiveInteger.optional(),
        requestsPerMinute: positiveInteger.optional(),
        rateLimiter: objectWithMethods(['take'], 'a RateLimiter').optional(),
        chat: z
          .strictObject({
            maxSteps: positiveInteger.max(20, 'must be at most 20').optional(),
            timeoutMs: positiveInteger.optional(),
            maxOutputTokens: positiveInteger.optional(),
            tokenBudget: positiveInteger.optional(),
            maxMessageCharacters: positiveInteger.optional(),
            historyMessages: z.number().int().nonnegative().optional(),
          })
          .optional(),
      })
      .optional(),
    logger: objectWithMethods(['info', 'warn', 'error'], 'a Logger').optional(),
    basePath: z
      .string({ message: 'must be a string' })
      .startsWith('/', "must start with '/'")
      .optional(),
    now: optionalFunction('now'),
    about: optionalFunction('about'),
    prepareSnapshot: z.boolean({ message: 'must be true or false' }).optional(),
    onSnapshotLoaded: optionalFunction('onSnapshotLoaded'),
    onError: optionalFunction('onError'),
  });
  return optionsSchema;
}

/**
 * Validates handler options; throws a `ContractError` naming each bad field.
 * @example validateHandlerOptions({ data, authenticate, basePath: 'api' }) // throws: basePath: must start with '/'
 */
export function validateHandlerOptions(options: SupportAIHandlerOptions): void {
  parseWith(handlerOptionsSchema(), options, 'SupportAIHandlerOptions');
}
