export { handleChatRequest, type ChatRequestInput } from './handle-chat-request.js';
export { parseChatRequest, type ChatRequest } from './chat-request.js';
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
  type ChatUIMessage,
} from './data-parts.js';
export { systemPromptFor } from './system-prompt.js';
export { intentToolSet, type IntentToolOutput, type IntentToolSetOptions } from './intent-tool-set.js';
