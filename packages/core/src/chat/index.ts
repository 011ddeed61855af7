/** The chat protocol's data parts (`data-answer`, `data-action`, `data-notice`, `data-suggestions`). */
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
} from './data-parts.js';
