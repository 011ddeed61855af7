export { createSupportAIClient, type FeedbackInput, type HeadersOption, type MeetingInput, type MessageDraftInput, type ReassignmentMove, type RequestOptions, type SupportAIClient, type SupportAIClientOptions } from './support-ai-client.js';
export { errorKindOf, isSupportAIRequestError, SupportAIRequestError, type RequestErrorDetails, type RequestErrorKind } from './request-error.js';
export { errorFromResponse, retryAfterSecondsOf } from './response-error.js';
