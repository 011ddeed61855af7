/**
 * @supportai/server — one web-standard `(request: Request) => Promise<Response>` handler a host mounts
 * and wires to its own data, users and model. Runs wherever the Fetch API does; Node-only parts live in
 * subpaths: `@supportai/server/node` (toNodeHandler) and `@supportai/server/sql` (SQLite / PostgreSQL).
 */
export { createSupportAIHandler, DEFAULT_CHAT_LIMITS, DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUESTS_PER_MINUTE, type SupportAIHandler } from './handler/create-handler.js';
export type { SupportAIHandlerOptions, SupportAILimits } from './handler/handler-options.js';
export type { UnexpectedErrorDetails, UnexpectedErrorReporter } from './handler/with-error-boundary.js';
export type { ChatLimits, ServerContext } from './server-context.js';
export type { ErrorBody, ErrorCode } from './http/error-response.js';
export type { HealthBody } from './routes/health.js';
export type { DashboardBody } from './routes/dashboards.js';
export type { TicketAssistBody } from './routes/tickets.js';
export type { AnswerFeedback, DataSource, Page, PageRequest, ReassignmentWrite, SavedDraft, StoredCalendar, StoredSlaPolicy, TicketReassignment } from './data-source/data-source.js';
export { DataSourceRowError, ReassignmentConflictError } from './data-source/data-source-errors.js';
export { createMemoryDataSource, type MemoryDataSource } from './data-source/memory-data-source.js';
export type { ChatStore, ChatThread, ChatThreadSummary } from './chat-store/chat-store.js';
export { ThreadOwnershipError } from './chat-store/chat-store-errors.js';
export { createMemoryChatStore } from './chat-store/memory-chat-store.js';
export type { MeetingRequest, OutgoingMessage, SupportAIActions } from './actions/actions.js';
export type { ActionOutcome } from './actions/perform-action.js';
export { ActionNotConfiguredError } from './actions/action-errors.js';
export { createMemoryRateLimiter, type RateLimitDecision, type RateLimiter } from './limits/rate-limiter.js';
export { consoleLogger, silentLogger, type Logger } from './logging/logger.js';
// The chat protocol's data parts live in core (the browser client validates with them); re-exported for hosts.
export {
  CHAT_ACTION_STATUSES,
  CHAT_NOTICE_CODES,
  chatDataPartSchemas,
  chatMessageMetadataSchema,
  type ChatActionData,
  type ChatActionStatus,
  type ChatAnswerData,
  type ChatDataParts,
  type ChatMessageMetadata,
  type ChatNoticeCode,
  type ChatNoticeData,
  type ChatSuggestionsData,
} from '@supportai/core';
export { toNextHandler, type NextRouteHandlers } from './adapters/next.js';
export {
  handleChatRequest,
  intentToolSet,
  parseChatRequest,
  systemPromptFor,
  type ChatRequest,
  type ChatRequestInput,
  type ChatUIMessage,
  type IntentToolOutput,
  type IntentToolSetOptions,
} from './chat/index.js';
export { describeAnswer } from './chat/answer-text/index.js';
export { performConfirmedAction } from './actions/confirmed-actions.js';
export { SERVER_VERSION } from './version.js';
